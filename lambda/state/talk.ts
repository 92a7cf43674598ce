import type { HandlerInput } from 'ask-sdk-core';
import type { Intent as RequestIntent } from 'ask-sdk-model';

/**
 * What has been said in this conversation, as facts, never as speech: the last answer (so "repeat"
 * can say it again by answering the same request again), the question the skill just asked (so
 * "yes" answers it), and how the cook has been getting on (misses in a row, times they moved on by
 * voice). It lives in the session attributes only: these facts mean nothing in another session.
 */

/** What the last answer was, so it can be rendered again. */
export type LastSaid =
  /** A step was spoken (0-based index). */
  | { readonly kind: 'step'; readonly index: number }
  /** The welcome (a launch). */
  | { readonly kind: 'launch' }
  /** An answer that changed nothing: the request that asked it, answered again on "repeat". */
  | { readonly kind: 'intent'; readonly intent: RequestIntent };

/** A question the skill asked on its last turn; "yes" (or an answer) on the next turn takes it up. */
export type Offer =
  /** The welcome's either/or: step 1, or the ingredients first. */
  | { readonly kind: 'start-or-ingredients' }
  /** A timed step's timer ("Want a 2-hour roast timer?"), or the overnight reminder. */
  | { readonly kind: 'timer'; readonly stepId: string }
  /** The next ingredient group of a list given a group at a time (index into the recipe's groups). */
  | { readonly kind: 'more-ingredients'; readonly group: number }
  /** The next of a step's tips, read one at a time (index into the step's tips). */
  | { readonly kind: 'more-tips'; readonly stepId: string; readonly tip: number }
  /** Day two: "did it dry uncovered overnight?" */
  | { readonly kind: 'dried' }
  /** A troubleshooting dialogue: the problem's id and which of its questions was asked (0-based). */
  | { readonly kind: 'diagnose'; readonly problemId: string; readonly question: number };

/** The conversation's facts, in the session. */
export interface Talk {
  /** Written after every handled turn (handlers/respond.ts); read by "repeat". */
  last?: LastSaid;
  /** Written by handlers that ask something; moved out of the session for the next turn only. */
  offer?: Offer;
  /** Fallbacks in a row; written after every turn, read by the fallback (a second and third miss differ). */
  misses: number;
  /** Times the cook moved on by saying next; read by the hand-back after answers (it drops away). */
  nexts: number;
}

/** The session attribute that holds the conversation's facts. */
export const TALK_KEY = 'talk';
const KEY = TALK_KEY;
const OFFER_KEY = 'talkOffer';
const PARSED_KEY = 'talkParsed';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lastFrom(v: unknown): LastSaid | undefined {
  if (!isRecord(v)) return undefined;
  if (v.kind === 'step' && typeof v.index === 'number') return { kind: 'step', index: v.index };
  if (v.kind === 'launch') return { kind: 'launch' };
  if (v.kind === 'intent' && isRecord(v.intent) && typeof v.intent.name === 'string') {
    return { kind: 'intent', intent: v.intent as unknown as RequestIntent };
  }
  return undefined;
}

function offerFrom(v: unknown): Offer | undefined {
  if (!isRecord(v)) return undefined;
  switch (v.kind) {
    case 'start-or-ingredients':
    case 'dried':
      return { kind: v.kind };
    case 'timer':
      return typeof v.stepId === 'string' ? { kind: 'timer', stepId: v.stepId } : undefined;
    case 'more-ingredients':
      return typeof v.group === 'number' ? { kind: 'more-ingredients', group: v.group } : undefined;
    case 'more-tips':
      return typeof v.stepId === 'string' && v.stepId.length <= 100 && typeof v.tip === 'number' && Number.isInteger(v.tip)
        ? { kind: 'more-tips', stepId: v.stepId, tip: v.tip }
        : undefined;
    case 'diagnose':
      return typeof v.problemId === 'string' && typeof v.question === 'number'
        ? { kind: 'diagnose', problemId: v.problemId, question: v.question }
        : undefined;
    default:
      return undefined;
  }
}

function count(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** The conversation's facts in this session, read defensively (anything malformed is as if unsaid). */
export function talkOf(h: HandlerInput): Talk {
  const request = h.attributesManager.getRequestAttributes();
  const cached = request[PARSED_KEY] as Talk | undefined;
  if (cached) return cached;
  const session = h.attributesManager.getSessionAttributes() as Record<string, unknown>;
  const raw = isRecord(session[KEY]) ? (session[KEY] as Record<string, unknown>) : {};
  const talk: Talk = { last: lastFrom(raw.last), offer: offerFrom(raw.offer), misses: count(raw.misses), nexts: count(raw.nexts) };
  // The same object in the session and the request: changes made this turn are carried to the next.
  session[KEY] = talk;
  request[PARSED_KEY] = talk;
  return talk;
}

/**
 * The question the skill asked on the last turn, for this turn only: an answer that comes later
 * (after "next", say) never takes up an old offer by surprise. Moved out of the session by
 * `takeOffer` once per request.
 */
export function offerOf(h: HandlerInput): Offer | undefined {
  return h.attributesManager.getRequestAttributes()[OFFER_KEY] as Offer | undefined;
}

/** Called once per request (turn/talk-interceptor.ts): this turn may answer the offer; the next may not. */
export function takeOffer(h: HandlerInput): void {
  const talk = talkOf(h);
  const offer = talk.offer;
  delete talk.offer;
  if (offer) h.attributesManager.getRequestAttributes()[OFFER_KEY] = offer;
}

/** Asks something the next turn may answer. */
export function offer(h: HandlerInput, what: Offer): void {
  talkOf(h).offer = what;
}

/** Drops the question this turn was asked to answer (it has been answered). */
export function offerAnswered(h: HandlerInput): void {
  delete h.attributesManager.getRequestAttributes()[OFFER_KEY];
}
