/**
 * Two questions said at once. On a device "how much sea salt and how much baking soda" fits "how
 * much {ingredient}" and the slot carries "sea salt and how much baking soda"; "what temperature and
 * how long does the roast take" fits "what temperature {query}" with "and how long does the roast
 * take". The first question is the carrier with the words before the join; the second is the
 * question after it, in its own words. Both are answered (handlers/questions/two-questions.ts).
 */
import { runAt, tokens } from './corrections';
import { CORRECTION_WORDS } from './en/corrections';
import { JOIN_WORDS } from './en/two-questions';
import { numbersIn } from './numbers';
import { STOP_WORDS } from './words';

/** A slot's words as two questions: the words that finish the carrier's question, and the second question. */
export interface TwoQuestions {
  /** The words before the join: what the carrier's question is about ("sea salt"), or nothing ("what temperature and ..."). */
  readonly first: string;
  /** The second question, whole ("how much baking soda"). */
  readonly second: string;
}

const OPENERS = new Set<string>(CORRECTION_WORDS.questionOpeners);
/** The fewest words a statement before a question has ("mine's two kilos"). */
const STATEMENT_WORDS = 3;
const JOINS = JOIN_WORDS.map((j) => j.split(' ')).sort((a, b) => b.length - a.length);


/** The two questions in a slot's words, or undefined when there is one (or the join is not before a question). */
export function twoQuestions(spoken: string): TwoQuestions | undefined {
  const words = tokens(spoken);
  for (let at = 0; at < words.length; at++) {
    const join = JOINS.find((j) => runAt(words, at, j));
    if (!join) continue;
    const next = at + join.length;
    // The second question must say more than its question word ("and how" alone is no question).
    if (OPENERS.has(words[next] ?? '') && next + 1 < words.length) {
      return { first: words.slice(0, at).join(' '), second: words.slice(next).join(' ') };
    }
  }
  return undefined;
}

/**
 * A question said before a carrier, joined to it: "temp and time" is "{query} time" with "temp and"
 * in the slot, two questions of which Alexa sent only the first. The first question's words
 * ("temp"), or undefined when the words do not end in a join.
 */
export function questionBeforeJoin(spoken: string): string | undefined {
  const words = tokens(spoken);
  const join = JOINS.find((j) => j.length < words.length && runAt(words, words.length - j.length, j));
  return join ? words.slice(0, words.length - join.length).join(' ') : undefined;
}

/**
 * A figure told, then a question, with no join: "a seven pound pork belly how much baking soda
 * should i use" (the phrase slot of "I've got {query}"). The figure and the question, without the
 * rest of the statement ("a ... pork belly"), whose words would otherwise be taken for what is asked
 * about: "seven pound how much baking soda should i use". Undefined when the words are not that.
 */
export function figureThenQuestion(spoken: string): string | undefined {
  const words = tokens(spoken);
  const opener = words.findIndex((w, at) => at >= STATEMENT_WORDS && OPENERS.has(w) && at + 2 < words.length);
  if (opener < 0) return undefined;
  // The figure as the questions' own number reading finds it ("seven", "one point eight", "three and a half").
  const figure = numbersIn(words.slice(0, opener))[0];
  if (!figure) return undefined;
  const { start, end } = figure;
  // The figure's unit ("pound", "kilos"), when one follows.
  const unit = end < opener ? [words[end] ?? ''] : [];
  return [...words.slice(start, end), ...unit, ...words.slice(opener)].join(' ');
}

/**
 * What a question is about, without its question words: "how long does the roast take" is about
 * "roast take", "how long for the glaze" about "glaze". A first question that names nothing
 * ("what heat and how long for the glaze") is about the same thing as the second.
 */
export function subjectOf(question: string): string {
  const words = tokens(question);
  // The measure after "how" ("how far from the grill", "how thick") is what is asked, not what it is asked of.
  const from = words.findIndex((w, at) => !STOP_WORDS.has(w.replace(/'/g, '')) && !OPENERS.has(w) && words[at - 1] !== 'how');
  return from < 0 ? '' : words.slice(from).join(' ');
}
