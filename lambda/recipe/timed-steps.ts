import { allSteps, normalise, type PlacedStep } from './lookup';
import type { Duration, Recipe, Step } from './types';

/** A step that has a wait a timer can measure, with its duration. */
export type TimedStep = PlacedStep & { readonly step: Step & { readonly duration: Duration } };

function isTimed(placed: PlacedStep): placed is TimedStep {
  return placed.step.duration !== undefined;
}

/** Every step with a duration, in recipe order: the timers a cook can ask for by name. */
export function timedSteps(recipe: Recipe): readonly TimedStep[] {
  return allSteps(recipe).filter(isTimed);
}

export function timedStepById(recipe: Recipe, id: string): TimedStep | undefined {
  return timedSteps(recipe).find((s) => s.step.id === id);
}

/**
 * Finds a timed step by what a cook called its timer: the step id, the timer label or an alias.
 * Used when entity resolution had no match, so any recipe's own names work.
 */
export function findTimedStep(recipe: Recipe, spoken: string): TimedStep | undefined {
  const wanted = normalise(spoken.replace(/\btimers?\b/gi, ' '));
  if (!wanted) return undefined;
  const names = (s: TimedStep) => [s.step.id, s.step.duration.label, ...(s.step.duration.aliases ?? [])].map(normalise);
  const steps = timedSteps(recipe);
  return steps.find((s) => names(s).includes(wanted)) ?? steps.find((s) => names(s).some((n) => n.includes(wanted)));
}
