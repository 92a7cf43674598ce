import { allSteps, porkBelly, stepCount } from '../../lambda/recipe';
import { speakable } from '../../lambda/speech';

/** What a cook should hear, built from the recipe data (never from the skill's answers). */

export const TOTAL = stepCount(porkBelly);
const steps = allSteps(porkBelly);

/** A step as spoken: its landmark and its own text (warnings and tips may follow). */
export function heardStep(n: number): string {
  const placed = steps[n - 1]!;
  return `Step ${n} of ${TOTAL}, ${placed.phase.shortName}: ${speakable(placed.step.text)}`;
}

/** The first sentences of the welcome back for a cook who left at step n. */
export function welcomeBackTo(n: number): string {
  return `Welcome back. You were on step ${n} of ${TOTAL}, the ${steps[n - 1]!.phase.shortName}.`;
}
