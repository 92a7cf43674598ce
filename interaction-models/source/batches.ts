import { Intent, Slot, SlotType } from '../../lambda/intents';
import type { Recipe } from '../../lambda/recipe';
import { samples } from './expand';
import { ING } from './questions-grammar';
import { slotWords, type ModelFragment } from './types';

/**
 * An amount asked for a batch or a piece scaled by a word (issue 11): "I'm halving the glaze so how
 * much maple syrup", "two bellies side by side so how much baking soda in total". The words that
 * scale fill {batch}; the handler reads the factor and the part from them (vocabulary/batch.ts), so
 * the slot's values only teach Alexa the shape: a scaling word with a part of the recipe, its
 * groups' last words ("glaze", "rub") taken from the recipe. Few samples: the model is near its limit.
 */
export function batchesModel(recipe: Recipe): ModelFragment {
  const parts = [...recipe.ingredientGroups.map((g) => `the ${slotWords(g.name).trim().split(/\s+/).pop() ?? ''}`), 'it', 'the pork', 'the recipe'];
  const values = ['doubling', 'halving', 'tripling', 'doubled', 'halved'].flatMap((w) => parts.map((p) => `${w} ${p}`));
  const more = ['double batch', 'half batch', 'triple batch', 'twice as much pork', 'two bellies', 'two pieces', 'half size piece', 'half the size'];
  return {
    types: [{ name: SlotType.Batch, values: [...values, ...more].map((v) => ({ id: v, name: { value: v } })) }],
    intents: [
      {
        name: Intent.IngredientAmount,
        slots: [{ name: Slot.Batch, type: SlotType.Batch }],
        samples: samples(
          `{batch} [so] how much ${ING} [then|in total|altogether]`,
          `(I'm|I've|if I|it's|I've got) {batch} [so] how much ${ING} [then|in total|altogether]`,
          `how much ${ING} for {batch}`,
        ),
      },
    ],
  };
}
