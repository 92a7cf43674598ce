import { samples } from './expand';

/**
 * The words people wrap around what they mean ("um, next", "okay so how much salt", "back one
 * please"). Amazon's guidance is to put such prefixes and suffixes in every intent's samples so
 * its model learns them as ways into the intent, not only around the phrasings they were written
 * with; writing them once here keeps every intent's grammar the same. (The local driver learns
 * them from the samples the same way: tools/wrapped-match.ts.)
 */

/** Said before any request: hesitations, acknowledgements, apologies, attention, and pairs of them. */
export const LEAD_INS = [
  'um', 'uh', 'er', 'erm', 'hmm', 'okay', 'okay so', 'so', 'right', 'right so', 'alright', 'alright then', 'hey', 'well',
  'and', 'now', 'oh', 'oh and', 'hang on', 'wait', 'sorry', 'oops', 'thanks', 'yeah', 'yes', 'no', 'cool', 'great',
  'righto', 'okay then', 'okay um', 'um okay', 'okay okay', 'oh sorry', 'sorry um', 'actually', 'okay now', 'and now',
  'right then', 'no I mean', 'I mean', 'oh wait', 'wait wait', 'lovely', 'perfect', 'oh hey', 'yeah so',
] as const;

/** Polite frames, said before something the cook asks the skill to do ("could you go back one"). */
export const POLITE = ['please', 'could you', 'can you', 'could you please', 'can you please', 'would you', 'would you please', 'just', 'kindly'] as const;

/** Said after a request: politeness, insistence, the wake word said again. */
export const TAILS = [
  'please', 'again', 'for me', 'now', 'then', 'thanks', 'thank you', 'for me please', 'a sec', 'now please', 'alexa',
  'thanks alexa', 'please alexa', 'then please', 'okay', 'cheers', 'mate', 'yeah', 'right now', 'quickly', 'thank you alexa',
  // Said to someone else after the request ("set the rest timer sorry one sec").
  'sorry',
] as const;

/**
 * Short lead-ins of casual and regional speech, single words that carry no request: Scottish and
 * Irish ("och", "aye"), British ("cheers", "ta", "hiya"), US casual and teen ("k", "bet", "yo",
 * "dude"), and the sounds people start on ("ah", "ooh"). Taught like LEAD_INS, with fewer
 * phrasings each (`TAUGHT_NEW`), to keep the model inside Alexa's size limit.
 */
export const CASUAL_LEADS = [
  'och', 'aye', 'cheers', 'ta', 'hiya', 'k', 'bet', 'yo', 'dude', 'ah', 'ooh', 'yep', 'okie',
  // The American South: "y'all how much salt", "reckon how long it roasts", "hon do I cover it", "alrighty next".
  "y'all", 'reckon', 'hon', 'darling', 'alrighty', 'shoot', 'welp', 'lordy', 'whew',
  // Backchannel of a cook on the phone or talking to someone else: "mm hmm okay what do I rub it in with".
  'mm hmm', 'uh huh',
  // South African and Kenyan English: "ja carry on", "eish how will I know it's ready".
  'ja', 'eish',
  // An older cook's address: "dear what kind of oil will i be needing".
  'dear',
  // Trinidadian surprise: "eh eh how long ah does leave it out".
  'eh eh',
] as const;

/**
 * Slang and regional fillers said around a request (issue 11, list K): Gen Z ("ngl can i go scroll
 * for a bit", "bestie how much baking soda", "next fr", "why pat it dry tho", "no cap"), the
 * Midwest ("ope real quick what kind of oil", "you betcha and how much oil", "oh for cute could i",
 * "oh geez"), Texas ("well howdy what goes in the rub"); Irish, a chef's and Indian English (list L:
 * "grand so let's get going will we", "say again chef", "go to the first step only", "how long is
 * left on that timer anyway"). The model is near its size limit, so these
 * are taught (index.ts) with one short sample each of the intents cooks say them around
 * (SLANG_INTENTS), not spread over every intent like CASUAL_LEADS; two wrappers may be said in a row
 * ("ope real quick", "well howdy"). The skill reads them off the words in a slot too (vocabulary/en/tidy.ts).
 */
export const SLANG_LEADS = [
  'ope', 'bestie', 'lowkey', 'ngl', 'real quick', 'geez', 'you betcha', 'howdy', 'oh for cute', 'grand',
  // South African "shame" and "ag" (list M: "shame cancel that timer ...", "ag let's do it all again").
  'shame', 'ag',
  // A Spanish speaker's "bueno" and "pues" (list N); "dude" leads with the casual words above, and ends a request below.
  'bueno', 'pues',
] as const;
export const SLANG_TAILS = ['fr', 'no cap', 'tho', 'bestie', 'real quick', 'like exactly', 'anyway', 'chef', 'will we', 'only', 'dude', 'pues'] as const;
/** The intents slang is taught to: moving, holding, timers, and the open questions that carry the rest. */
export const SLANG_INTENTS = [
  'AMAZON.NextIntent', 'NextStepIntent', 'AMAZON.RepeatIntent', 'AMAZON.StopIntent', 'AMAZON.StartOverIntent', 'GoToPhaseIntent',
  'HoldOnIntent', 'SetTimerIntent', 'CancelTimerIntent', 'TimeLeftIntent', 'IngredientAmountIntent', 'OvenTemperatureIntent',
  'HowLongIntent', 'AskWhatIntent', 'AskWhyIntent', 'AskHowIntent', 'AskYesNoIntent', 'TellIntent', 'TroubleshootIntent', 'AskSideIntent',
  'WhyIntent', 'HowToIntent', 'SubstituteIntent', 'PreviousStepIntent', 'StartCookingIntent', 'IsItDoneIntent',
] as const;

/**
 * A word to a child said before the request, after "no" (a lead-in): "no sweetie not you next step", "no don't
 * touch that what's next", "no no that's hot don't touch go back one". Wrappers only whole, taught like slang
 * (index.ts) to the moves, the hold and the timers only, where a parent talks over the request.
 */
export const ASIDE_LEADS = ['not you', 'sweetie not you', 'honey not you', "don't touch that", "don't touch it", "that's hot don't touch", "no that's hot don't touch"] as const;
export const ASIDE_INTENTS = [
  'AMAZON.NextIntent', 'NextStepIntent', 'AMAZON.PreviousIntent', 'PreviousStepIntent', 'AMAZON.RepeatIntent', 'HoldOnIntent', 'SetTimerIntent', 'CancelTimerIntent',
] as const;

/** Short tails of casual and regional speech: "next pls", "go back love", "repeat that dear". */
export const CASUAL_TAILS = [
  'pls', 'plz', 'dear', 'love', 'pet', 'pal', 'ta', 'please dear', 'please love', 'thanks love', 'thank you dear',
  "y'all", 'hon', 'darling', 'please hon',
] as const;

/**
 * Lead-ins of more than filler words: greetings, apologies, thanks and urging said before the
 * request ("excuse me", "good afternoon", "thank you dear", "go on then"). Their words carry a
 * request elsewhere ("go on", "thank you very much"), so they are wrappers only as whole phrases:
 * none of their words becomes a filler.
 */
export const LEAD_PHRASES = [
  'excuse me', 'pardon me', 'sorry to bother you', 'good morning', 'good afternoon', 'good evening', 'hi there',
  'thank you dear', 'thanks love', 'thank you very much', 'thanks very much', 'go on then', 'on you go', 'come on',
  "I'm afraid", "I'm sorry",
  // A cook on the phone puts the call on hold first ("hold on what temperature", "one sec how long does it sit out").
  'hold on', 'one sec', 'hold up',
  // Southern openers whose words carry elsewhere ("I", "have", "sugar" the ingredient): wrappers only whole.
  'I reckon', 'lord have mercy', 'well shoot', 'oh my stars', 'bless your heart', 'hey sugar', 'now sugar',
] as const;

/** Tails of more than filler words, wrappers only as whole phrases: "if you don't mind", "when you're ready". */
export const TAIL_PHRASES = [
  'if you please', 'if you would', "if you don't mind", "when you're ready", 'thank you very much', 'thanks very much',
  'would you', 'could you',
  'sugar', 'thanks sugar', "if y'all don't mind",
  // A cook making several dishes says which one a request is for: "what's next for the pork", "where am I with the pork".
  'for the pork', 'with the pork',
  // Said to someone else on the phone after the request: "set the rest timer one sec", "how do I know it's done hold on".
  'hold on', 'one sec',
] as const;

/**
 * Formal frames before a request the skill is asked to carry out ("would you be so kind as to go
 * back one"); like POLITE, they fit only a phrasing that starts with an asking verb.
 */
export const POLITE_PHRASES = [
  'would you be so kind as to', 'would you be so good as to', 'would you kindly', 'could you kindly', 'please could you',
  'I\'d like you to', 'I need you to', 'if you could', 'will you',
] as const;

/**
 * Lead-ins of more than filler words before a question ("one more thing how long does it rest",
 * "sorry if this is silly but why score it"): wrappers only as whole phrases, like LEAD_PHRASES,
 * but taught only to the question intents that start with them (questions-open.ts), once each.
 */
export const QUESTION_LEADS = ['sorry but', 'sorry if this is silly but', 'one more thing', 'also', 'just wondering'] as const;

/**
 * Frames before a question ("could you tell me which step I'm on", "may I ask why the meat
 * rests"): they fit only a phrasing that asks with a question word (QUESTION_WORDS), so "tell me"
 * is never put before "next" or "done".
 */
export const QUESTION_FRAMES = [
  'could you tell me', 'can you tell me', 'would you tell me', 'tell me', 'would you be so kind as to tell me',
  'would you be so good as to tell me', 'would you kindly tell me', 'may I ask', 'might I ask', 'can I ask', 'I\'d like to know',
  'I should like to know', 'I want to know', 'I wonder', 'I was wondering', 'do you know', 'could you remind me', 'can you remind me',
  'remind me', 'any idea',
  // A question passed on from someone on the phone or at the table (list N: "she's asking how many minutes ...").
  "she's asking", "he's asking",
] as const;

/**
 * Back from a break, then a question: "sorry had to pop out how long was it in the fridge", "back
 * now is the glaze on before I slice it". Wrappers only whole, like QUESTION_FRAMES, and taught
 * only with a question about something (QUESTION_WORDS or ASKED_FIRST, with a slot): a request after
 * them ("i'm back, next", "i'm back where was i") is a clause the skill already takes
 * (tools/clause-match.ts), a short one taught them would take a longer question ("i'm back now what
 * was that tip about lemon" is no "what was that"), and teaching every intent costs the model 2,000
 * characters a phrase.
 */
export const BACK_LEADS = ["I'm back", 'back now', 'back again', 'had to pop out', 'I stepped away'] as const;

/**
 * Frames before a thing asked for by name ("I'd like to hear the step about resting", "can I have
 * the next step"): they fit only a phrasing that starts with "the", "a" or "an".
 */
export const NOUN_FRAMES = [
  'I\'d like to hear', 'I\'d like', 'can I have', 'could I have', 'may I have', 'can I hear', 'let me hear', 'I want', 'I need',
  'give me',
] as const;

/**
 * Single words that carry no request on their own. A sample needs a word that is not one of
 * these besides its slots, or it would catch anything the model does not know (see
 * test/artifacts/model-limits.test.ts and tools/loose-match.ts); and only these words can be
 * learnt as wrappers (tools/wrapped-match.ts), besides the whole phrases listed above.
 */
const FILLER_WORDS = new Set<string>([
  ...LEAD_INS.flatMap((l) => l.toLowerCase().split(' ')),
  ...POLITE.flatMap((l) => l.split(' ')),
  ...TAILS.flatMap((t) => t.split(' ')),
  ...CASUAL_LEADS.flatMap((t) => t.split(' ')),
  ...CASUAL_TAILS.flatMap((t) => t.split(' ')),
  ...[...SLANG_LEADS, ...SLANG_TAILS].filter((t) => !t.includes(' ')),
  'ok', 'sec', 'like', 'know', 'mm', 'alexa', 'hi', 'hello', 'quick', 'question',
]);

/** True for a word that is only a filler ("um", "okay", "please"). */
export function isFiller(word: string): boolean {
  const lower = word.toLowerCase();
  // "I" fills only inside "I mean"; alone it starts what the cook says ("can I", "I forgot"), so it carries.
  return lower !== 'i' && FILLER_WORDS.has(lower);
}

/** The wrappers of more than filler words, as lower-case phrases. */
const WRAPPER_PHRASES = new Set<string>(
  [...LEAD_PHRASES, ...TAIL_PHRASES, ...SLANG_LEADS, ...SLANG_TAILS, ...ASIDE_LEADS, ...POLITE_PHRASES, ...QUESTION_LEADS, ...QUESTION_FRAMES, ...NOUN_FRAMES, ...BACK_LEADS].map((p) => p.toLowerCase()),
);

/**
 * True for words that can wrap a request without changing it: fillers only, or one of the
 * phrases listed above said whole. (tools/wrapped-match.ts learns only such wrappers.)
 */
export function isWrapper(words: readonly string[]): boolean {
  return words.length > 0 && (words.every(isFiller) || WRAPPER_PHRASES.has(words.join(' ').toLowerCase()));
}

/** The longest wrapper in words ("would you be so kind as to tell me"). */
export const LONGEST_WRAPPER = Math.max(3, ...[...WRAPPER_PHRASES].map((p) => p.split(' ').length));

/** An intent's samples: the phrasings as written, and some wrapped in fillers. */
export interface Grammar {
  readonly samples: string[];
  /** Filler-wrapped forms; the model builder drops any another intent already has as a sample. */
  readonly variants: string[];
}

/**
 * First words of a request the skill is asked to carry out ("go back", "set a timer"), which
 * polite frames fit ("could you go back"); a statement or question ("what's next", "done") takes
 * none.
 */
const ASKING = new Set([
  'go', 'skip', 'take', 'read', 'set', 'start', 'cancel', 'pause', 'resume', 'repeat', 'tell', 'give', 'say', 'move', 'jump',
  'put', 'stop', 'turn', 'get', 'remind', 'time', 'restart', 'keep', 'carry', 'continue', 'hold', 'help', 'let', 'bring',
  'unpause', 'clear', 'delete', 'remove', 'make', 'run', 'talk', 'list', 'pop', 'freeze', 'switch', 'check', 'begin', 'wait',
  'hang', 'show', 'walk', 'plan', 'change', 'push', 'explain', 'load', 'suggest', 'recommend',
]);

/** First words of a question, which question frames fit ("could you tell me what's next"). */
const QUESTION_WORDS = new Set([
  'what', "what's", 'whats', 'which', 'where', "where's", 'how', "how's", 'why', "why's", 'when', "when's", 'who', 'whether',
]);

/** First words of a question asked for a yes or a no ("is the glaze on yet", "did I do the salt"). */
const ASKED_FIRST = new Set(['is', 'was', 'do', 'does', 'did']);

/** First words of a thing asked for by name, which noun frames fit ("I'd like the next step"). */
const NOUN_WORDS = new Set(['the', 'a', 'an']);

/**
 * How many of an intent's core phrasings each wrapper is written with: two teach it (Alexa learns a
 * wrapper from a few samples; tools/wrapped-match.ts from one), and keep the model inside its size limit.
 */
const TAUGHT_WITH = 1;
/** The same for the casual words, phrases and frames: enough to teach each, within the model's size limit. */
const TAUGHT_NEW = 1;

/**
 * Informal spellings of what is said ("gimme a sec", "lemme check", "wanna go back"): a word the
 * recogniser hears as its own, written beside each phrasing that has the long form.
 */
const INFORMAL: readonly [RegExp, string][] = [
  [/\bgive me\b/g, 'gimme'],
  [/\blet me\b/g, 'lemme'],
  [/\bwant to\b/g, 'wanna'],
  [/\bgoing to\b/g, 'gonna'],
  [/\bgot to\b/g, 'gotta'],
];

/** Each phrasing's informal spellings, when it has a long form to shorten. */
export function informal(phrasings: readonly string[]): string[] {
  return phrasings.flatMap((p) => {
    const short = INFORMAL.reduce((text, [long, word]) => text.replace(long, word), p);
    return short === p ? [] : [short];
  });
}

/**
 * Each wrapper written with `n` of the phrasings in turn (by `place`), so every wrapper is taught
 * and every phrasing is seen; wrapper i starts at phrasing i times `stride`.
 */
function spread(wrappers: readonly string[], over: readonly string[], place: (w: string, p: string) => string, n: number, stride = n): string[] {
  return over.length === 0 ? [] : wrappers.flatMap((w, i) => Array.from({ length: Math.min(n, over.length) }, (_, k) => place(w, over[(i * stride + k) % over.length] ?? '')));
}

const first = (p: string) => p.split(' ')[0]?.toLowerCase() ?? '';

/**
 * The wrappers of casual speech, whole phrases and frames (above), each written with a few of
 * the phrasings it fits: every lead-in and tail with any phrasing, polite frames with one that
 * starts with an asking verb, question frames with a question, noun frames with a thing named.
 * Question intents whose samples are written by hand (questions-*.ts) take these too.
 */
export function wrapped(phrasings: readonly string[]): string[] {
  const asking = phrasings.filter((p) => ASKING.has(first(p)));
  const questions = phrasings.filter((p) => QUESTION_WORDS.has(first(p)));
  const nouns = phrasings.filter((p) => NOUN_WORDS.has(first(p)));
  const before = (w: string, p: string) => `${w} ${p}`;
  return [
    ...spread([...CASUAL_LEADS, ...LEAD_PHRASES], phrasings, before, TAUGHT_NEW),
    ...spread([...CASUAL_TAILS, ...TAIL_PHRASES], phrasings, (w, p) => `${p} ${w}`, TAUGHT_NEW),
    ...spread(POLITE_PHRASES, asking, before, TAUGHT_NEW),
    ...spread(QUESTION_FRAMES, questions, before, TAUGHT_NEW),
    ...spread(BACK_LEADS, phrasings.filter((p) => (QUESTION_WORDS.has(first(p)) || ASKED_FIRST.has(first(p))) && p.includes('{')), before, TAUGHT_NEW),
    ...spread(NOUN_FRAMES, nouns, before, TAUGHT_NEW),
  ];
}

/**
 * An intent's grammar: its phrasings as written (`core` then `rest`), and each wrapper written
 * with a few of the core phrasings in turn, so every wrapper is taught to the intent and every
 * core phrasing is seen with some: each lead-in (and, before a request, each polite frame) and
 * each tail with `TAUGHT_WITH` core phrasings; the casual words and frames with `TAUGHT_NEW`
 * phrasings each, from all of them. Taught so, a wrapper works with any of the intent's phrasings
 * (Amazon's guidance; tools/wrapped-match.ts), a lead-in and a tail together too ("um next please",
 * up to two of each), and the model stays well inside Alexa's size limits. No sample writes a
 * lead-in and a tail together: each is learnt on its own, and the pairs cost the model 14,000
 * characters for nothing a taught wrapper does not already reach.
 * Templates use expand.ts's syntax ("(a|b)", "[optional]").
 */
export function grammar(core: readonly string[], rest: readonly string[] = []): Grammar {
  const phrasings = samples(...core);
  const listed = samples(...core, ...rest);
  const written = [...new Set([...listed, ...informal(listed)])];
  const taken = new Set(written.map((w) => w.toLowerCase()));
  const asking = phrasings.filter((p) => ASKING.has(first(p)));
  const variants = [
    ...spread(LEAD_INS, phrasings, (w, p) => `${w} ${p}`, TAUGHT_WITH, 1),
    ...spread(POLITE, asking, (w, p) => `${w} ${p}`, TAUGHT_WITH, 1),
    ...spread(TAILS, phrasings, (w, p) => `${p} ${w}`, TAUGHT_WITH, 1),
    ...wrapped(listed),
  ]
    .map((v) => v.replace(/\s+/g, ' ').trim())
    .filter((v) => !taken.has(v.toLowerCase()));
  return { samples: written, variants: [...new Set(variants)] };
}
