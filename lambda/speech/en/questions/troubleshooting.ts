import type { Phase, Troubleshooting } from '../../../recipe';
import { speakable } from '../../text';
import { answer, listOf, sentence } from './context';
import type { AskContext, Line } from '../../types';

/** Sentences for problems. */
export const troubleshootingAnswers = {
  problem(ctx: AskContext, entry: Troubleshooting, advice: string): Line {
    // Something to do at once comes first, before any "if".
    if (entry.urgent && advice === entry.advice) return answer(ctx, sentence(speakable(advice, ctx.system)));
    return answer(ctx, `If ${speakable(entry.problem, ctx.system)}: ${sentence(speakable(advice, ctx.system))}`);
  },

  /** A problem the recipe doesn't name, answered with the nearest advice it has. */
  nearestProblem(ctx: AskContext, entry: Troubleshooting, advice: string): Line {
    return answer(
      ctx,
      `The recipe doesn’t cover exactly that. The nearest it has: if ${speakable(entry.problem, ctx.system)}, ` +
        `${sentence(speakable(advice, ctx.system)).replace(/^./, (c) => c.toLowerCase())}`,
    );
  },

  /** Nothing near: what the recipe does cover, for the cook's phase when it has any. */
  unknownProblem(ctx: AskContext, phase: Phase | undefined, entries: readonly Troubleshooting[]): Line {
    if (entries.length === 0) return answer(ctx, 'The recipe doesn’t cover that, and has no troubleshooting notes.');
    const where = phase ? ` For the ${phase.shortName}, it` : ' It';
    const list = listOf(entries.map((e) => speakable(e.problem, ctx.system)));
    return answer(ctx, `The recipe doesn’t cover that.${where} has advice for when ${list}. Is it one of those?`);
  },
};
