import type { PlacedStep, Reason } from '../../../recipe';
import { speakable } from '../../text';
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

  /** A technique in the step's own words, with its first warning. */
  howTo(ctx: AskContext, placed: PlacedStep): Line {
    const warning = placed.step.warnings?.[0];
    const careful = warning ? ` Careful: ${sentence(speakable(warning, ctx.system))}` : '';
    return answer(ctx, `Step ${placed.number}: ${sentence(speakable(placed.step.text, ctx.system))}${careful}`);
  },

  howToUnknown(ctx: AskContext, example: string | undefined): Line {
    const ask = example ? ` Ask, for example: how do I ${example}.` : '';
    return answer(ctx, `The recipe doesn’t describe that.${ask}`);
  },
};
