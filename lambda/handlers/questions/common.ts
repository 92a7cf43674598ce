import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { writeTopic, type Topic } from '../../state/last-topic';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { AskContext, Line } from '../../speech/types';
import type { UnitSystem } from '../../recipe';
import { vocabularyFor, wordsOf, type Named } from '../../vocabulary';
import { Slot } from '../../intents';
import { heardSlot } from '../slots';
export { heardPhrase, heardSlot, resolveSlot, type SlotHeard, type SlotThings } from '../slots';

/** The speech context of a question: the cook's place and what they told us, never changed by asking. */
export function askContext(turn: Turn, system?: UnitSystem): AskContext {
  const base = speechContext(turn);
  return {
    ...base,
    system: system ?? base.system,
    placed: turn.cook.finished ? undefined : currentStep(turn),
    finished: turn.cook.finished,
    nexts: turn.talk?.nexts ?? 0,
    mainKg: turn.cook.prefs.porkKg,
    // The first of two answers in one turn hands back nothing: the second does (two-questions.ts).
    ...(turn.firstOfTwo ? { bare: true } : {}),
  };
}

/** Speaks an answer, remembering what it was about (as ids) for "what's that in Celsius". */
export function reply(h: HandlerInput, turn: Turn, line: Line, topic?: Topic): Response {
  if (topic) writeTopic(h, topic, turn.cook.step);
  return say(h, line);
}

/** "Which do you mean: the kosher salt, or the fine sea salt?": both things a cook's words fit, by their own names. */
export function askWhich<T>(h: HandlerInput, turn: Turn, which: readonly [Named<T>, Named<T>]): Response {
  return reply(h, turn, turn.speech.whichOf(askContext(turn), which[0].names[0] ?? which[0].id, which[1].names[0] ?? which[1].id));
}

/** The unit ids of the MeasureUnit slot type, by the system they belong to; the recipe's cups and spoons are its own (US) measures. */
const METRIC_UNITS = ['C', 'kg', 'g', 'ml', 'cm', 'metric'];
const IMPERIAL_UNITS = ['F', 'lb', 'oz', 'inch', 'imperial', 'spoons'];

/** The units the cook named in the Unit slot, and their system. */
export function unitAsked(h: HandlerInput): { system?: UnitSystem; unit?: string } {
  // The model's match, else the cook's own words after a correction ("celsius no fahrenheit sorry" is Fahrenheit).
  const heard = heardSlot(h, Slot.Unit);
  const said = heard.corrected && heard.words ? wordsOf(heard.words).join(' ') : undefined;
  const unit = heard.ids[0] ?? Object.entries(vocabularyFor().units).find(([, words]) => said !== undefined && words.includes(said))?.[0];
  if (unit && METRIC_UNITS.includes(unit)) return { system: 'metric', unit };
  if (unit && IMPERIAL_UNITS.includes(unit)) return { system: 'imperial', unit };
  return {};
}
