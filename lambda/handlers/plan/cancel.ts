import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { currentStep, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { TimerDeps } from '../timers/deps';
import { keptPlan } from '../../turn/kept-plan';
import { deleteAll, failureLine } from './reminders';

/** "cancel the plan": the plan goes, and its reminders with it. */
export async function cancelPlan(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const placed = currentStep(turn);
  const kept = keptPlan(turn);
  if (!kept) {
    turn.cook = { ...turn.cook, plan: null };
    return say(h, turn.speech.noPlan(placed));
  }
  const pending = kept.stored.reminders.filter((r) => Date.parse(r.at) > turn.now.getTime());
  const { failure } = pending.length ? await deleteAll(deps.alerts.open(h.requestEnvelope, turn.budget), pending) : { failure: undefined };
  turn.cook = { ...turn.cook, plan: null };
  if (failure) return say(h, turn.speech.planChangedButAlerts(kept.clock, undefined, failureLine(h, turn, failure, 'cancel')));
  return say(h, turn.speech.planCancelled(kept.clock, kept.plan.dinner, pending.length, placed));
}
