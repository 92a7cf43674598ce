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
  const groups = recipe.ingredientGroups.map((g) => slotWords(g.name).trim().split(/\s+/).pop() ?? '');
  // One value per part, its other ways of saying it as synonyms (the schema wants at least one).
  const values = [
    ...groups.map((g) => ({ id: g, name: { value: `the ${g}`, synonyms: [g, `batch of ${g}`, `batch of the ${g}`] } })),
    { id: 'whole', name: { value: 'it', synonyms: ['the recipe', 'batch', 'the batch'] } },
    { id: 'main', name: { value: 'the pork', synonyms: ['the size', 'size piece', 'bellies', 'pieces'] } },
  ];
  const slot = (name: string) => ({ name, type: SlotType.Batch });
  const said = (words: string, name: string) => samples(`[I'm|if I] ${words} {${name}} [so] how much ${ING}`);
  return {
    types: [{ name: SlotType.Batch, values }],
    intents: [
      {
        name: Intent.IngredientAmount,
        slots: [slot(Slot.BatchDoubled), slot(Slot.BatchHalved), slot(Slot.BatchTripled), slot(Slot.BatchPieces)],
        samples: [
          ...said('(double|doubling|doubled|twice as much)', Slot.BatchDoubled),
          ...said('(half|halving|halved)', Slot.BatchHalved),
          ...said('(triple|tripling)', Slot.BatchTripled),
          ...samples(`(I've got|I have) two {${Slot.BatchPieces}} [so] how much ${ING}`),
          // The batch said after the amount (list P): "how much maple syrup for a double batch", "how much ginger if I halve it".
          ...samples(`how much ${ING} (for a double|if I double) {${Slot.BatchDoubled}}`, `how much ${ING} (for a half|if I halve) {${Slot.BatchHalved}}`),
          ...samples(`how much ${ING} (for a triple|if I triple) {${Slot.BatchTripled}}`),
        ],
      },
    ],
  };
}
