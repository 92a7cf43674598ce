import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { currentStep, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { TimerDeps } from '../timers/deps';
import { fulfil } from '../timers/set-timer';
import { declineBringBack, keepBringBack } from '../timers/bring-back';
import { keptPlan } from '../../turn/kept-plan';
import { offered } from './offer';
import { setPlanReminders } from './reminders';

/**
 * "yes" to the question the last turn asked: the plan's reminders, a timer to check again, or being
 * brought back when a recipe timer rings.
 */
export async function planYes(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const question = offered(h);
  if (question?.kind === 'recheck') return fulfil(h, turn, deps, { seconds: question.minutes * 60 });
  if (question?.kind === 'bring-back') return keepBringBack(h, turn);
  const kept = keptPlan(turn);
  if (!kept) return say(h, turn.speech.noPlan(currentStep(turn)));
  return setPlanReminders(h, turn, deps, kept);
}

/**
 * "no" to that question: nothing is set, and the cook keeps their place; a no to being brought back
 * makes the timer just set an announcing one.
 */
export function planNo(h: HandlerInput, turn: Turn, deps: TimerDeps): Response | Promise<Response> {
  const placed = currentStep(turn);
  const question = offered(h);
  if (question?.kind === 'bring-back') return declineBringBack(h, turn, deps, question);
  if (question?.kind === 'recheck') return say(h, turn.speech.recheckDeclined(placed));
  return say(h, turn.speech.remindersDeclined(placed));
}

/** Alexa's answer to the reminders permission asked for the plan: set them, or say how to allow them later. */
export async function planConsent(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
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
}
