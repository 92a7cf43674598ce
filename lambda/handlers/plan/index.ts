import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import { Intent } from '../../intents';
import { getRequestType } from '../../sdk';
import type { TimerDeps } from '../timers/deps';
import { isIntent, type TurnHandler } from '../respond';
import { offered, PLAN_CONSENT_TOKEN } from './offer';

export { PLAN_OFFER_KEY, planOfferInterceptor } from './offer';

let loaded: typeof import('./plan-turns') | undefined;

/**
 * The plan handlers' work, loaded at the first plan or doneness turn: here stays only what chooses a
 * handler, so a cold start that makes no plan never compiles the rest (tools/build.ts).
 */
function planTurns(): typeof import('./plan-turns') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./plan-turns') as typeof import('./plan-turns');
  return loaded;
}

/** Alexa's answer to the reminders permission the plan asked for (its own token). */
function isPlanConsent(h: HandlerInput): boolean {
  if (getRequestType(h.requestEnvelope) !== 'Connections.Response') return false;
  const request = h.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
  return request.name === 'AskFor' && request.token === PLAN_CONSENT_TOKEN;
}

/**
 * The dinner plan and doneness by conversation. The yes, no and consent answers come first: they
 * only take a turn when the last one asked their question.
 */
export function planHandlers(deps: TimerDeps): readonly TurnHandler[] {
  return [
    // "yes" to the question the last turn asked: the plan's reminders, a timer to check again, or being brought back.
    { canHandle: (h) => isIntent(h, Intent.Yes) && offered(h) !== undefined, handle: (h, turn) => planTurns().planYes(h, turn, deps) },
    // "no" to it: nothing is set, and the cook keeps their place.
    { canHandle: (h) => isIntent(h, Intent.No) && offered(h) !== undefined, handle: (h, turn) => planTurns().planNo(h, turn, deps) },
    { canHandle: isPlanConsent, handle: (h, turn) => planTurns().planConsent(h, turn, deps) },
    { canHandle: (h) => isIntent(h, Intent.PlanDinner, Intent.MoveDinner), handle: (h, turn) => planTurns().makePlan(h, turn, deps) },
    // "what's my plan": the plan's clock times again, and its reminders.
    { canHandle: (h) => isIntent(h, Intent.PlanSummary), handle: (h, turn) => planTurns().planSummary(h, turn) },
    // "when do I take it out", "what time does it go in", "when does it go in the fridge".
    { canHandle: (h) => isIntent(h, Intent.PlanTakeOut, Intent.PlanGoesIn, Intent.PlanFridge), handle: (h, turn) => planTurns().planMoment(h, turn) },
    // "cancel the plan": the plan goes, and its reminders with it.
    { canHandle: (h) => isIntent(h, Intent.CancelPlan), handle: (h, turn) => planTurns().cancelPlan(h, turn, deps) },
    { canHandle: (h) => isIntent(h, Intent.Doneness), handle: (h, turn) => planTurns().doneness(h, turn) },
  ];
}
