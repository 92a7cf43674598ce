import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent } from '../../intents';
import { sequentialWaits, type MomentRole } from '../../plan';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { isIntent, say } from '../respond';
import { keptPlan } from '../../turn/kept-plan';
import { askContext, reply } from '../questions/common';
import { IsItDoneHandler } from '../questions/moment';

/** "what's my plan": the plan's clock times again, and its reminders. */
export function planSummary(h: HandlerInput, turn: Turn): Response {
  const kept = keptPlan(turn);
  const placed = currentStep(turn);
  if (!kept) return say(h, turn.speech.noPlan(placed));
  turn.screen = { kind: 'plan' };
  return say(h, turn.speech.planSummary(speechContext(turn), kept.plan, kept.clock, kept.stored.reminders.length, placed));
}

const ROLE_OF: ReadonlyArray<readonly [string, MomentRole]> = [
  [Intent.PlanTakeOut, 'out'],
  [Intent.PlanGoesIn, 'in'],
  [Intent.PlanFridge, 'fridge'],
];

/** "when do I take it out", "what time does it go in", "when does it go in the fridge". */
export function planMoment(h: HandlerInput, turn: Turn): Response | Promise<Response> {
  const kept = keptPlan(turn);
  const placed = currentStep(turn);
  const role = ROLE_OF.find(([intent]) => isIntent(h, intent as typeof Intent.PlanTakeOut))?.[1] ?? 'eat';
  if (!kept) return fromRecipe(h, turn, role);
  return say(h, turn.speech.planMoment(speechContext(turn), kept.plan, role, kept.clock, placed));
}

/**
 * Without a plan there are no clock times, but the question still has the recipe's answer for the
 * cook's place: once the pork is in the oven, "when do I take it out" is "is it done" (the
 * thermometer at the roast, the skin at the finish); before that, each question names a wait of the
 * recipe (into the fridge, out of it, into the oven), answered by its step.
 */
function fromRecipe(h: HandlerInput, turn: Turn, role: MomentRole): Response | Promise<Response> {
  const placed = turn.cook.finished ? undefined : currentStep(turn);
  const { ahead, cooking } = sequentialWaits(turn.recipe);
  const oven = cooking.find((w) => w.step.ovenTemp);
  const inOven = placed && oven && placed.index >= oven.index;
  if (role === 'out' && inOven) return IsItDoneHandler.handle(h, turn);
  const wait = role === 'fridge' ? ahead[0] : role === 'out' ? cooking[0] : role === 'in' ? oven : undefined;
  if (!wait) return say(h, turn.speech.noPlan(placed));
  return reply(h, turn, turn.speech.timedStep(askContext(turn), wait), { kind: 'step-text', stepIds: [wait.step.id] });
}
