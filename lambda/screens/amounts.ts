import { scaledQuantity, type Ingredient, type Recipe } from '../recipe';
import { convertMeasure, type Amount } from '../speech';
import type { CookState } from '../state/cook-state';
import type { UnitSystem } from '../recipe';

/**
 * How much of an ingredient this cook needs, in their units: the main ingredient is the weight
 * they told us, the groups that follow it are scaled to it, and a figure in the other system is
 * the seed's own metric one where it gives one, a standard conversion otherwise. Undefined for
 * "to taste" ingredients and those without an amount.
 */
export function amountFor(
  recipe: Recipe,
  ingredient: Ingredient,
  prefs: CookState['prefs'],
  system: UnitSystem,
): Amount | undefined {
  if (ingredient.id === recipe.mainIngredientId && prefs.porkKg !== undefined) {
    // The weight as the cook said it, as the speech reads it back ("800 g", not "2 lb").
    if (prefs.porkSaid) return { value: { min: prefs.porkSaid.value, max: prefs.porkSaid.value }, measure: prefs.porkSaid.unit };
    return convertMeasure({ min: prefs.porkKg, max: prefs.porkKg }, 'kg', system);
  }
  const quantity = scaledQuantity(recipe, ingredient, prefs.porkKg);
  if (!quantity) return undefined;
  const seedMetric = system === 'metric' && quantity === ingredient.quantity ? ingredient.metric : undefined;
  const chosen = seedMetric ?? quantity;
  return convertMeasure(chosen.value, chosen.unit, system);
}

