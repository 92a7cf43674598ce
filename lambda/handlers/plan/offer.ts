import type { HandlerInput } from 'ask-sdk-core';
import { nextTurnOnly } from '../../turn/next-turn';

/**
 * A yes-or-no question the last turn asked: reminders for the plan, a timer to check again, or
 * whether a recipe timer that just started should bring the cook back when it rings. Like the
 * timers' "which one?", it holds for the very next turn only, so a "yes" or "no" much later never
 * acts by surprise.
 */
export type Offer =
  | { readonly kind: 'reminders' }
  | { readonly kind: 'recheck'; readonly minutes: number }
  /** The launching timer just set (its id, at most a Timers API id's length) and the wait it times. */
  | { readonly kind: 'bring-back'; readonly timerId: string; readonly stepId: string };

const shortId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** The session key of the question (the session-shape interceptor keeps only known keys). */
export const PLAN_OFFER_KEY = 'planOffer';
const KEY = PLAN_OFFER_KEY;

function isOffer(v: unknown): v is Offer {
  const o = v as { kind?: unknown; minutes?: unknown; timerId?: unknown; stepId?: unknown } | null;
  if (!o || typeof o !== 'object') return false;
  if (o.kind === 'bring-back') return shortId(o.timerId) && shortId(o.stepId);
  return o.kind === 'reminders' || (o.kind === 'recheck' && typeof o.minutes === 'number' && o.minutes > 0);
}

/** What the consent request's token says, so Alexa's answer (maybe in a new session) sets the plan's reminders. */
export const PLAN_CONSENT_TOKEN = 'crispy-plan:reminders';

/** Moves last turn's question from the session into this request, and out of the session. */
export const planOfferInterceptor = nextTurnOnly(KEY, isOffer);

/** The question the cook is answering, if the last turn asked one. */
export function offered(h: HandlerInput): Offer | undefined {
  return h.attributesManager.getRequestAttributes()[KEY] as Offer | undefined;
}

/** Asks a yes-or-no question for the next turn. */
export function offer(h: HandlerInput, question: Offer): void {
  h.attributesManager.getSessionAttributes()[KEY] = question;
}
