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
export const POLITE = ['please', 'could you', 'can you', 'could you please', 'can you please', 'would you', 'would you please', 'just'] as const;

/** Said after a request: politeness, insistence, the wake word said again. */
export const TAILS = [
  'please', 'again', 'for me', 'now', 'then', 'thanks', 'thank you', 'for me please', 'a sec', 'now please', 'alexa',
  'thanks alexa', 'please alexa', 'then please', 'okay', 'cheers', 'mate', 'yeah', 'right now', 'quickly', 'thank you alexa',
] as const;

/**
 * Single words that carry no request on their own. A sample needs a word that is not one of
 * these besides its slots, or it would catch anything the model does not know (see
 * test/artifacts/model-limits.test.ts and tools/loose-match.ts); and only these words can be
 * learnt as wrappers (tools/wrapped-match.ts).
 */
const FILLER_WORDS = new Set<string>([
  ...LEAD_INS.flatMap((l) => l.toLowerCase().split(' ')),
  ...POLITE.flatMap((l) => l.split(' ')),
  ...TAILS.flatMap((t) => t.split(' ')),
  'ok', 'sec', 'like', 'know', 'mm', 'alexa', 'hi', 'hello', 'quick', 'question',
]);

/** True for a word that is only a filler ("um", "okay", "please"). */
export function isFiller(word: string): boolean {
  const lower = word.toLowerCase();
  // "I" fills only inside "I mean"; alone it starts what the cook says ("can I", "I forgot"), so it carries.
  return lower !== 'i' && FILLER_WORDS.has(lower);
}

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
  'hang', 'show', 'walk', 'plan', 'change', 'push', 'explain', 'load',
]);

/** How many of an intent's core phrasings each wrapper is written with. */
const TAUGHT_WITH = 4;

/**
 * An intent's grammar: its phrasings as written (`core` then `rest`), and each wrapper written
 * with a few of the core phrasings in turn, so every wrapper is taught to the intent and every
 * core phrasing is seen with some: each lead-in (and, before a request, each polite frame) and
 * each tail with `TAUGHT_WITH` core phrasings, and the first `both` phrasings with a lead-in and a
 * tail together. Taught so, a wrapper works with any of the intent's phrasings (Amazon's guidance;
 * tools/wrapped-match.ts), and the model stays well inside Alexa's size limits.
 * Templates use expand.ts's syntax ("(a|b)", "[optional]").
 */
export function grammar(core: readonly string[], rest: readonly string[] = [], both = 1): Grammar {
  const phrasings = samples(...core);
  const written = samples(...core, ...rest);
  const taken = new Set(written.map((w) => w.toLowerCase()));
  const asking = phrasings.filter((p) => ASKING.has(p.split(' ')[0]?.toLowerCase() ?? ''));
  const spread = (wrappers: readonly string[], over: readonly string[], place: (w: string, p: string) => string) =>
    over.length === 0 ? [] : wrappers.flatMap((w, i) => Array.from({ length: Math.min(TAUGHT_WITH, over.length) }, (_, k) => place(w, over[(i + k) % over.length] ?? '')));
  const variants = [
    ...spread(LEAD_INS, phrasings, (w, p) => `${w} ${p}`),
    ...spread(POLITE, asking, (w, p) => `${w} ${p}`),
    ...spread(TAILS, phrasings, (w, p) => `${p} ${w}`),
    ...phrasings.slice(0, both).flatMap((p, i) => LEAD_INS.map((l, k) => `${l} ${p} ${TAILS[(i + k) % TAILS.length] ?? ''}`)),
  ]
    .map((v) => v.replace(/\s+/g, ' ').trim())
    .filter((v) => !taken.has(v.toLowerCase()));
  return { samples: written, variants: [...new Set(variants)] };
}
