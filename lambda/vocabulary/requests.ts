/**
 * A request the cook asked as a question (issue 11): "can start from beginning again or not",
 * "can put timer for six minutes or not", "what did you what did you say", "how long's left on
 * the". On a device the question's carrier ("can ... or not", "what ...", "how long ...") chose an
 * open question, and its slot holds the request as spoken; the request is what was asked, so the
 * skill carries it out rather than looking for a fact about it. Only whole requests are read: a
 * request's words inside a longer question ("can I put the timer on before the oven is hot") are
 * a question about it, not the request.
 */
import { REQUEST_WORDS } from './en/requests';
import { tidied } from './tidy';
import { runAt, tokens } from './corrections';

/** A request read from a question's words: what to do, and the length a timer was asked for. */
export type RequestAsked =
  | { readonly kind: 'start-over' }
  | { readonly kind: 'repeat' }
  | { readonly kind: 'time-left' }
  | { readonly kind: 'timer'; readonly length: string };

const whole = (patterns: readonly string[]) => patterns.map((p) => new RegExp(`^(?:${p})$`));
const START_OVER = whole(REQUEST_WORDS.startOver);
const REPEAT = whole(REQUEST_WORDS.repeat);
const TIMER = whole(REQUEST_WORDS.timer);
const TIME_LEFT = whole(REQUEST_WORDS.timeLeft);
const ASKERS = REQUEST_WORDS.askers.map((a) => a.split(' ')).sort((a, b) => b.length - a.length);

/** The words without what asks them ("can", "must", "now can"). */
function unasked(words: readonly string[]): string[] {
  let out = [...words];
  for (;;) {
    const asker = ASKERS.find((a) => out.length > a.length && runAt(out, 0, a));
    if (!asker) return out;
    out = out.slice(asker.length);
  }
}

/** The request the words are, whole, or undefined when they are a question of their own. */
export function requestAsked(phrase: string): RequestAsked | undefined {
  const said = unasked(tidied(tokens(phrase))).join(' ');
  if (!said) return undefined;
  if (START_OVER.some((p) => p.test(said))) return { kind: 'start-over' };
  if (REPEAT.some((p) => p.test(said))) return { kind: 'repeat' };
  if (TIME_LEFT.some((p) => p.test(said))) return { kind: 'time-left' };
  for (const p of TIMER) {
    const length = p.exec(said)?.groups?.length;
    if (length) return { kind: 'timer', length };
  }
  return undefined;
}
