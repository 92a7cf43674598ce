import type { RequestHandler } from 'ask-sdk-core';
import { Intent, Slot } from '../../intents';
import { adviceIn, byName, closestProblem, problemById, problemNames, problems, problemsOfPhase } from '../../recipe';
import { turnOf } from '../../state/turn';
import { isIntent } from '../respond';
import { askContext, reply, resolveSlot } from './common';

/**
 * "my crackling is soft": the recipe's advice for the problem, as it stands in the cook's phase.
 * A problem it doesn't name gets the nearest advice by its words, or what the recipe covers.
 */
export const TroubleshootHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Troubleshoot),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const ctx = askContext(h);
    const phase = ctx.placed?.phase;
    const { found, heard } = resolveSlot(
      h,
      Slot.Problem,
      (id) => problemById(recipe, id),
      (words) => byName(problems(recipe), problemNames, words),
    );
    const entry = found[0];
    if (entry) return reply(h, speech.problem(ctx, entry, adviceIn(entry, phase?.id)));
    const near = heard.words ? closestProblem(recipe, heard.words) : undefined;
    if (near) return reply(h, speech.nearestProblem(ctx, near, adviceIn(near, phase?.id)));
    const own = problemsOfPhase(recipe, phase?.id);
    return reply(h, speech.unknownProblem(ctx, own.length ? phase : undefined, own.length ? own : problems(recipe)));
  },
};

export const troubleshootingHandlers: readonly RequestHandler[] = [TroubleshootHandler];
