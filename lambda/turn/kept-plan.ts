import { planDinner, type OvernightPlan, type ShortcutPlan } from '../plan';
import type { StoredPlan } from '../state/cook-state';
import type { PlanClock } from '../speech/types';
import type { Turn } from './turn';

/** The cook's plan, worked out again from its stored facts, with the clock to say its times by. */
export interface Kept {
  readonly stored: StoredPlan;
  readonly plan: OvernightPlan | ShortcutPlan;
  readonly clock: PlanClock;
}

/**
 * The cook's plan as it was made (the same arithmetic on the same facts gives the same times), or
 * undefined when there is none or its dinner is over: an old plan is never spoken of.
 */
export function keptPlan(turn: Turn): Kept | undefined {
  const stored = turn.cook.plan;
  if (!stored) return undefined;
  const dinner = new Date(stored.dinner);
  if (dinner.getTime() <= turn.now.getTime()) return undefined;
  const plan = planDinner(turn.recipe, dinner, new Date(stored.madeAt));
  if (plan.kind === 'past' || plan.kind === 'too-soon') return undefined;
  return { stored, plan, clock: { now: turn.now, timeZone: stored.timeZone } };
}
