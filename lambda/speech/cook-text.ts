import { allIngredients, shareAt, type Recipe, type Step } from '../recipe';
import { writtenMeasure } from './quantities';

/**
 * A step's written text for this cook: where the step names its share of a divided ingredient
 * ("Rub the meat side with 1 tsp of the oil"), the share for their own pork belly, so the step
 * and the answers agree once the amounts are scaled. Unchanged for the recipe's own size.
 */
export function stepTextFor(recipe: Recipe, step: Step, kg: number | undefined): string {
  let text = step.text;
  if (kg === undefined) return text;
  for (const ingredient of allIngredients(recipe).filter((i) => step.ingredientIds?.includes(i.id))) {
    const own = shareAt(recipe, ingredient, step.id, undefined);
    const yours = shareAt(recipe, ingredient, step.id, kg);
    if (!own?.share.quantity || !yours) continue;
    const written = writtenMeasure(own.quantity.value, own.quantity.unit);
    text = text.replace(written, writtenMeasure(yours.quantity.value, yours.quantity.unit));
  }
  return text;
}
