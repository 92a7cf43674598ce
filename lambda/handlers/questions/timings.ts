import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { minutesFrom, stepsWithDuration, summedTimings } from '../../recipe';
import { type Turn } from '../../turn/turn';
import type { TurnHandle } from '../respond';
import { askContext, askWhich, reply, resolveSlot } from './common';
import { openFromSlot } from './open';

/** The two days (or one) of the recipe, by phase, with the time still ahead of the cook. */
function schedule(h: HandlerInput, turn: Turn): Response {
  const { recipe, speech } = turn;
  const ctx = askContext(turn);
  const lastAhead = recipe.phases.map((p) => p.ahead === true).lastIndexOf(true);
  const names = recipe.phases.map((p) => `the ${p.shortName}`);
  const { waitAhead, cooking } = summedTimings(recipe);
  return reply(
    h,
    turn,
    speech.schedule(ctx, {
      dayOne: names.slice(0, lastAhead + 1),
      dayTwo: names.slice(lastAhead + 1),
      waitAhead,
      cooking,
      left: ctx.placed ? minutesFrom(recipe, ctx.placed.index) : undefined,
    }),
  );
}

/** "how long": the named wait, or the cook's own step, or the schedule before they start. */
export const HowLongHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const waits = stepsWithDuration(recipe);
    const { found, heard, which } = resolveSlot(h, turn, Slot.Timing, 'wait');
    if (which) return askWhich(h, turn, which);
    const named = found[0];
    if (named) return reply(h, turn, speech.timedStep(ctx, named), { kind: 'step-text', stepIds: [named.step.id] });
    if (heard.words) return openFromSlot(h, turn, heard, Intent.AskTime) ?? reply(h, turn, speech.whichWait(ctx, waits));
    const placed = ctx.placed;
    if (!placed) return schedule(h, turn);
    if (placed.step.duration) return reply(h, turn, speech.timedStep(ctx, placed), { kind: 'step-text', stepIds: [placed.step.id] });
    const next = waits.find((w) => w.index > placed.index);
    return reply(h, turn, speech.noTimeHere(ctx, placed, next), next ? { kind: 'step-text', stepIds: [next.step.id] } : undefined);
  },
};

export const TotalTimeHandler: TurnHandle = {
  handle: schedule,
};

