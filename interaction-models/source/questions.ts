import type { Recipe } from '../../lambda/recipe';
import { adviceIntents, sizeIntents } from './questions-advice';
import { ingredientIntents } from './questions-ingredients';
import { kitchenIntents } from './questions-kitchen';
import { openIntents } from './questions-open';
import { questionTypes } from './questions-types';
import type { ModelFragment } from './types';

/**
 * Questions a cook asks mid-recipe: amounts, ingredients, equipment, temperatures, timings,
 * technique, problems, swaps, units and size. The samples are the ways different people really
 * ask, short and long, written as templates ("(a|b)" picks one, "[x]" may be left out; see
 * expand.ts); the slot types come from the recipe.
 */
export function questionsModel(recipe: Recipe): ModelFragment {
  return {
    types: questionTypes(recipe),
    intents: [...ingredientIntents, ...kitchenIntents, ...adviceIntents, ...sizeIntents, ...openIntents],
  };
}
