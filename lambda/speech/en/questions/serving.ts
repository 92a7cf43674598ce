import type { Variation } from '../../../recipe';
import { speakable } from '../../text';
import { answer, sentence } from './context';
import type { AskContext, Line } from '../../types';

/** Sentences for variations, pairing and serving. */
export const servingAnswers = {
  variations(ctx: AskContext, variations: readonly Variation[]): Line {
    if (variations.length === 0) return answer(ctx, 'The recipe gives no variations.');
    const each = variations.map((v) => `${speakable(v.name, ctx.system)}: ${sentence(speakable(v.text, ctx.system))}`);
    return answer(ctx, each.join(' '));
  },

  pairing(ctx: AskContext): Line {
    return answer(ctx, sentence(speakable(ctx.recipe.pairing, ctx.system)));
  },

  serviceTip(ctx: AskContext): Line {
    return answer(ctx, sentence(speakable(ctx.recipe.serviceTip, ctx.system)));
  },
};
