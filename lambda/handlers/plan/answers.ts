import type { interfaces } from 'ask-sdk-model';
import { getRequestType } from '../../sdk';
import { Intent } from '../../intents';
import { currentStep } from '../../turn/turn';
import { isIntent, say, type TurnHandler } from '../respond';
import type { TimerDeps } from '../timers/deps';
import { fulfil } from '../timers/set-timer';
import { declineBringBack, keepBringBack } from '../timers/bring-back';
import { keptPlan } from '../../turn/kept-plan';
import { offered } from './offer';
import { PLAN_CONSENT_TOKEN, setPlanReminders } from './reminders';

/**
 * "yes" to the question the last turn asked: the plan's reminders, a timer to check again, or being
 * brought back when a recipe timer rings.
 */
export function planYesHandler(deps: TimerDeps): TurnHandler {
  return {
    canHandle: (h) => isIntent(h, Intent.Yes) && offered(h) !== undefined,
    async handle(h, turn) {
      const question = offered(h);
      if (question?.kind === 'recheck') return fulfil(h, turn, deps, { seconds: question.minutes * 60 });
      if (question?.kind === 'bring-back') return keepBringBack(h, turn);
      const kept = keptPlan(turn);
      if (!kept) return say(h, turn.speech.noPlan(currentStep(turn)));
      return setPlanReminders(h, turn, deps, kept);
    },
  };
}

/**
 * "no" to that question: nothing is set, and the cook keeps their place; a no to being brought back
 * makes the timer just set an announcing one.
 */
export function planNoHandler(deps: TimerDeps): TurnHandler {
  return {
    canHandle: (h) => isIntent(h, Intent.No) && offered(h) !== undefined,
    handle(h, turn) {
      const placed = currentStep(turn);
      const question = offered(h);
      if (question?.kind === 'bring-back') return declineBringBack(h, turn, deps, question);
      if (question?.kind === 'recheck') return say(h, turn.speech.recheckDeclined(placed));
      return say(h, turn.speech.remindersDeclined(placed));
    },
  };
}

/** Alexa's answer to the reminders permission asked for the plan: set them, or say how to allow them later. */
export function planConsentHandler(deps: TimerDeps): TurnHandler {
  return {
    canHandle: (h) => {
      if (getRequestType(h.requestEnvelope) !== 'Connections.Response') return false;
      const request = h.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      return request.name === 'AskFor' && request.token === PLAN_CONSENT_TOKEN;
    },
    async handle(h, turn) {
      const request = h.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
      const placed = currentStep(turn);
      const kept = keptPlan(turn);
      if (!kept) return say(h, turn.speech.noPlan(placed));
      if (String(request.status?.code ?? '200') !== '200') {
        h.responseBuilder.withAskForPermissionsConsentCard(['alexa::alerts:reminders:skill:readwrite']);
        return say(h, turn.speech.consentCard('reminder', placed));
      }
      const status = (request.payload as { status?: unknown } | undefined)?.status;
      if (status === 'ACCEPTED') return setPlanReminders(h, turn, deps, kept, true);
      return say(h, turn.speech.consentDenied('reminder', placed));
    },
  };
}
