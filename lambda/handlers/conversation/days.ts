import { allSteps, type PlacedStep, type Recipe } from '../../recipe';
import { minutesAway } from '../../state/away';
import type { Turn } from '../../turn/turn';

/**
 * The recipe's two days: the last step of the phases done ahead (the overnight drying) ends day
 * one; a cook who comes back to it after at least half its shortest wait is on day two.
 */

/** True for the last step of the phases done ahead, when it is a wait. */
export function endsDayOne(recipe: Recipe, placed: PlacedStep): boolean {
  if (!placed.phase.ahead || !placed.step.duration) return false;
  const next = allSteps(recipe)[placed.index + 1];
  return next === undefined || !next.phase.ahead;
}

/** The first step of cooking day: the one after day one's last. */
export function firstOfDayTwo(recipe: Recipe): PlacedStep | undefined {
  const steps = allSteps(recipe);
  const last = steps.find((s) => endsDayOne(recipe, s));
  return last ? steps[last.index + 1] : undefined;
}

/** True when the cook left at day one's last step long enough ago for the wait to be (nearly) over. */
export function backForDayTwo(turn: Turn, placed: PlacedStep): boolean {
  if (!endsDayOne(turn.recipe, placed) || turn.heardStep) return false;
  const away = minutesAway(turn.cook, turn.now);
  const wait = placed.step.duration?.minutes.min ?? 0;
  return away !== undefined && away >= wait / 2;
}
