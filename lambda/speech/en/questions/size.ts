import { sharesOf, heldToLimit, withinRecipeWeight, type Ingredient, type IngredientGroup, type PlacedStep } from '../../../recipe';
import { spokenTemperature } from '../../quantities';
import { speakable } from '../../text';
import type { AskContext, Line, WeightSaid } from '../../types';
import { articleFor, weightAdjective, weightAlone } from '../weights';
import { amountOf, answer, capital, listOf, quantityWords, recipeMainWeight, weightWords } from './context';

/**
 * "2½ tablespoons of neutral oil, 2½ teaspoons on the meat side and 5 teaspoons on the skin";
 * "half a teaspoon of baking soda, the most at any size, spread thinly".
 */
function withShares(ctx: AskContext, i: Ingredient): string {
  const shares = sharesOf(ctx.recipe, i, ctx.mainKg);
  if (heldToLimit(ctx.recipe, i, ctx.mainKg)) return `${amountOf(ctx, i)}, the most at any size, spread thinly`;
  if (shares.length === 0) return amountOf(ctx, i);
  const each = shares.map((s) => `${quantityWords(s.quantity)} ${s.share.use}`);
  return `${amountOf(ctx, i)}, ${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}`;
}

/** "go by the thermometer: about 150 to 155 degrees Fahrenheit inside at step 14, as the recipe’s times are for 3 to 4 pounds". */
function byThermometer(ctx: AskContext, check: PlacedStep | undefined): string {
  const t = check?.step.internalTemp;
  if (!t || !check) return '';
  const size = recipeMainWeight(ctx, ctx.recipe) ?? 'the recipe’s own size';
  return (
    `go by the thermometer: ${t.about ? 'about ' : ''}${spokenTemperature(t, ctx.system)} inside at step ${check.number}, ` +
    `as the recipe’s times are for ${size}`
  );
}

/** The recipe's times are for its own size: for another, the thermometer decides. */
export function thermometerSentence(ctx: AskContext, check: PlacedStep | undefined): string {
  const go = byThermometer(ctx, check);
  return go ? ` For your piece, ${go}.` : '';
}

/** Sentences for the cook's own pork belly size. */
export const sizeAnswers = {
  /** The amounts for the weight the cook said, what does not scale, and how to time it. */
  scaled(
    ctx: AskContext,
    said: WeightSaid,
    scaled: readonly Ingredient[],
    fixedGroups: readonly IngredientGroup[],
    check: PlacedStep | undefined,
  ): Line {
    const weight = weightAdjective(said);
    const amounts = listOf(scaled.map((i) => withShares(ctx, i)));
    const names = fixedGroups.map((g) => speakable(g.name, ctx.system));
    const fixed = names.length ? `The ${listOf(names)} stays as written, and ` : '';
    const keep = ' I’ll use your weight from now on.';
    // Three sentences at most: the amounts, what stays and how to time it, and that the weight is kept.
    if (ctx.mainKg !== undefined && withinRecipeWeight(ctx.recipe, ctx.mainKg)) {
      const size = recipeMainWeight(ctx, ctx.recipe) ?? 'its own size';
      return answer(
        ctx,
        `${capital(articleFor(weight))} ${weight} pork belly is the recipe’s own size, ${size}, so use its amounts as written: ` +
          `${amounts}. ${capital(`${fixed}the times are the recipe’s, too.`)}${keep}`,
      );
    }
    const timing = byThermometer(ctx, check);
    const rest = timing ? ` ${capital(`${fixed}for the timing, ${timing}.`)}` : fixed ? ` ${capital(fixed.replace(/, and $/, '.'))}` : '';
    return answer(ctx, `For ${articleFor(weight)} ${weight} pork belly, use ${amounts}.${rest}${keep}`);
  },

  /** The cook's weight: as they said it, or in the units they asked for (`converted`), about. */
  sizeNow(ctx: AskContext, converted = false): Line {
    if (ctx.mainKg === undefined) return answer(ctx, 'You haven’t told me the weight of your pork belly.');
    const said = converted ? undefined : ctx.mainSaid;
    return answer(ctx, `Your pork belly is ${said ? weightAlone(said) : `about ${weightWords(ctx, ctx.mainKg)}`}.`);
  },

  badSize(ctx: AskContext): Line {
    return answer(ctx, 'I didn’t catch a weight I can use. Say it with its unit, like: I have a two kilo pork belly.');
  },

  /** A weight heavier than pork belly is sold: said back before anything is scaled to it. */
  confirmSize(_ctx: AskContext, said: WeightSaid): Line {
    const weight = weightAlone(said);
    return {
      prompt: `Did you say ${weight}? That’s more than a pork belly usually weighs. Say yes to use it, or tell me the weight again.`,
      reprompt: `Say yes to use ${weight}, or tell me your pork belly’s weight again.`,
    };
  },

  /** A weight the skill will not plan for, said back so the cook knows what was heard. */
  sizeOutOfReach(ctx: AskContext, said: WeightSaid, tooHeavy: boolean): Line {
    const which = tooHeavy ? 'more' : 'less';
    return answer(ctx, `${capital(weightAlone(said))} is ${which} than I can plan for. Tell me the weight again, like: I have a two kilo pork belly.`);
  },

  /** "no" to the confirmation: nothing kept. */
  sizeNotKept(ctx: AskContext): Line {
    const kept = ctx.mainKg === undefined ? 'I’ll keep the recipe’s own amounts.' : 'I’ll keep the weight you gave before.';
    return answer(ctx, `Okay, I won’t use it. ${kept} Tell me the weight again whenever you like.`);
  },
};
