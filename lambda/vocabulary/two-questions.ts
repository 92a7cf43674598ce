/**
 * Two questions said at once. On a device "how much sea salt and how much baking soda" fits "how
 * much {ingredient}" and the slot carries "sea salt and how much baking soda"; "what temperature and
 * how long does the roast take" fits "what temperature {query}" with "and how long does the roast
 * take"; "I've got a seven pound pork belly how much baking soda should I use" tells a figure, then
 * asks. The first question (or statement) is the carrier with the words before the join; the second is the
 * question after it, in its own words. Both are answered (handlers/questions/two-questions.ts).
 */
import { CORRECTION_WORDS } from './en/corrections';
import { JOIN_WORDS, NUMBER_WORDS } from './en/two-questions';
import { STOP_WORDS } from './words';

/** A slot's words as two questions: the words that finish the carrier's question, and the second question. */
export interface TwoQuestions {
  /** The words before the join: what the carrier's question is about ("sea salt"), or nothing ("what temperature and ..."). */
  readonly first: string;
  /** The second question, whole ("how much baking soda"). */
  readonly second: string;
}

const OPENERS = new Set<string>(CORRECTION_WORDS.questionOpeners);
const NUMBERS = new Set<string>(NUMBER_WORDS);
/** The fewest words a statement before a question has ("mine's two kilos"). */
const STATEMENT_WORDS = 3;
const JOINS = JOIN_WORDS.map((j) => j.split(' ')).sort((a, b) => b.length - a.length);

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").split(/\s+/).map((w) => w.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, '')).filter(Boolean);
}

/** The two questions in a slot's words, or undefined when there is one (or the join is not before a question). */
export function twoQuestions(spoken: string): TwoQuestions | undefined {
  const words = tokens(spoken);
  for (let at = 0; at < words.length; at++) {
    const join = JOINS.find((j) => j.every((w, k) => words[at + k] === w));
    if (!join) continue;
    const next = at + join.length;
    // The second question must say more than its question word ("and how" alone is no question).
    if (OPENERS.has(words[next] ?? '') && next + 1 < words.length) {
      return { first: words.slice(0, at).join(' '), second: words.slice(next).join(' ') };
    }
  }
  // A statement of a figure, then a question with no join: "a seven pound pork belly how much baking soda should i use".
  const opener = words.findIndex((w, at) => at >= STATEMENT_WORDS && OPENERS.has(w) && at + 2 < words.length);
  if (opener > 0 && words.slice(0, opener).some((w) => NUMBERS.has(w) || /^\d/.test(w))) {
    return { first: words.slice(0, opener).join(' '), second: words.slice(opener).join(' ') };
  }
  return undefined;
}

/**
 * What a question is about, without its question words: "how long does the roast take" is about
 * "roast take", "how long for the glaze" about "glaze". A first question that names nothing
 * ("what heat and how long for the glaze") is about the same thing as the second.
 */
export function subjectOf(question: string): string {
  const words = tokens(question);
  const from = words.findIndex((w) => !STOP_WORDS.has(w.replace(/'/g, '')) && !OPENERS.has(w));
  return from < 0 ? '' : words.slice(from).join(' ');
}
