import { samples } from './expand';

/**
 * The words people wrap around what they mean ("um, next", "okay so how much salt", "back one
 * please"). Alexa matches whole utterances against the samples, so these belong in the samples
 * of every intent; writing them once here keeps every intent's grammar the same.
 */

/** Said before a request: hesitations, acknowledgements, apologies, attention. */
export const LEAD_INS = [
  'um', 'okay', 'okay so', 'so', 'right', 'alright', 'hey', 'well', 'and', 'and then', 'now', 'hang on', 'wait',
  'sorry', 'oops', 'thanks', 'yeah',
  // Polite frames around a request ("could you set a timer for five minutes").
  'could you', 'can you', 'could you please', 'can you please', 'please', 'sorry could you', 'would you', 'could we', 'can we',
] as const;

/** Said after a request: politeness and insistence. */
export const TAILS = ['please', 'again', 'for me', 'now', 'then', 'thanks', 'thank you', 'for me please', 'a sec', 'now please'] as const;

/**
 * Single words that carry no request on their own. A sample needs a word that is not one of
 * these besides its slots, or it would catch anything the model does not know (see
 * test/artifacts/model-limits.test.ts and tools/loose-match.ts).
 */
const FILLER_WORDS = new Set<string>([
  ...LEAD_INS.flatMap((l) => l.split(' ')),
  ...TAILS.flatMap((t) => t.split(' ')),
  'uh', 'ok', 'cool', 'could', 'can', 'would', 'we', 'sec', 'just', 'actually', 'like', 'you', 'know', 'hmm', 'mm', 'oh', 'alexa', 'hi', 'hello', 'quick', 'question',
]);

/** True for a word that is only a filler ("um", "okay", "please"). */
export function isFiller(word: string): boolean {
  return FILLER_WORDS.has(word.toLowerCase());
}

const LEAD_GROUP = `(${LEAD_INS.join('|')})`;
const TAIL_GROUP = `(${TAILS.join('|')})`;

/** An intent's samples: the phrasings as written, and the same wrapped in fillers. */
export interface Grammar {
  readonly samples: string[];
  /** Filler-wrapped forms; the model builder drops any another intent already has as a sample. */
  readonly variants: string[];
}

/**
 * An intent's grammar: its commonest phrasings (`core`) as written, each with a lead-in, each with
 * a tail, and the first `both` of them with a lead-in and a tail together; the rest as written.
 * Fillers go on the core only, so the model stays well inside Alexa's size limits.
 * Templates use expand.ts's syntax ("(a|b)", "[optional]").
 */
export function grammar(core: readonly string[], rest: readonly string[] = [], both = 1): Grammar {
  const written = samples(...core, ...rest);
  const taken = new Set(written);
  const variants = samples(
    ...core.map((p) => `${LEAD_GROUP} ${p}`),
    ...core.map((p) => `${p} ${TAIL_GROUP}`),
    ...core.slice(0, both).map((p) => `${LEAD_GROUP} ${p} ${TAIL_GROUP}`),
  ).filter((v) => !taken.has(v));
  return { samples: written, variants };
}
