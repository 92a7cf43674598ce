/**
 * A request said again after the skill took it wrong: "no I said next not repeat", "that's not
 * what I asked, how long does it roast", "no, forty five minutes, not five". The frame ("no I
 * said", "you misheard me") says the last answer was for something else; "not Y" names what the
 * skill took, never what is wanted. What is left is the request, read here as a move, a step, or
 * words the handler reads as it would have read them said alone (handlers/questions/said-again.ts).
 */
import { tokens } from './corrections';
import { SAID_AGAIN_WORDS as W } from './en/said-again';
import { numbersIn } from './numbers';
import { tidied } from './tidy';

/** The moves and timer actions a request said again may be, said whole. */
export type SaidAgainRequest = keyof typeof W.requests;

/** The request said again, with the frame and "not Y" taken off. */
export interface SaidAgain {
  /** The words of the request ('' when the cook said only that the skill got it wrong). */
  readonly words: string;
  readonly request?: SaidAgainRequest;
  /** A step asked for by its number. */
  readonly step?: number;
  /** True when the words ask a question ("how long in the fridge"). */
  readonly asks: boolean;
  /** True when the words name a part of the recipe ("the glaze part"). */
  readonly part: boolean;
}

const FRAME = new RegExp(`^${W.leads}(${W.frames.join('|')})( |$)`);
const REQUESTS = Object.entries(W.requests).map(([kind, p]) => [kind as SaidAgainRequest, new RegExp(`^(just )?(${p})( please)?$`)] as const);
const STEP = new RegExp(`^${W.step}`);
const OWN_NOT = new Set<string>(W.ownNot);
const STARTS = new Set<string>(W.startsAThing);
const ASKING = new Set<string>(W.asking);
const PART = new Set<string>(W.part);

/**
 * "X not Y" is X, and so is "not Y X": Y is what the skill took. Y ends at a question said after it
 * ("the salt not the pepper how much salt") or, said first, where the thing meant starts. A "not"
 * the sentence needs ("why is it not crisp") stays.
 */
function withoutNot(words: readonly string[]): readonly string[] {
  if (words[0] === 'not') {
    const at = words.findIndex((w, i) => i > 1 && STARTS.has(w));
    return words.slice(at > 0 ? at : 2);
  }
  const at = words.findIndex((w, i) => w === 'not' && i > 0 && !OWN_NOT.has(words[i - 1] ?? ''));
  if (at < 0) return words;
  const question = words.findIndex((w, i) => i > at + 1 && ASKING.has(w));
  return [...words.slice(0, at), ...(question > 0 ? words.slice(question) : [])];
}

/**
 * The request in `spoken`, said again; undefined when the words do not open with a frame and
 * `framed` (a carrier that was the frame, as "no I said {query}") is false.
 */
export function saidAgain(spoken: string, framed: boolean): SaidAgain | undefined {
  let said = tokens(spoken).join(' ');
  for (let m = FRAME.exec(said); m; m = FRAME.exec(said)) {
    said = said.slice(m[0].length);
    framed = true;
  }
  if (!framed) return undefined;
  const words = tidied([...withoutNot(said.split(' ').filter(Boolean))]).join(' ');
  const request = REQUESTS.find(([, p]) => p.test(words))?.[0];
  const rest = STEP.test(words) ? words.replace(STEP, '').split(' ') : [];
  const number = numbersIn(rest);
  const step = number.length === 1 && number[0]?.start === 0 && number[0].end === rest.length ? number[0].value : undefined;
  const list = words.split(' ');
  return { words, request, step, asks: list.some((w) => ASKING.has(w)), part: list.some((w) => PART.has(w)) };
}
