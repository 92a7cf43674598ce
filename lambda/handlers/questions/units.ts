import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { ingredientById, ovenPlan, placedStepById, type Ingredient, type PlacedStep } from '../../recipe';
import { convertsFor, hasUnits } from '../../speech';
import { readTopic, type Topic } from '../../state/last-topic';
import { speechContext, type Turn } from '../../turn/turn';
import type { TurnHandle } from '../respond';
import { askContext, heardSlot, reply, unitAsked } from './common';
import { openFromSlot } from './open';
import type { UnitSystem } from '../../recipe';

/**
 * What "that" means: the last question, unless the cook has moved to another step since, in
 * which case it is the step they are on now (they heard "preheat to 275" and ask for Celsius).
 */
function thatTopic(h: HandlerInput, turn: Turn): Topic | undefined {
  const record = readTopic(h);
  const here = turn.cook.finished ? undefined : turn.cook.step;
  if (record && record.at === here) return record.topic;
  const placed = askContext(turn).placed;
  if (placed && hasUnits(placed.step.text)) return { kind: 'step-text', stepIds: [placed.step.id] };
  return record?.topic;
}

function convertTopic(h: HandlerInput, turn: Turn, topic: Topic, system: UnitSystem, unit: string | undefined): Response {
  const { recipe, speech } = turn;
  const ctx = askContext(turn, system);
  const own = { ...ctx, note: speech.unitsNote(false) };
  switch (topic.kind) {
    case 'oven-temp': {
      const settings = ovenPlan(recipe).filter((s) => topic.stepIds.includes(s.placed.step.id));
      const one = settings.length === 1 ? settings[0] : undefined;
      if (one) {
        const note = speech.ovenUnitsNote(one.alternative !== undefined && convertsFor(one.alternative, system));
        return reply(h, turn, speech.ovenNow({ ...ctx, note }, one), topic);
      }
      return reply(h, turn, settings.length ? speech.ovenPlan(own, settings) : speech.nothingToConvert(ctx), topic);
    }
    case 'internal-temp': {
      const checks = topic.stepIds.map((id) => placedStepById(recipe, id)).filter((s): s is PlacedStep => !!s);
      return reply(h, turn, speech.internal(own, checks), topic);
    }
    case 'amount': {
      const items = topic.ingredientIds.map((id) => ingredientById(recipe, id)).filter((i): i is Ingredient => !!i);
      if (items.length === 0) return reply(h, turn, speech.nothingToConvert(ctx));
      return reply(h, turn, speech.amountsInUnits(ctx, items, unit === 'g' || unit === 'kg' || unit === 'oz'), topic);
    }
    case 'step-text': {
      const steps = topic.stepIds.map((id) => placedStepById(recipe, id)).filter((s): s is PlacedStep => !!s);
      const text = steps.map((s) => s.step.text).join(' ');
      if (!hasUnits(text)) return reply(h, turn, speech.sameInAnyUnits(ctx, text), topic);
      return reply(h, turn, speech.stepInUnits(ctx, text, convertsFor(text, system)), topic);
    }
    case 'pork-size':
      return reply(h, turn, speech.sizeNow(ctx, true), topic);
  }
}

/** "what's that in Celsius", "how much is that in grams": the last answer again, in other units. */
export const ConvertUnitsHandler: TurnHandle = {
  handle(h, turn) {
    const asked = unitAsked(h);
    // Words that are no unit ("millilitres is a cup of maple syrup"): a question of its own, answered from the recipe.
    const own = asked.unit ? undefined : openFromSlot(h, turn, heardSlot(h, Slot.Unit), Intent.AskAmount);
    if (own) return own;
    // With no unit named, "in other units" means the system the cook is not hearing.
    const system = asked.system ?? (speechContext(turn).system === 'metric' ? 'imperial' : 'metric');
    const topic = thatTopic(h, turn);
    if (!topic) return reply(h, turn, turn.speech.nothingToConvert(askContext(turn, system)));
    return convertTopic(h, turn, topic, system, asked.unit);
  },
};

/** "use metric from now on": the cook's choice, kept with their state. */
export const SetUnitsHandler: TurnHandle = {
  handle(h, turn) {
    const { system } = unitAsked(h);
    if (!system) return reply(h, turn, turn.speech.whichUnits(askContext(turn)));
    turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, units: system } };
    return reply(h, turn, turn.speech.unitsSet(askContext(turn, system), ovenPlan(turn.recipe)[0]));
  },
};

