/**
 * A request said again after the skill took it wrong: "no I said next not repeat", "that's not
 * what I asked, how long does it roast", "no, forty five minutes, not five". The frame ("no I
 * said", "you misheard me") says the last answer was for something else; "not Y" names what the
 * skill took, never what is wanted. What is left is the request, read here as a move, a step, or
 * words the handler reads as it would have read them said alone (handlers/questions/said-again.ts).
 */
import { tokens } from './corrections';
import { QUESTION_WORDS } from './en/asides';
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

const FRAME = new RegExp(`^(${W.frame})( |$)`);
const REQUESTS = Object.entries(W.requests).map(([kind, p]) => [kind as SaidAgainRequest, new RegExp(`^(just )?(${p})( please)?$`)] as const);
const requestOf = (words: readonly string[]) => REQUESTS.find(([, p]) => p.test(words.join(' ')))?.[0];
const STEP = new RegExp(W.step);
const ASIDE = new RegExp(W.aside);
const OWN_NOT = new Set<string>(W.ownNot);
const ASKING = new Set(QUESTION_WORDS);
const THING = new Set<string>([...W.thing, ...QUESTION_WORDS]);
const PART = new Set<string>(W.part);

/**
 * "X not Y" is X, and so is "not Y X": Y is what the skill took. Y ends at a question said after it
 * ("the salt not the pepper how much salt") or, said first, where the thing meant starts. A "not"
 * the sentence needs ("why is the skin not crispy") stays.
 */
function withoutNot(words: readonly string[]): readonly string[] {
  if (words[0] === 'not') {
    const at = words.findIndex((w, i) => i > 1 && THING.has(w));
    // "not the oven" names only what was taken; "not five forty five minutes" took one word.
    return at > 0 ? words.slice(at) : THING.has(words[1] ?? '') ? [] : words.slice(2);
  }
  const at = words.findIndex((w, i) => w === 'not' && i > 0 && !words.slice(0, i).some((v) => OWN_NOT.has(v)));
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
  // "no I asked {query}" with "for the next one": the carrier's own word; "no not {query}" with "you go on next": words to someone else.
  const words = tidied([...withoutNot(said.replace(ASIDE, '').split(' ').filter(Boolean))]);
  // "repeat next" (its "not" went with the carrier "no not {query}"): of two requests, the last is meant.
  const at = words.findIndex((_, i) => requestOf(words.slice(i)) && (i === 0 || requestOf(words.slice(0, i))));
  const joined = words.join(' ');
  const rest = STEP.test(joined) ? joined.replace(STEP, '').split(' ') : [];
  const [number, more] = numbersIn(rest);
  return {
    words: joined,
    request: at < 0 ? undefined : requestOf(words.slice(at)),
    step: number?.start === 0 && number.end === rest.length && !more ? number.value : undefined,
    asks: words.some((w) => ASKING.has(w)),
    part: words.some((w) => PART.has(w)),
  };
}
