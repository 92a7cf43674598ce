import { sharesOf, type Ingredient, type OvenSetting } from '../../../recipe';
import { convertMeasure, spokenMeasure, spokenTemperature, systemOf, toMillilitres } from '../../quantities';
import { speakable } from '../../text';
import { amountOf, answer, capital, listOf, quantityFor, quantityWords, sentence, weightWords } from './context';
import type { AskContext, Line } from '../../types';
import type { UnitSystem } from '../../../recipe';

const SYSTEM_NAMES: Record<UnitSystem, string> = { metric: 'metric, with Celsius', imperial: 'imperial, with Fahrenheit' };

/** One ingredient in the cook's chosen units, and whether that took a standard conversion. */
function inUnits(ctx: AskContext, i: Ingredient): { text: string; converted: boolean; volume: boolean } {
  if (i.id === ctx.recipe.mainIngredientId && ctx.mainKg !== undefined) {
    return { text: `your ${i.name}, about ${weightWords(ctx, ctx.mainKg)}`, converted: ctx.system === 'imperial', volume: false };
  }
  // At a step that takes a share of it ("the remaining 2 teaspoons on the skin"), that share is what was said.
  const placed = ctx.placed;
  const share = placed && sharesOf(ctx.recipe, i, ctx.mainKg).find((s) => s.share.stepId === placed.step.id);
  const q = share?.quantity ?? quantityFor(ctx, i);
  if (!q) return { text: amountOf(ctx, i), converted: false, volume: false };
  const here = share ? 'at this step, ' : '';
  const ml = ctx.system === 'metric' ? toMillilitres(q.value, q.unit) : undefined;
  // A share's answer says the whole too: "how many millilitres of oil in total" at the step that takes a teaspoon.
  const whole = share && quantityFor(ctx, i);
  const wholeMl = whole && toMillilitres(whole.value, whole.unit);
  const inAll = whole && wholeMl ? `; ${quantityWords(whole)} in all is about ${spokenMeasure(wholeMl, 'ml')}` : '';
  if (ml) return { text: `${here}${quantityWords(q)} of ${i.name} is about ${spokenMeasure(ml, 'ml')}${inAll}`, converted: true, volume: true };
  const own = systemOf(q.unit);
  if (own && own !== ctx.system) {
    const c = convertMeasure(q.value, q.unit, ctx.system);
    return { text: `${spokenMeasure(c.value, c.measure)} of ${i.name}`, converted: true, volume: false };
  }
  return { text: amountOf(ctx, i), converted: false, volume: false };
}

/** Sentences for units: answers given again in other units, and the cook's choice of units. */
export const unitAnswers = {
  /** Said after an answer given again in other units, before the hand-back. */
  unitsNote(converted: boolean): string {
    return converted ? 'That’s a standard conversion.' : 'That’s the recipe’s own figure.';
  },

  /** The same for an oven setting, whose temperature the recipe gives in both units but not always its other measures. */
  ovenUnitsNote(convertedOthers: boolean): string {
    return convertedOthers
      ? 'The temperature is the recipe’s own figure; the other measures are standard conversions.'
      : 'That’s the recipe’s own figure.';
  },

  /** Amounts in other units: the seed's metric figures where it has them, standard conversions elsewhere. */
  amountsInUnits(ctx: AskContext, items: readonly Ingredient[], wantsWeight: boolean): Line {
    const rows = items.map((i) => inUnits(ctx, i));
    const converted = rows.some((r) => r.converted);
    const byVolume = wantsWeight && rows.some((r) => r.volume) ? ' The recipe measures it by volume, so it gives no weight.' : '';
    return answer(
      { ...ctx, note: undefined },
      `${sentence(capital(listOf(rows.map((r) => r.text))))} ${unitAnswers.unitsNote(converted)}${byVolume}`,
    );
  },

  /** A step's own text in the cook's chosen units. */
  stepInUnits(ctx: AskContext, text: string, converted: boolean): Line {
    return answer({ ...ctx, note: undefined }, `${sentence(speakable(text, ctx.system))} ${unitAnswers.unitsNote(converted)}`);
  },

  sameInAnyUnits(ctx: AskContext, text: string): Line {
    return answer(ctx, `That’s the same in any units: ${sentence(speakable(text, ctx.system))}`);
  },

  nothingToConvert(ctx: AskContext): Line {
    return answer(ctx, 'Ask me for an amount or a temperature first, then say: what’s that in Celsius.');
  },

  unitsSet(ctx: AskContext, example: OvenSetting | undefined): Line {
    const shown = example ? ` For example, the ${example.placed.phase.shortName} is ${spokenTemperature(example.temp, ctx.system)}.` : '';
    return answer(ctx, `Okay: ${SYSTEM_NAMES[ctx.system]}, from now on.${shown}`);
  },

  whichUnits(ctx: AskContext): Line {
    return answer(ctx, 'Which units? Say metric, or imperial.');
  },
};
