import type { Alternative, Ingredient, PlacedStep, Shortcut } from '../../recipe';
import { spokenQuantity } from '../quantities';
import { speakable } from '../text';
import type { AskContext, Line, SpeechContext } from '../types';
import { NEXT_REPROMPT } from './common';
import { answer, sentence } from './questions/context';

/**
 * What the skill says to a cook who narrates rather than asks (lambda/facts/statement.ts): a step
 * done is acknowledged before the next step is read; a step skipped says what the recipe allows
 * instead; a statement that is only about the step says how the recipe tells it is done. The step
 * read after an acknowledgement is the walkthrough's own (navigation's speakStep).
 */
export const statements = {
  /** "i brushed it all on": said before the next step. */
  stepDone(_ctx: SpeechContext, placed: PlacedStep): Line {
    return { prompt: `Good, that’s step ${placed.number} done.`, reprompt: NEXT_REPROMPT };
  },

  /** A step skipped with nothing the recipe says about it: said before the step gone to. */
  stepSkipped(_ctx: SpeechContext, placed: PlacedStep, to: PlacedStep | undefined): Line {
    const leaving = to && to.phase.id !== placed.phase.id && placed.phase.steps.length > 1 ? `the ${placed.phase.shortName}` : `step ${placed.number}`;
    return { prompt: `Fine, we’ll skip ${leaving}.`, reprompt: NEXT_REPROMPT };
  },

  /** "i'm leaving out the ginger": the recipe makes it optional (or to taste). */
  skipOptional(ctx: SpeechContext, ingredient: Ingredient): Line {
    const kind = ingredient.optional ? 'optional' : 'to taste';
    return { prompt: `Fine: the ${speakable(ingredient.name, ctx.system)} is ${kind}.`, reprompt: NEXT_REPROMPT };
  },

  /** "i'm using oil not butter": the recipe's own swap, with its amount or reason when it gives one. */
  skipSwap(ctx: SpeechContext, ingredient: Ingredient, alternative: Alternative): Line {
    const how = alternative.quantity ? `: ${spokenQuantity(alternative.quantity)}` : alternative.reason ? `, ${speakable(alternative.reason, ctx.system)}` : '';
    return { prompt: `Fine, ${speakable(alternative.name, ctx.system)} instead of the ${speakable(ingredient.name, ctx.system)}${how}.`, reprompt: NEXT_REPROMPT };
  },

  /** "i'm doing the fan method instead": the wait's quicker way, as the recipe says it, with its cost. */
  skipShortcut(ctx: SpeechContext, shortcut: Shortcut): Line {
    const cost = shortcut.caveat ? ` It’s ${speakable(shortcut.caveat, ctx.system)}.` : '';
    return { prompt: `Fine, the quicker way then: ${speakable(shortcut.text, ctx.system)}.${cost}`, reprompt: NEXT_REPROMPT };
  },

  /** "i'm going with the broiler": the oven's other setting, as the recipe gives it. */
  skipOven(ctx: SpeechContext, alternative: string): Line {
    return { prompt: `Fine: ${speakable(alternative, ctx.system)}.`, reprompt: NEXT_REPROMPT };
  },

  /** An oven that can't reach the step's heat: the other setting the recipe gives. */
  ovenShort(ctx: AskContext, alternative: string): Line {
    return answer(ctx, `Then use the recipe’s other setting: ${speakable(alternative, ctx.system)}.`);
  },

  /** A statement about the step that doesn't say it is done: how the recipe tells it is, or what the step says. */
  stepCue(ctx: AskContext, placed: PlacedStep): Line {
    const { step } = placed;
    if (step.doneWhen) return answer(ctx, `Step ${placed.number} is done when ${speakable(step.doneWhen, ctx.system)}.`);
    return answer(ctx, `Step ${placed.number} says: ${sentence(speakable(step.text, ctx.system))}`);
  },
};
