import type { Ingredient, Quantity, Recipe } from './types';
import { allIngredients } from './lookup';

/**
 * Scaling the rub to the cook's own pork belly. Only the groups marked `scalesWithMain` scale
 * (the rub is measured per kilogram of skin; the glaze is one batch whatever the size), and
 * "to taste" ingredients never do. Cooking time follows thickness, not weight, so nothing here
 * touches durations.
 */

/** The recipe's main ingredient weight in kilograms: the middle of its metric range. */
export function baseMainKg(recipe: Recipe): number | undefined {
  const main = allIngredients(recipe).find((i) => i.id === recipe.mainIngredientId);
  const metric = main?.metric ?? main?.quantity;
  if (!metric || metric.unit !== 'kg') return undefined;
  return (metric.value.min + metric.value.max) / 2;
}

/** How much to multiply scaled amounts by for a main ingredient of `kg` kilograms. */
export function scaleFactor(recipe: Recipe, kg: number): number {
  const base = baseMainKg(recipe);
  return base && kg > 0 ? kg / base : 1;
}

/** True when this ingredient's amount follows the main ingredient's weight. */
export function scalesWithMain(recipe: Recipe, ingredient: Ingredient): boolean {
  if (ingredient.toTaste || !ingredient.quantity || ingredient.id === recipe.mainIngredientId) return false;
  return recipe.ingredientGroups.some((g) => g.scalesWithMain && g.ingredients.includes(ingredient));
}

/** Rounds to the nearest quarter, the finest a cook measures with spoons. */
function toQuarter(n: number): number {
  return Math.max(0.25, Math.round(n * 4) / 4);
}

/** The ingredient's amount for a main ingredient of `kg` kilograms (unchanged when it does not scale). */
export function scaledQuantity(recipe: Recipe, ingredient: Ingredient, kg: number | undefined): Quantity | undefined {
  const q = ingredient.quantity;
  if (!q || kg === undefined || !scalesWithMain(recipe, ingredient)) return q;
  const f = scaleFactor(recipe, kg);
  return { unit: q.unit, value: { min: toQuarter(q.value.min * f), max: toQuarter(q.value.max * f) } };
}
