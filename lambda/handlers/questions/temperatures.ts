import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { internalChecks, lastOvenStep, ovenPlan, type OvenSetting } from '../../recipe';
import { type Turn } from '../../turn/turn';
import { phaseFromSlot } from '../navigation';
import type { TurnHandle } from '../respond';
import { askContext, heardSlot, reply, unitAsked } from './common';
import { openFromSlot } from './open';

const ovenTopic = (settings: readonly OvenSetting[]) => ({ kind: 'oven-temp', stepIds: settings.map((s) => s.placed.step.id) }) as const;

/**
 * The oven for where the cook is: the setting of their phase, what is coming before the oven is
 * on, what it was once it is done; every setting with its phase before they start.
 */
export function answerOven(h: HandlerInput, turn: Turn, settings: readonly OvenSetting[], ctx = askContext(turn)): Response {
  const { speech } = turn;
  if (settings.length === 0) return reply(h, turn, speech.noOven(ctx));
  const asked = phaseFromSlot(h, turn, Slot.Phase);
  if (asked) {
    const own = settings.filter((s) => s.placed.phase.id === asked.id);
    if (own[0]) return reply(h, turn, speech.ovenNow(ctx, own[0]), ovenTopic(own));
    return reply(h, turn, speech.ovenNotInPhase(ctx, asked, settings), ovenTopic(settings));
  }
  const placed = ctx.placed;
  if (!placed) return reply(h, turn, speech.ovenPlan(ctx, settings), ovenTopic(settings));
  // Past the last step that uses the oven (the pork is out and resting), its work is done.
  const last = lastOvenStep(turn.recipe);
  if (last && placed.index > last.index) return reply(h, turn, speech.ovenDone(ctx, settings), ovenTopic(settings));
  const here = settings.find((s) => s.placed.phase.id === placed.phase.id);
  if (here) return reply(h, turn, speech.ovenNow(ctx, here), ovenTopic([here]));
  const ahead = settings.filter((s) => s.placed.index > placed.index);
  if (ahead.length) return reply(h, turn, speech.ovenAhead(ctx, ahead), ovenTopic(ahead));
  return reply(h, turn, speech.ovenDone(ctx, settings), ovenTopic(settings));
}

export const OvenTemperatureHandler: TurnHandle = {
  handle(h, turn) {
    // "the temperature for the oven, no, the meat inside": words meant after a correction that name no
    // part are the cook's own question about temperature, not the oven's.
    const heard = heardSlot(h, Slot.Phase);
    if (heard.corrected && !phaseFromSlot(h, turn, Slot.Phase)) {
      const own = openFromSlot(h, turn, heard, Intent.AskTemperature);
      if (own) return own;
    }
    // "what is the oven temperature in celsius": in the scale the cook named.
    return answerOven(h, turn, ovenPlan(turn.recipe), askContext(turn, unitAsked(h).system));
  },
};

export const InternalTemperatureHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const checks = internalChecks(recipe);
    return reply(h, turn, speech.internal(askContext(turn, unitAsked(h).system), checks), { kind: 'internal-temp', stepIds: checks.map((c) => c.step.id) });
  },
};

