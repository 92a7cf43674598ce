import type { Ingredient, IngredientGroup, Phase, Range, Recipe, Step } from './types';

/** A step with its place in the recipe. `index` is 0-based; `number` is what the cook hears. */
export interface PlacedStep {
  readonly step: Step;
  readonly phase: Phase;
  readonly index: number;
  readonly number: number;
  readonly phaseIndex: number;
}

const stepsCache = new WeakMap<Recipe, readonly PlacedStep[]>();

/** Every step of the recipe in order, with its place; computed once per recipe. */
export function allSteps(recipe: Recipe): readonly PlacedStep[] {
  let steps = stepsCache.get(recipe);
  if (!steps) {
    const list: PlacedStep[] = [];
    recipe.phases.forEach((phase, phaseIndex) => {
      for (const step of phase.steps) {
        list.push({ step, phase, index: list.length, number: list.length + 1, phaseIndex });
      }
    });
    steps = list;
    stepsCache.set(recipe, steps);
  }
  return steps;
}

export function stepCount(recipe: Recipe): number {
  return allSteps(recipe).length;
}

/** The step at a 0-based index, or undefined when out of range. */
export function stepAt(recipe: Recipe, index: number): PlacedStep | undefined {
  return Number.isInteger(index) ? allSteps(recipe)[index] : undefined;
}

/** The 0-based index of the first step of a phase. */
export function firstStepOfPhase(recipe: Recipe, phaseId: string): number | undefined {
  return allSteps(recipe).find((s) => s.phase.id === phaseId)?.index;
}

/** Lower case words without articles or "step"/"part", for matching what a cook said to recipe names. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\b(the|a|an|to|step|phase|part)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds a phase by its own names: id, title or short name. What else cooks call a phase is the
 * vocabulary's (lambda/vocabulary), and its resolver is what handlers use for a slot's words.
 */
export function findPhase(recipe: Recipe, spoken: string): Phase | undefined {
  const wanted = normalise(spoken);
  if (!wanted) return undefined;
  const names = (p: Phase) => [p.id, p.title, p.shortName].map(normalise);
  return (
    recipe.phases.find((p) => names(p).includes(wanted)) ??
    recipe.phases.find((p) => names(p).some((n) => n.includes(wanted) || wanted.includes(n)))
  );
}

export function phaseById(recipe: Recipe, id: string): Phase | undefined {
  return recipe.phases.find((p) => p.id === id);
}

export function allIngredients(recipe: Recipe): readonly Ingredient[] {
  return recipe.ingredientGroups.flatMap((g) => g.ingredients);
}

export function ingredientById(recipe: Recipe, id: string): Ingredient | undefined {
  return allIngredients(recipe).find((i) => i.id === id);
}

export function groupOfIngredient(recipe: Recipe, id: string): IngredientGroup | undefined {
  return recipe.ingredientGroups.find((g) => g.ingredients.some((i) => i.id === id));
}

function addRange(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max };
}

/**
 * The recipe's timings summed from its steps: waits of phases done ahead (drying), and the
 * cooking from the fridge to the table. A wait that overlaps the previous one is not added.
 */
export function summedTimings(recipe: Recipe): { waitAhead: Range; cooking: Range } {
  let waitAhead: Range = { min: 0, max: 0 };
  let cooking: Range = { min: 0, max: 0 };
  for (const { step, phase } of allSteps(recipe)) {
    const d = step.duration;
    if (!d || d.overlapsPrevious) continue;
    if (phase.ahead) waitAhead = addRange(waitAhead, d.minutes);
    else cooking = addRange(cooking, d.minutes);
  }
  return { waitAhead, cooking };
}
