/**
 * The fourth part of matching as Alexa does it: a request said as one clause of a longer sentence
 * ("i'm a bit worried i went too fast, could we go back to the step before this one"; "set a
 * timer for five minutes, just to be safe"). Alexa's recogniser weighs the whole sentence against
 * what the model knows; a sentence that opens or ends with one of the model's own requests, said
 * whole, goes to that request. virtual-core only matches whole samples, so the driver takes such a
 * clause itself, and no more than that:
 * - the clause must open or end the sentence and be a sample as it stands (or inside the lead-ins
 *   and tails its intent learnt, wrapped-match.ts): unlisted slot words are not taken this way;
 * - it must hold at least two words that are not fillers, so "next" or "okay" somewhere in a
 *   sentence is not a request;
 * - a negation before it ("don't go back", "I don't really want to cancel the timer") may turn it
 *   around: no closing clause is taken after one;
 * - a request the cook took back ("how much pepper, sorry, I mean how much salt"; "go back, no,
 *   next") is not taken as the opening clause: the words before a correction are not what was
 *   asked (lambda/vocabulary/corrections.ts, the skill's own reading of a correction). This makes
 *   the driver stricter, never looser: the sentence is then matched as a whole, as a device would
 *   send it (the correction inside a slot, which the skill reads), or goes to the fallback;
 * - a sentence of two questions joined ("how much sea salt and how much baking soda"; "what
 *   temperature and how long does the roast take") has no clause to set aside: each half is a
 *   question (lambda/vocabulary/two-questions.ts). Stricter again: the sentence is matched whole,
 *   its second question inside the first's slot, as a device sends it;
 * - the longest clause wins; `conversation.ts` takes it only when it leaves fewer words aside than
 *   an unlisted-slot match would leave in its slot.
 */
import { isFiller } from '../interaction-models/source/fillers';
import { words } from './loose-match';
import { meant, twoQuestions } from '../lambda/vocabulary';

/** One way to read a sentence as a request and the words said beside it. */
export interface Clause {
  readonly request: string;
  /** The words before or after the request, which carry no request of their own. */
  readonly aside: string;
}

/** Words that turn the request after them around. */
const NEGATIONS = new Set(['not', "don't", 'dont', 'never', "didn't", "doesn't", "won't", "shouldn't", "can't", 'cannot', 'without']);

/** Words a question opens with, which a negation said before it does not turn around. */
const QUESTION_OPENERS = new Set(['what', "what's", 'whats', 'how', "how's", 'which', 'where', "where's", 'when', 'why', 'who']);

/** The fewest words a clause must have that are not fillers. */
const MIN_CONTENT_WORDS = 2;

/** Every clause that opens or ends the sentence, longest first (opening first on a tie). */
export function clauses(phrase: string): Clause[] {
  const said = words(phrase);
  const out: Clause[] = [];
  if (twoQuestions(said.join(' '))) return out;
  const takenBack = meant(said.join(' ')).takenBack;
  const takenBackWords = takenBack ? takenBack.split(' ').length : 0;
  for (let length = said.length - 1; length >= MIN_CONTENT_WORDS; length--) {
    const opening = said.slice(0, length);
    const ending = said.slice(said.length - length);
    if (substantial(opening) && length > takenBackWords) out.push({ request: opening.join(' '), aside: said.slice(length).join(' ') });
    const before = said.slice(0, said.length - length);
    // A question said last is not turned around by a negation before it: "he can't have dairy, what do I use instead of butter".
    if (substantial(ending) && (!before.some((w) => NEGATIONS.has(w)) || QUESTION_OPENERS.has(ending[0] ?? ''))) {
      out.push({ request: ending.join(' '), aside: before.join(' ') });
    }
  }
  return out;
}

function substantial(clause: readonly string[]): boolean {
  return clause.filter((w) => !isFiller(w)).length >= MIN_CONTENT_WORDS && !NEGATIONS.has(clause[0] ?? '');
}
