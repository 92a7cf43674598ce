import { speakable } from '../../text';
import { answer } from './context';
import type { AskContext, Line } from '../../types';

/** A thing's own name with "the" before it, unless it is already a phrase that starts a clause ("the skin doesn't puff", "you want..."). */
function theName(ctx: AskContext, name: string): string {
  const said = speakable(name, ctx.system);
  return /^(the|a|an|you|it|its|it’s|it's)\b/i.test(said) ? said : `the ${said}`;
}

/** Sentences for questions answered from the recipe's facts, and for words that fit two things. */
export const openAnswers = {
  /** Two recipe things fit the cook's words about as well: ask which, naming both. */
  whichOf(ctx: AskContext, first: string, second: string): Line {
    return answer(ctx, `Which do you mean: ${theName(ctx, first)}, or ${theName(ctx, second)}?`);
  },
};
