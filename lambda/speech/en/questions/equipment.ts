import type { Equipment, Mention, PlacedStep } from '../../../recipe';
import { speakable } from '../../text';
import { answer, firstSentence, listOf, sentence, stepNumbers, withArticle } from './context';
import { mentionSentence } from './ingredients';
import type { AskContext, Line } from '../../types';

function named(e: Equipment, withPurpose: boolean): string {
  return `${withArticle(e.name)}${withPurpose && e.purpose ? `, ${e.purpose}` : ''}`;
}

/** Sentences for questions about equipment. */
export const equipmentAnswers = {
  equipmentList(ctx: AskContext): Line {
    if (ctx.recipe.equipment.length === 0) return answer(ctx, 'The recipe lists no special equipment.');
    return answer(ctx, `You’ll need ${listOf(ctx.recipe.equipment.map((e) => named(e, true)))}.`);
  },

  /** One piece (or several of the same name) with where the recipe uses it. */
  equipmentAbout(ctx: AskContext, items: readonly { equipment: Equipment; steps: readonly PlacedStep[] }[]): Line {
    const one = items[0];
    if (items.length !== 1 || !one) {
      return answer(ctx, `The recipe uses ${items.length} of those: ${listOf(items.map((i) => named(i.equipment, true)))}.`);
    }
    const { equipment, steps } = one;
    let use = '';
    if (steps.length === 1 && steps[0]) {
      use = ` It’s used at step ${steps[0].number}: ${sentence(firstSentence(speakable(steps[0].step.text, ctx.system)))}`;
    } else if (steps.length > 1) {
      use = ` It’s used at ${stepNumbers(steps)}.`;
    }
    return answer(ctx, `The recipe lists ${named(equipment, true)}.${use}`);
  },

  whichEquipment(ctx: AskContext): Line {
    return answer(ctx, `Which piece? For example, ask: do I need ${withArticle(ctx.recipe.equipment[0]?.name ?? 'knife')}.`);
  },

  equipmentNotListed(ctx: AskContext, mention: Mention | undefined): Line {
    if (mention) return answer(ctx, `That isn’t on the equipment list, but ${mentionSentence(ctx, mention).replace(/^./, (c) => c.toLowerCase())}`);
    const names = ctx.recipe.equipment.map((e) => withArticle(e.name));
    return answer(ctx, `That isn’t on the equipment list. You’ll need ${listOf(names)}.`);
  },
};
