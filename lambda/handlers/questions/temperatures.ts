import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { internalChecks, ovenPlan, type OvenSetting } from '../../recipe';
import { turnOf } from '../../state/turn';
import { phaseFromSlot } from '../navigation';
import { isIntent } from '../respond';
import { askContext, reply } from './common';

const ovenTopic = (settings: readonly OvenSetting[]) => ({ kind: 'oven-temp', stepIds: settings.map((s) => s.placed.step.id) }) as const;

/**
 * The oven for where the cook is: the setting of their phase, what is coming before the oven is
 * on, what it was once it is done; every setting with its phase before they start.
 */
export function answerOven(h: HandlerInput, settings: readonly OvenSetting[], ctx = askContext(h)): Response {
  const { speech } = turnOf(h);
  if (settings.length === 0) return reply(h, speech.noOven(ctx));
  const asked = phaseFromSlot(h, Slot.Phase);
  if (asked) {
    const own = settings.filter((s) => s.placed.phase.id === asked.id);
    if (own[0]) return reply(h, speech.ovenNow(ctx, own[0]), ovenTopic(own));
    return reply(h, speech.ovenNotInPhase(ctx, asked, settings), ovenTopic(settings));
  }
  const placed = ctx.placed;
  if (!placed) return reply(h, speech.ovenPlan(ctx, settings), ovenTopic(settings));
  const here = settings.find((s) => s.placed.phase.id === placed.phase.id);
  if (here) return reply(h, speech.ovenNow(ctx, here), ovenTopic([here]));
  const ahead = settings.filter((s) => s.placed.index > placed.index);
  if (ahead.length) return reply(h, speech.ovenAhead(ctx, ahead), ovenTopic(ahead));
  return reply(h, speech.ovenDone(ctx, settings), ovenTopic(settings));
}

export const OvenTemperatureHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.OvenTemperature),
  handle: (h) => answerOven(h, ovenPlan(turnOf(h).recipe)),
};

export const InternalTemperatureHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.InternalTemperature),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const checks = internalChecks(recipe);
    return reply(h, speech.internal(askContext(h), checks), { kind: 'internal-temp', stepIds: checks.map((c) => c.step.id) });
  },
};

export const temperatureHandlers: readonly RequestHandler[] = [OvenTemperatureHandler, InternalTemperatureHandler];
