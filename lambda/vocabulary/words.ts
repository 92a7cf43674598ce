/**
 * Words as the resolver and the fact index compare them: lower case, kitchen equivalents folded
 * to the recipe's own word ("bicarb" is "baking soda"), stems so "scoring" meets "score" and
 * "towels" meets "towel", and the small words of a question left out.
 */
import type { Vocabulary } from './types';

/** Words that carry no meaning about which thing the cook means. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'it', 'its', 'is', 'are', 'am', 'was', 'were', 'be', 'been', 'my', 'i', 'me', 'we', 'you', 'your',
  'to', 'of', 'and', 'or', 'on', 'in', 'into', 'onto', 'at', 'for', 'with', 'from', 'by', 'so', 'very', 'too', 'just',
  'this', 'that', 'these', 'those', 'there', 'here', 'then', 'now', 'do', 'does', 'did', 'doing', 'done', 'have', 'has',
  'had', 'got', 'get', 'gets', 'what', 'whats', 'which', 'who', 'how', 'why', 'when', 'where', 'if', 'can', 'could',
  'should', 'would', 'will', 'shall', 'must', 'may', 'might', 'need', 'needs', 'want', 'wants', 'some', 'any', 'all',
  'one', 'bit', 'bits', 'again', 'please', 'um', 'uh', 'okay', 'ok', 'so', 'hey', 'sorry', 'wait', 'hang', 'like',
  'really', 'actually', 'still', 'also', 'about', 'up', 'over', 'im', 'ive', 'id', 'ill', 'thats',
  'theres', 'heres', 'mine', 'our', 'us', 'they', 'them', 'their', 'he', 'she', 'him', 'her', 'go', 'goes', 'going',
  'say', 'says', 'said', 'tell', 'know', 'recipe', 'as', 'than', 'but', 'not', 'no', 'yes', 'yeah', 'well', 'thing',
  'much', 'many', 'long', 'quite', 'kind', 'sort', 'put', 'use', 'using', 'used', 'make', 'take', 'let', 'lets', 'see',
  'look', 'looks', 'right', 'alright', 'bit', 'lot', 'little', 'more', 'less', 'only', 'same', 'other', 'went', 'gone',
  'getting', 'become', 'became', 'turned', 'turning', 'seems', 'seem', 'starting', 'beginning', 'slightly', 'bit',
  'dont', 'doesnt', 'didnt', 'isnt', 'wont', 'cant', 'arent', 'havent', 'hasnt', 'wasnt', 'shouldnt', 'wouldnt',
  // The technical register's qualifiers, which say how precisely the cook asks, not about what:
  // "the specified weight range", "the recommended technique", "expressed in centimetres".
  'specified', 'specify', 'expressed', 'express', 'recommended', 'recommend', 'permissible', 'permitted', 'currently',
  'precisely', 'exactly', 'approximately', 'respectively', 'range', 'phase', 'stage', 'period', 'procedure', 'available',
  // When, said of a thing asked about ahead ("what's going in the glaze later"), not which thing.
  'later', 'soon',
]);

const IRREGULAR: Readonly<Record<string, string>> = {
  burnt: 'burn', dried: 'dry', drier: 'dry', driest: 'dry', dries: 'dry', browner: 'brown', crispier: 'crisp', crisper: 'crisp',
  crispy: 'crisp', crispiest: 'crisp', crunchy: 'crunch', thicker: 'thick', thinner: 'thin', hotter: 'hot',
  colder: 'cold', longer: 'long', bigger: 'big', smaller: 'small', cut: 'cut', cuts: 'cut', cutting: 'cut', ate: 'eat',
  left: 'leave', leaving: 'leave', went: 'go', gone: 'go', knives: 'knife', leaves: 'leaf', puffy: 'puff',
  bubbly: 'bubble', soggy: 'sog', syrupy: 'syrup', salty: 'salt', browned: 'brown', browning: 'brown',
};

/** A word's stem: enough to meet its plural, -ing and -ed forms, not a linguist's root. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[\u2019']/g, '');
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(ch|sh|x|ss|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiou])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lower case words: symbols and digits spelt as they are spoken are the speech module's job, not this one's. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    // A decimal point between digits is part of the number ("1.8 kilos").
    .replace(/(\d)\.(?=\d)/g, '$1DOT')
    .replace(/[^a-zA-Z0-9' ]+/g, ' ')
    .replace(/DOT/g, '.')
    .replace(/'/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** The kitchen equivalents as (words, the recipe's word), longest first, so "tin foil" folds before "foil". */
function foldings(vocabulary: Vocabulary): readonly (readonly [readonly string[], readonly string[]])[] {
  let cached = FOLDINGS.get(vocabulary);
  if (!cached) {
    const pairs = vocabulary.kitchen.flatMap(([main, ...others]) => others.map((o) => [wordsOf(o), wordsOf(main)] as const));
    cached = pairs.sort((a, b) => b[0].length - a[0].length);
    FOLDINGS.set(vocabulary, cached);
  }
  return cached;
}
const FOLDINGS = new WeakMap<Vocabulary, readonly (readonly [readonly string[], readonly string[]])[]>();

/** The words with each kitchen equivalent replaced by the recipe's own word ("bicarb on the rind" → "baking soda on the skin"). */
export function folded(vocabulary: Vocabulary, text: string): string[] {
  const said = wordsOf(text);
  const out: string[] = [];
  for (let i = 0; i < said.length; ) {
    const hit = foldings(vocabulary).find(([from]) => from.every((w, k) => said[i + k] === w));
    if (hit) {
      out.push(...hit[1]);
      i += hit[0].length;
    } else {
      out.push(said[i] as string);
      i += 1;
    }
  }
  return out;
}

/** The stems of the words that say what something is about, kitchen words folded first. */
export function contentStems(vocabulary: Vocabulary, text: string): string[] {
  return [...new Set(folded(vocabulary, text).filter((w) => !STOP_WORDS.has(w)).map(stem).filter((w) => w.length > 1))];
}

/** A phrase as the resolver compares whole names: folded words, stems, small words left out. */
export function phraseKey(vocabulary: Vocabulary, text: string): string {
  return folded(vocabulary, text)
    .filter((w) => !['the', 'a', 'an', 'my', 'some', 'of'].includes(w))
    .map(stem)
    .join(' ');
}

/** At most this many other kitchens' sayings per phrase, to keep the model's slot types small. */
const MOST_SAYINGS = 6;

/**
 * Phrases with other kitchens' words for the recipe's ("baking soda" is also "bicarb", "the
 * broiler" also "the grill"), for the interaction model's slot synonyms.
 */
export function sayings(vocabulary: Vocabulary, phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    const lower = ` ${wordsOf(phrase).join(' ')} `;
    let added = 0;
    for (const [main, ...others] of vocabulary.kitchen) {
      const at = ` ${wordsOf(main).join(' ')} `;
      if (!lower.includes(at)) continue;
      for (const other of others) {
        if (added >= MOST_SAYINGS) break;
        out.add(lower.replace(at, ` ${other} `).trim());
        added++;
      }
    }
  }
  return [...out];
}

/**
 * The stems of the recipe's verbs for the actions the words say in a cook's way ("put it in the tin"
 * says place, "turn the oven right up" says increase).
 */
export function actionStems(vocabulary: Vocabulary, text: string): string[] {
  let said = wordsOf(text).join(' ');
  const out: string[] = [];
  for (const [verb, cook] of vocabulary.actions) {
    const re = new RegExp(`\\b(${cook})\\b`);
    if (!re.test(said)) continue;
    out.push(stem(verb));
    // Words one action took say no other: "crank the heat up" is no "heat up" (the groups go most telling first).
    said = said.replace(re, '|');
  }
  return out;
}
