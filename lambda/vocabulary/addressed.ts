/**
 * A couple cooking together talk to each other and to the skill in one breath (issue 11): "stop
 * stirring a sec alexa how long does it simmer", "alexa go back she missed it", "alexa set a timer
 * for fifteen minutes while it heats up". In an open session the whole sentence reaches the skill;
 * the wake word said inside it marks where the request to the skill starts, so the words before
 * it are talk to the other cook; and a short clause after the request, said of or to someone else
 * ("she missed it", "he's lost", "we're eating now") or giving a reason ("while it heats up"), asks
 * nothing more. Read once, here: by tidy.ts for every slot that holds the cook's own words; the
 * local driver (tools/clause-match.ts) takes the request from the wake word on as a device does.
 */
import { ADDRESSED_WORDS as W } from './en/addressed';

const WAKE = new Set<string>(W.wake);
const SUBJECTS = new Set<string>(W.subjects);
const REASONS = new Set<string>(W.reasons);
const BOUND = new Set<string>(W.bound);
const QUESTIONS = new Set<string>(W.questions);

/** The request said to the skill, and what was said to someone else around it. */
export interface Addressed {
  readonly request: readonly string[];
  /** The words before the wake word, and the clause after the request, that ask the skill nothing. */
  readonly aside: readonly string[];
}

/** The words after the last wake word said with words after it; all the words when there is none. */
export function afterWake(words: readonly string[]): { readonly request: readonly string[]; readonly before: readonly string[] } {
  for (let at = words.length - 2; at >= 0; at--) if (WAKE.has(words[at] ?? '')) return { request: words.slice(at + 1), before: words.slice(0, at + 1) };
  return { request: words, before: [] };
}

/**
 * Where a clause said to someone else starts in the request, or the request's length when none
 * does: a subject the request's words do not bind ("go back | she missed it", not "till we can
 * eat"), or, after a request that asks no question, a reason ("set a timer for fifteen minutes |
 * while it heats up"). The clause is short and asks nothing.
 */
export function tailAt(words: readonly string[]): number {
  const asks = QUESTIONS.has(words[0] ?? '') || BOUND.has(words[0] ?? '');
  for (let at = 1; at < words.length; at++) {
    const word = words[at] ?? '';
    const starts = (SUBJECTS.has(word) && !BOUND.has(words[at - 1] ?? '')) || (REASONS.has(word) && !asks && at > 1);
    const clause = words.slice(at);
    if (starts && clause.length <= W.longest && !clause.some((w) => QUESTIONS.has(w))) return at;
  }
  return words.length;
}

/** The request said to the skill in the words, and what was said to someone else around it. */
export function addressed(words: readonly string[]): Addressed {
  const { request, before } = afterWake(words);
  const end = tailAt(request);
  return { request: request.slice(0, end), aside: [...before, ...request.slice(end)] };
}
