import type { HandlerInput } from 'ask-sdk-core';
import { nextTurnOnly } from '../../turn/next-turn';

/**
 * A yes-or-no question the plan and doneness handlers asked: reminders for the plan, or a timer to
 * check again. Like the timers' "which one?", it holds for the very next turn only, so a "yes" much
 * later never sets something by surprise.
 */
export type Offer = { readonly kind: 'reminders' } | { readonly kind: 'recheck'; readonly minutes: number };

/** The session key of the question (the session-shape interceptor keeps only known keys). */
export const PLAN_OFFER_KEY = 'planOffer';
const KEY = PLAN_OFFER_KEY;

function isOffer(v: unknown): v is Offer {
  const o = v as { kind?: unknown; minutes?: unknown } | null;
  if (!o || typeof o !== 'object') return false;
  return o.kind === 'reminders' || (o.kind === 'recheck' && typeof o.minutes === 'number' && o.minutes > 0);
}

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
