import type { Ingredient, IngredientGroup } from '../../../recipe';
import { spokenMeasure, type Measure } from '../../quantities';
import { speakable } from '../../text';
import { amountOf, answer, listOf, weightWords } from './context';
import type { AskContext, Line } from '../../types';

/** Sentences for the cook's own pork belly size. */
export const sizeAnswers = {
  /** The scaled amounts for the weight the cook said, and what does not scale. */
  scaled(ctx: AskContext, said: { value: number; measure: Measure }, scaled: readonly Ingredient[], fixedGroups: readonly IngredientGroup[]): Line {
    // "a 2 kilogram pork belly": the unit is said in the singular before a noun.
    const weight = spokenMeasure({ min: said.value, max: said.value }, said.measure).replace(/s$/, '');
    const amounts = listOf(scaled.map((i) => amountOf(ctx, i)));
    const names = fixedGroups.map((g) => speakable(g.name, ctx.system));
    const fixed = names.length ? `The ${listOf(names)} stays as written, and cooking times don’t change` : 'Cooking times don’t change';
    return answer(
      ctx,
      `For a ${weight} pork belly, use ${amounts}. ${fixed}: they follow the thickness, not the weight. ` +
        'I’ll use your weight from now on.',
    );
  },

  sizeNow(ctx: AskContext): Line {
    return ctx.mainKg === undefined
      ? answer(ctx, 'You haven’t told me the weight of your pork belly.')
      : answer(ctx, `Your pork belly is about ${weightWords(ctx, ctx.mainKg)}.`);
  },

  badSize(ctx: AskContext): Line {
    return answer(ctx, 'I didn’t catch a weight I can use. Say it with its unit, like: I have a two kilo pork belly.');
  },
};
