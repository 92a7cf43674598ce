/**
 * A request the cook asked as a question (issue 11): "can start from beginning again or not",
 * "can put timer for six minutes or not", "what did you what did you say", "how long's left on
 * the". On a device the question's carrier ("can ... or not", "what ...", "how long ...") chose an
 * open question, and its slot holds the request as spoken; the request is what was asked, so the
 * skill carries it out rather than looking for a fact about it. Only whole requests are read: a
 * request's words inside a longer question ("can I put the timer on before the oven is hot") are
 * a question about it, not the request.
 */
import { REQUEST_WORDS, TIMER_BOUNDS } from './en/requests';
import { tidied } from './tidy';
import { runAt, tokens } from './corrections';
import { numbersIn } from './numbers';

function whole(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => new RegExp(`^(?:${p})$`));
}

/** A request read from a question's words: what to do, and the length a timer was asked for. */
export type RequestAsked =
  | { readonly kind: 'start-over' }
  | { readonly kind: 'repeat' }
  | { readonly kind: 'time-left' }
  /** Time left said of what a timer times ("till the pork's done"): time left only while one runs. */
  | { readonly kind: 'time-until' }
  | { readonly kind: 'next' }
  | { readonly kind: 'previous' }
  | { readonly kind: 'first' }
  | { readonly kind: 'start' }
  | { readonly kind: 'equipment' }
  | { readonly kind: 'where' }
  | { readonly kind: 'cancel-timer' }
  | { readonly kind: 'resume-timer' }
  | { readonly kind: 'pause-timer' }
  /** The step after the one the words name ("what comes after the reduction"). */
  | { readonly kind: 'after'; readonly words: string }
  | { readonly kind: 'ingredients' }
  | { readonly kind: 'stop' }
  | { readonly kind: 'step'; readonly number: number }
  | { readonly kind: 'timer'; readonly length: string };

/** The requests read by their words alone, in the order tried. */
const PLAIN: readonly [RequestAsked['kind'] & string, readonly RegExp[]][] = (
  [['start-over', REQUEST_WORDS.startOver], ['repeat', REQUEST_WORDS.repeat], ['time-left', REQUEST_WORDS.timeLeft],
    ['time-until', REQUEST_WORDS.timeUntil], ['next', REQUEST_WORDS.next], ['previous', REQUEST_WORDS.previous], ['first', REQUEST_WORDS.first], ['start', REQUEST_WORDS.start],
    ['where', REQUEST_WORDS.where], ['cancel-timer', REQUEST_WORDS.cancelTimer], ['ingredients', REQUEST_WORDS.ingredients], ['equipment', REQUEST_WORDS.equipment]] as const
).map(([kind, patterns]) => [kind, whole(patterns)]);
const STEP = [...whole(REQUEST_WORDS.step), new RegExp(`(?:^| )${REQUEST_WORDS.closingStep}${REQUEST_WORDS.step[0]}$`)];
const GONE_TO = whole([REQUEST_WORDS.goneTo]);
const AFTER = whole([REQUEST_WORDS.after])[0];
/** Closing requests: the words' last few, after what the cook tells. */
const CLOSING = Object.entries(REQUEST_WORDS.closing).map(([kind, patterns]) => [kind, patterns.map((p) => new RegExp(`(?:^| )(?:${p})$`))] as const);

/** Timer requests read anywhere in the words, in the order tried. */
const WITHIN = Object.entries(REQUEST_WORDS.within).flatMap(([kind, patterns]) =>
  patterns.map((p) => [kind, new RegExp(`(?<!${REQUEST_WORDS.notWithin})(?:^| )(?:${p})(?: |$)`)] as const));
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

/** A number said as its ordinal too: "twenty fifth" is "twenty five". */
function cardinal(word: string): string {
  return REQUEST_WORDS.ordinals[word] ?? word.replace(/ieth$/, 'y').replace(/th$/, '');
}

/**
 * The request the words are, whole, or undefined when they are a question of their own. `going`: a
 * carrier that goes somewhere ("go back to") said them, so a number alone is a step.
 */
export function requestAsked(phrase: string, going = false): RequestAsked | undefined {
  const said = unasked(tidied(tokens(phrase))).join(' ');
  if (!said) return undefined;
  const plain = PLAIN.find(([, patterns]) => patterns.some((p) => p.test(said)));
  if (plain) return { kind: plain[0] } as RequestAsked;
  for (const p of going ? [...STEP, ...GONE_TO] : STEP) {
    const number = p.exec(said)?.groups?.number?.split(' ').map(cardinal).join(' ');
    const n = number ? numbersIn(number.split(' ')) : [];
    if (n.length === 1 && n[0]?.start === 0 && n[0].end === number?.split(' ').length) return { kind: 'step', number: n[0]?.value ?? 0 };
  }
  const after = AFTER?.exec(said)?.groups?.words;
  if (after) return { kind: 'after', words: after };
  const closing = CLOSING.find(([, patterns]) => patterns.some((p) => p.test(said)));
  if (closing) return { kind: closing[0] } as RequestAsked;
  for (const [kind, p] of WITHIN) {
    const found = p.exec(said);
    if (found) return { kind, length: found.groups?.length } as RequestAsked;
  }
  return undefined;
}

const LONGEST = new RegExp(`(?:^| )(?:${TIMER_BOUNDS.longest.join('|')})(?: |$)`);

/** Whether the words ask for the longest end of a wait ("time it for the longest it says", "the maximum resting time"). */
export function asksLongest(words: readonly string[]): boolean {
  return LONGEST.test(words.join(' '));
}
