import {
  allIngredients,
  allSteps,
  problems,
  scaledQuantity,
  summedTimings,
  type Ingredient,
  type PlacedStep,
  type Recipe,
} from '../../lambda/recipe';
import { spoken as speakable, spokenAmount, spokenDuration, spokenTemperature } from './spoken';

/**
 * Expected facts for question tests, computed from the recipe data (or taken from the seed
 * literally), never from what the skill answered. Each returns words the cook must hear.
 */
/** A rest in teaspoons as the seed would write it: 2 teaspoons. */
function restOf(tsp: number) {
  return { value: { min: tsp, max: tsp }, unit: 'tsp' as const };
}

export function factsOf(recipe: Recipe) {
  const ingredient = (id: string): Ingredient => {
    const found = allIngredients(recipe).find((i) => i.id === id);
    if (!found) throw new Error(`no ingredient ${id}`);
    return found;
  };
  const step = (id: string): PlacedStep => {
    const found = allSteps(recipe).find((s) => s.step.id === id);
    if (!found) throw new Error(`no step ${id}`);
    return found;
  };
  /** The first words of a text as spoken, enough to know it was said. */
  const opening = (text: string, words = 7) => speakable(text).split(' ').slice(0, words).join(' ');

  return {
    ingredient,
    step,
    /** "2 teaspoons", "half a teaspoon"; "to taste" for to-taste ingredients; "pinch" for a pinch. */
    amount(id: string): string {
      const q = ingredient(id).quantity;
      if (!q) return 'to taste';
      return q.unit === 'pinch' ? 'pinch' : spokenAmount(q);
    },
    /** The amount for a main ingredient of `kg` kilograms. */
    scaled(id: string, kg: number): string {
      const q = scaledQuantity(recipe, ingredient(id), kg);
      if (!q) throw new Error(`${id} has no amount`);
      return spokenAmount(q);
    },
    name: (id: string) => ingredient(id).name,
    note: (id: string) => speakable(ingredient(id).note ?? ''),
    purpose: (id: string) => ingredient(id).purpose ?? '',
    /** The first swap, with its amount when the seed gives one ("1 tablespoon of neutral oil"). */
    alternative(id: string): string {
      const a = ingredient(id).alternatives?.[0];
      const name = speakable(a?.name ?? '');
      return a?.quantity ? `${spokenAmount(a.quantity)} of ${name}` : name;
    },
    /** The seed's own share of a divided ingredient: "1 teaspoon", "on the meat side"; the rest's amount is the whole less the others. */
    share(id: string, n: number): { amount: string; use: string; stepNumber: number } {
      const i = ingredient(id);
      const s = i.shares![n]!;
      const tsp = (q: { value: { max: number }; unit: string }) => q.value.max * ({ tsp: 1, tbsp: 3, cup: 48 }[q.unit] ?? NaN);
      const amount = s.quantity
        ? spokenAmount(s.quantity)
        : spokenAmount(restOf(tsp(i.quantity!) - i.shares!.reduce((a, x) => a + (x.quantity ? tsp(x.quantity) : 0), 0)));
      return { amount, use: s.use, stepNumber: step(s.stepId).number };
    },
    equipment: (id: string) => recipe.equipment.find((e) => e.id === id)?.name ?? '',
    ovenF: (stepId: string) => spokenTemperature(step(stepId).step.ovenTemp!.f, 'F'),
    ovenC: (stepId: string) => spokenTemperature(step(stepId).step.ovenTemp!.c, 'C'),
    insideF: (stepId: string) => spokenTemperature(step(stepId).step.internalTemp!.f, 'F'),
    insideC: (stepId: string) => spokenTemperature(step(stepId).step.internalTemp!.c, 'C'),
    time: (stepId: string) => spokenDuration(step(stepId).step.duration!.minutes),
    stepText: (stepId: string, words?: number) => opening(step(stepId).step.text, words),
    reason: (id: string) => opening(recipe.reasons.find((r) => r.id === id)!.text),
    advice(id: string, phaseId?: string): string {
      const entry = problems(recipe).find((p) => p.id === id)!;
      const special = phaseId ? entry.byPhase?.find((b) => b.phaseIds.includes(phaseId))?.advice : undefined;
      return opening(special ?? entry.advice);
    },
    /** A problem's nth question about its causes (troubleshooting as a dialogue), spoken. */
    causeQuestion: (id: string, n = 0) => speakable(problems(recipe).find((p) => p.id === id)!.causes![n]!.question),
    variation: (id: string) => opening(recipe.variations.find((v) => v.id === id)!.text),
    pairing: () => opening(recipe.pairing, 4),
    serviceTip: () => opening(recipe.serviceTip, 4),
    waitAhead: () => spokenDuration(summedTimings(recipe).waitAhead),
  };
}
