import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getSlotValue } from '../../sdk';
import { Intent, Slot } from '../../intents';
import { internalChecks, kilograms, PLANNED_KG, scalesWithMain, type Ingredient } from '../../recipe';
import type { WeightSaid } from '../../speech/types';
import { readPendingWeight, writePendingWeight } from '../../state/pending-weight';
import type { Turn } from '../../turn/turn';
import { isIntent, type TurnHandle } from '../respond';
import { askContext, reply } from './common';

/** The weights the skill plans for (see PLANNED_KG): heavier than usual is confirmed first. */
const { least: LEAST_KG, usualMost: USUAL_MOST_KG, most: MOST_KG } = PLANNED_KG;

const SLOT_UNITS: Record<string, { unit: WeightSaid['unit']; plus?: number }> = {
  [Slot.Kilograms]: { unit: 'kg' },
  [Slot.Pounds]: { unit: 'lb' },
  [Slot.Grams]: { unit: 'g' },
  [Slot.KilogramsAndAHalf]: { unit: 'kg', plus: 0.5 },
  [Slot.PoundsAndAHalf]: { unit: 'lb', plus: 0.5 },
};

/** The weight the cook said, from whichever unit's slot holds a number ("2", or "2.5" if Alexa sent one). */
function weightSaid(h: HandlerInput): WeightSaid | undefined {
  for (const [slot, { unit, plus }] of Object.entries(SLOT_UNITS)) {
    const raw = getSlotValue(h.requestEnvelope, slot);
    if (!raw || !/^\d+(\.\d+)?$/.test(raw.trim())) continue;
    return { value: Number(raw) + (plus ?? 0), unit };
  }
  return undefined;
}

const kgOf = (said: WeightSaid) => kilograms(said.value, said.unit) ?? 0;

/** Keeps the weight (in kilograms, and as said) and speaks the rub for it. */
export function useWeight(h: HandlerInput, turn: Turn, said: WeightSaid): Response {
  const kg = Math.round(kgOf(said) * 1000) / 1000;
  turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, porkKg: kg, porkSaid: said } };
  const ctx = askContext(turn);
  const scaled = turn.recipe.ingredientGroups
    .filter((g) => g.scalesWithMain)
    .flatMap((g) => g.ingredients)
    .filter((i: Ingredient) => scalesWithMain(turn.recipe, i) || i.toTaste);
  const fixed = turn.recipe.ingredientGroups.filter((g) => !g.scalesWithMain);
  return reply(h, turn, turn.speech.scaled(ctx, said, scaled, fixed, internalChecks(turn.recipe)[0]), { kind: 'pork-size' });
}

/** "I have a two kilo pork belly": the rub for it, what stays, and the weight kept for later answers. */
export const PorkSizeHandler: TurnHandle = {
  handle(h, turn) {
    const said = weightSaid(h);
    if (!said) return reply(h, turn, turn.speech.badSize(askContext(turn)));
    const kg = kgOf(said);
    if (kg < LEAST_KG || kg > MOST_KG) return reply(h, turn, turn.speech.sizeOutOfReach(askContext(turn), said, kg > MOST_KG));
    if (kg > USUAL_MOST_KG) {
      writePendingWeight(h, said);
      return reply(h, turn, turn.speech.confirmSize(askContext(turn), said));
    }
    return useWeight(h, turn, said);
  },
};

/** "yes" or "no" to "Did you say 15 kilograms?", on the turn right after it was asked. */
export const ConfirmSizeHandler: TurnHandle = {
  handle(h, turn) {
    const pending = readPendingWeight(h);
    if (pending && isIntent(h, Intent.Yes)) return useWeight(h, turn, pending);
    return reply(h, turn, turn.speech.sizeNotKept(askContext(turn)));
  },
};

