import { Intent } from '../../intents';
import type { MomentRole } from '../../plan';
import { currentStep, speechContext } from '../../turn/turn';
import { isIntent, say, type TurnHandler } from '../respond';
import { keptPlan } from '../../turn/kept-plan';

/** "what's my plan": the plan's clock times again, and its reminders. */
export const planSummaryHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.PlanSummary),
  handle(h, turn) {
    const kept = keptPlan(turn);
    const placed = currentStep(turn);
    if (!kept) return say(h, turn.speech.noPlan(placed));
    turn.screen = { kind: 'plan' };
    return say(h, turn.speech.planSummary(speechContext(turn), kept.plan, kept.clock, kept.stored.reminders.length, placed));
  },
};

const ROLE_OF: ReadonlyArray<readonly [string, MomentRole]> = [
  [Intent.PlanTakeOut, 'out'],
  [Intent.PlanGoesIn, 'in'],
  [Intent.PlanFridge, 'fridge'],
];

/** "when do I take it out", "what time does it go in", "when does it go in the fridge". */
export const planMomentHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.PlanTakeOut, Intent.PlanGoesIn, Intent.PlanFridge),
  handle(h, turn) {
    const kept = keptPlan(turn);
    const placed = currentStep(turn);
    if (!kept) return say(h, turn.speech.noPlan(placed));
    const role = ROLE_OF.find(([intent]) => isIntent(h, intent as typeof Intent.PlanTakeOut))?.[1] ?? 'eat';
    return say(h, turn.speech.planMoment(speechContext(turn), kept.plan, role, kept.clock, placed));
  },
};
