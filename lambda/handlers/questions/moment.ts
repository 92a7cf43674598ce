import { allSteps, type PlacedStep, type Recipe } from '../../recipe';
import type { TurnHandle } from '../respond';
import { askContext, reply } from './common';

/** The steps where the recipe says how to tell it is done: by thermometer or by eye. */
function checks(recipe: Recipe): readonly PlacedStep[] {
  const all = allSteps(recipe).filter((s) => s.step.internalTemp || s.step.doneWhen);
  // One check per look: consecutive steps that judge the same thing by eye are one check.
  return all.filter((s, n) => !(s.step.doneWhen && all[n - 1]?.step.doneWhen === s.step.doneWhen && all[n - 1]?.index === s.index - 1));
}

/**
 * "is it done": at the roast, the thermometer's target (the check follows the roast); at the
 * finish, the skin as the recipe describes it; at a plain wait, its time; every check before
 * the cook starts.
 */
export const IsItDoneHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const placed = ctx.placed;
    if (!placed) return reply(h, turn, speech.doneChecks(ctx, checks(recipe)));
    const steps = allSteps(recipe);
    const next = steps[placed.index + 1];
    const check = placed.step.internalTemp ? placed : placed.step.duration && next?.step.internalTemp ? next : undefined;
    // The wait the check follows: its time is how a cook without a thermometer knows.
    const timed = check && steps[check.index - 1]?.step.duration ? steps[check.index - 1] : undefined;
    if (check) return reply(h, turn, speech.doneByThermometer(ctx, check, steps[check.index + 1], timed), { kind: 'internal-temp', stepIds: [check.step.id] });
    if (placed.step.doneWhen) return reply(h, turn, speech.doneBySight(ctx, placed));
    if (placed.step.duration) return reply(h, turn, speech.doneByTime(ctx, placed), { kind: 'step-text', stepIds: [placed.step.id] });
    return reply(h, turn, speech.nothingToCheck(ctx, placed, checks(recipe).find((c) => c.index > placed.index)));
  },
};

/**
 * "what do I do while it rests": the wait at the cook's step (or the one right after it), and the
 * step the recipe does meanwhile (the glaze while the pork rests), or nothing hands-on till it's up.
 */
export const WhileWaitingHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const steps = allSteps(recipe);
    const placed = ctx.placed;
    const wait = [placed, placed && steps[placed.index + 1]].find((s) => s?.step.duration?.kind === 'passive');
    if (!wait) return reply(h, turn, speech.noWaitHere(ctx, placed));
    const during = steps[wait.index + 1];
    // The steps up to the next wait that runs during this one are the ones done meanwhile.
    const nextWait = steps.slice(wait.index + 1).find((s) => s.step.duration);
    if (during && nextWait?.step.duration?.overlapsPrevious) return reply(h, turn, speech.meanwhile(ctx, during), { kind: 'step-text', stepIds: [during.step.id] });
    return reply(h, turn, speech.nothingMeanwhile(ctx, wait), { kind: 'step-text', stepIds: [wait.step.id] });
  },
};

