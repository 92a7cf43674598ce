import { allSteps, type Recipe, type Step } from '../recipe';
import { sequentialWaits, type DinnerPlan, type Moment } from './schedule';

/**
 * What a cook does at each moment of the plan, in the recipe's own written words: the check the
 * wait that ends then names ("Take the pork out of the fridge."), and any oven setting that
 * follows the wait that starts then ("Preheat the oven to 275°F (135°C)."). Speech makes them
 * speakable; reminders say them.
 */
export function todoAt(recipe: Recipe, plan: DinnerPlan, moment: Moment): readonly string[] {
  const parts = todoParts(recipe, plan, moment);
  return [...(parts.ended ? [parts.ended] : []), ...parts.oven];
}

/** What happens at a moment, in parts: the check of the wait that ends, and the oven steps that follow. */
export function todoParts(recipe: Recipe, plan: DinnerPlan, moment: Moment): { ended?: string; oven: readonly string[] } {
  if (plan.kind === 'past' || plan.kind === 'too-soon' || !moment.stepId) return { oven: [] };
  const { ahead, cooking } = sequentialWaits(recipe);
  const waits = [...ahead, ...cooking];
  const index = waits.findIndex((w) => w.step.id === moment.stepId);
  const wait = waits[index];
  if (!wait) return { oven: [] };
  if (moment.role === 'check') return { ended: wait.step.duration.check, oven: [] };
  if (moment.role === 'fan' && plan.kind === 'shortcut') return { ended: `${capital(plan.shortcut.text)}.`, oven: [] };
  if (moment.role === 'fridge') return { ended: wait.step.text, oven: [] };
  const previous = waits[index - 1];
  // With the shortcut there was no wait ahead, so nothing of it ends now.
  const ended = previous && (plan.kind === 'overnight' || !previous.phase.ahead) ? previous.step.duration.check : undefined;
  return { ended, oven: ovenStepsAfter(recipe, wait.step).map((s) => s.text) };
}

/** Untimed steps that set the oven, after `step` in its phase and before the next wait. */
function ovenStepsAfter(recipe: Recipe, step: Step): Step[] {
  const steps = allSteps(recipe);
  const at = steps.findIndex((s) => s.step.id === step.id);
  const phase = steps[at]?.phase;
  const out: Step[] = [];
  for (const next of steps.slice(at + 1)) {
    if (next.phase !== phase || next.step.duration) break;
    if (next.step.ovenTemp) out.push(next.step);
  }
  return out;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
