import type { HandlerInput } from 'ask-sdk-core';
import { getSlotValue } from '../../sdk';
import { Intent, Slot } from '../../intents';
import { scalesWithMain, type Ingredient } from '../../recipe';
import type { Measure } from '../../speech';
import { isIntent, type TurnHandler } from '../respond';
import { askContext, reply } from './common';

/** The smallest and largest pork belly the skill will scale to, in kilograms. */
const MIN_KG = 0.25;
const MAX_KG = 15;

const PER_KG: Record<string, { measure: Measure; kg: number; plus?: number }> = {
  [Slot.Kilograms]: { measure: 'kg', kg: 1 },
  [Slot.Pounds]: { measure: 'lb', kg: 0.45359237 },
  [Slot.Grams]: { measure: 'g', kg: 0.001 },
  [Slot.KilogramsAndAHalf]: { measure: 'kg', kg: 1, plus: 0.5 },
  [Slot.PoundsAndAHalf]: { measure: 'lb', kg: 0.45359237, plus: 0.5 },
};

/** The weight the cook said, from whichever unit's slot holds a number ("2", or "2.5" if Alexa sent one). */
function weightSaid(h: HandlerInput): { value: number; measure: Measure; kg: number } | undefined {
  for (const [slot, unit] of Object.entries(PER_KG)) {
    const raw = getSlotValue(h.requestEnvelope, slot);
    if (!raw || !/^\d+(\.\d+)?$/.test(raw.trim())) continue;
    const value = Number(raw) + (unit.plus ?? 0);
    return { value, measure: unit.measure, kg: value * unit.kg };
  }
  return undefined;
}

/** "I have a two kilo pork belly": the rub scaled to it, what stays, and the weight kept for later answers. */
export const PorkSizeHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.PorkSize),
  handle(h, turn) {
    const said = weightSaid(h);
    if (!said || said.kg < MIN_KG || said.kg > MAX_KG) return reply(h, turn, turn.speech.badSize(askContext(turn)));
    turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, porkKg: Math.round(said.kg * 1000) / 1000 } };
    const ctx = askContext(turn);
    const scaled = turn.recipe.ingredientGroups
      .filter((g) => g.scalesWithMain)
      .flatMap((g) => g.ingredients)
      .filter((i: Ingredient) => scalesWithMain(turn.recipe, i) || i.toTaste);
    const fixed = turn.recipe.ingredientGroups.filter((g) => !g.scalesWithMain);
    return reply(h, turn, turn.speech.scaled(ctx, said, scaled, fixed), { kind: 'pork-size' });
  },
};

export const sizeHandlers: readonly TurnHandler[] = [PorkSizeHandler];
