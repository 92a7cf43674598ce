import type { PlacedStep, Reason } from '../../../recipe';
import { speakable } from '../../text';
import { briefTips } from '../common';
import { answer, listOf, sentence } from './context';
import type { AskContext, Line } from '../../types';

/** Sentences for "why" and "how do I" questions. */
export const techniqueAnswers = {
  why(ctx: AskContext, reason: Reason): Line {
    return answer(ctx, speakable(reason.text, ctx.system));
  },

  whyUnknown(ctx: AskContext): Line {
    const topics = ctx.recipe.reasons.map((r) => speakable(r.topic, ctx.system));
    if (topics.length === 0) return answer(ctx, 'The recipe doesn’t explain its reasons.');
    return answer(ctx, `The recipe doesn’t say why. It explains ${listOf(topics)}. Which one?`);
  },

  /** A technique in the step's own words, with its warnings and tips. */
  howTo(ctx: AskContext, placed: PlacedStep): Line {
    const parts = [
      `Step ${placed.number}: ${sentence(speakable(placed.step.text, ctx.system))}`,
      ...(placed.step.warnings ?? []).map((w) => `Careful: ${sentence(speakable(w, ctx.system))}`),
    ];
    const tips = (placed.step.tips ?? []).map((t) => `Tip: ${sentence(speakable(t, ctx.system))}`);
    return answer(ctx, [...parts, ...briefTips(parts, tips)].join(' '));
  },

  /** A phase's method: where it runs, then its first step, which the cook walks from. */
  method(ctx: AskContext, steps: readonly PlacedStep[]): Line {
    const first = steps[0];
    const last = steps[steps.length - 1];
    if (!first || !last) return answer(ctx, '');
    return answer(
      ctx,
      `The ${first.phase.shortName} is steps ${first.number} to ${last.number}. Step ${first.number}: ${sentence(speakable(first.step.text, ctx.system))}`,
    );
  },

  howToUnknown(ctx: AskContext, example: string | undefined): Line {
    const ask = example ? ` Ask, for example: how do I ${example}.` : '';
    return answer(ctx, `The recipe doesn’t describe that.${ask}`);
  },
};
