import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { ingredientById, ovenPlan, placedStepById, type Ingredient, type PlacedStep } from '../../recipe';
import { convertsFor, hasUnits, type UnitSystem } from '../../speech';
import { readTopic, type Topic } from '../../state/last-topic';
import { speechContext, turnOf } from '../../state/turn';
import { isIntent } from '../respond';
import { askContext, heardSlot, reply } from './common';

/** The unit ids of the MeasureUnit slot type, by the system they belong to. */
const METRIC_UNITS = ['C', 'kg', 'g', 'ml', 'cm', 'metric'];
const IMPERIAL_UNITS = ['F', 'lb', 'oz', 'inch', 'imperial'];

function unitAsked(h: HandlerInput): { system?: UnitSystem; unit?: string } {
  const unit = heardSlot(h, Slot.Unit).ids[0];
  if (unit && METRIC_UNITS.includes(unit)) return { system: 'metric', unit };
  if (unit && IMPERIAL_UNITS.includes(unit)) return { system: 'imperial', unit };
  return {};
}

/**
 * What "that" means: the last question, unless the cook has moved to another step since, in
 * which case it is the step they are on now (they heard "preheat to 275" and ask for Celsius).
 */
function thatTopic(h: HandlerInput): Topic | undefined {
  const turn = turnOf(h);
  const record = readTopic(h);
  const here = turn.cook.finished ? undefined : turn.cook.step;
  if (record && record.at === here) return record.topic;
  const placed = askContext(h).placed;
  if (placed && hasUnits(placed.step.text)) return { kind: 'step-text', stepIds: [placed.step.id] };
  return record?.topic;
}

function convertTopic(h: HandlerInput, topic: Topic, system: UnitSystem, unit: string | undefined): Response {
  const { recipe, speech } = turnOf(h);
  const ctx = askContext(h, system);
  const own = { ...ctx, note: speech.unitsNote(false) };
  switch (topic.kind) {
    case 'oven-temp': {
      const settings = ovenPlan(recipe).filter((s) => topic.stepIds.includes(s.placed.step.id));
      const one = settings.length === 1 ? settings[0] : undefined;
      if (one) {
        const note = speech.ovenUnitsNote(one.alternative !== undefined && convertsFor(one.alternative, system));
        return reply(h, speech.ovenNow({ ...ctx, note }, one), topic);
      }
      return reply(h, settings.length ? speech.ovenPlan(own, settings) : speech.nothingToConvert(ctx), topic);
    }
    case 'internal-temp': {
      const checks = topic.stepIds.map((id) => placedStepById(recipe, id)).filter((s): s is PlacedStep => !!s);
      return reply(h, speech.internal(own, checks), topic);
    }
    case 'amount': {
      const items = topic.ingredientIds.map((id) => ingredientById(recipe, id)).filter((i): i is Ingredient => !!i);
      if (items.length === 0) return reply(h, speech.nothingToConvert(ctx));
      return reply(h, speech.amountsInUnits(ctx, items, unit === 'g' || unit === 'kg' || unit === 'oz'), topic);
    }
    case 'step-text': {
      const steps = topic.stepIds.map((id) => placedStepById(recipe, id)).filter((s): s is PlacedStep => !!s);
      const text = steps.map((s) => s.step.text).join(' ');
      if (!hasUnits(text)) return reply(h, speech.sameInAnyUnits(ctx, text), topic);
      return reply(h, speech.stepInUnits(ctx, text, convertsFor(text, system)), topic);
    }
    case 'pork-size':
      return reply(h, speech.sizeNow(ctx), topic);
  }
}

/** "what's that in Celsius", "how much is that in grams": the last answer again, in other units. */
export const ConvertUnitsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.ConvertUnits),
  handle(h) {
    const asked = unitAsked(h);
    // With no unit named, "in other units" means the system the cook is not hearing.
    const system = asked.system ?? (speechContext(h).system === 'metric' ? 'imperial' : 'metric');
    const topic = thatTopic(h);
    if (!topic) return reply(h, turnOf(h).speech.nothingToConvert(askContext(h, system)));
    return convertTopic(h, topic, system, asked.unit);
  },
};

/** "use metric from now on": the cook's choice, kept with their state. */
export const SetUnitsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.SetUnits),
  handle(h) {
    const turn = turnOf(h);
    const { system } = unitAsked(h);
    if (!system) return reply(h, turn.speech.whichUnits(askContext(h)));
    turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, units: system } };
    return reply(h, turn.speech.unitsSet(askContext(h, system), ovenPlan(turn.recipe)[0]));
  },
};

export const unitHandlers: readonly RequestHandler[] = [ConvertUnitsHandler, SetUnitsHandler];
