/**
 * A couple cooking together talk to each other and to the skill in one breath (issue 11): "stop
 * stirring a sec alexa how long does it simmer", "alexa go back she missed it", "alexa set a timer
 * for fifteen minutes while it heats up". In an open session the whole sentence reaches the skill;
 * the wake word said inside it marks where the request to the skill starts, so the words before
 * it are talk to the other cook; and a short clause after the request, said of or to someone else
 * ("she missed it", "he's lost", "we're eating now") or giving a reason ("while it heats up"), asks
 * nothing more. Read once, here: by tidy.ts for every slot that holds the cook's own words; the
 * local driver (tools/conversation.ts) matches from the wake word on, as a device does.
 */
import { ADDRESSED_WORDS as W } from './en/addressed';
import { ASKING_VERBS, QUESTION_WORDS } from './en/asides';

const WAKE = new Set(W.wake.split(' '));
const QUESTIONS = new Set(QUESTION_WORDS);
/** Words after which a subject is the request's own: "are we on", "till we can eat", "tell him". */
const BOUND = new Set([...ASKING_VERBS, ...QUESTION_WORDS, ...W.bound.split(' ')]);
const SUBJECT = new RegExp(W.subject);
const REASON = new RegExp(W.reason);

/** The words after the last wake word said with words after it (all the words when there is none), and the words before. */
export function afterWake(words: readonly string[]): { readonly request: readonly string[]; readonly before: readonly string[] } {
  let at = words.length - 1;
  while (at > 0 && !WAKE.has(words[at - 1] ?? '')) at--;
  return { request: words.slice(at), before: words.slice(0, at) };
}

/**
 * The request said to the skill: the words after the wake word, without a clause said to someone
 * else after them. That clause is short, asks nothing, and starts with a subject the request's words
 * do not bind ("go back | she missed it", not "till we can eat") or, after a request that asks no
 * question, with a reason ("set a timer for fifteen minutes | while it heats up").
 */
export function addressed(words: readonly string[]): readonly string[] {
  const { request, before } = afterWake(words);
  const longest = before.length ? W.longest : W.longestUnwoken;
  const asks = BOUND.has(request[0] ?? '');
  const at = request.findIndex(
    (w, i) =>
      i > 0 &&
      request.length - i <= longest &&
      ((SUBJECT.test(w) && !BOUND.has(request[i - 1] ?? '')) || (REASON.test(w) && !asks && i > 1)) &&
      !request.slice(i).some((v) => QUESTIONS.has(v)),
  );
  return at < 0 ? request : request.slice(0, at);
}
