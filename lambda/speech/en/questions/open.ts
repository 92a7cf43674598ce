import type { OvenSetting, PlacedStep } from '../../../recipe';
import { spokenMeasure, spokenTemperature } from '../../quantities';
import { speakable } from '../../text';
import { answer, sentence } from './context';
import type { AskContext, Line, WeightSaid } from '../../types';
import { weightAdjective } from '../weights';

/** A thing's own name with "the" before it, unless it is already a phrase that starts a clause ("the skin doesn't puff", "you want..."). */
function theName(ctx: AskContext, name: string): string {
  const said = speakable(name, ctx.system);
  return /^(the|a|an|you|it|its|it\u2019s|it's)\b/i.test(said) ? said : `the ${said}`;
}

const degrees = (value: number, unit: 'F' | 'C') => spokenMeasure({ min: value, max: value }, unit);

/** A gas mark as the figure's nearest, hedged: ovens differ, and past mark 9 a gas oven has no setting. */
function gasMarkWords(mark: { readonly mark: number; readonly over: boolean }): string {
  return mark.over ? `gas mark ${mark.mark}, the hottest, or use the grill` : `about gas mark ${mark.mark}`;
}

/** Sentences for questions answered from the recipe's facts, and for words that fit two things. */
export const openAnswers = {
  /** Two recipe things fit the cook's words about as well: ask which, naming both. */
  whichOf(ctx: AskContext, first: string, second: string): Line {
    return answer(ctx, `Which do you mean: ${theName(ctx, first)}, or ${theName(ctx, second)}?`);
  },

  /** A sentence of the recipe, said with the step it is from. */
  fromStep(ctx: AskContext, placed: PlacedStep, text: string): Line {
    const where = ctx.placed?.index === placed.index ? 'This step says' : `Step ${placed.number} says`;
    return answer(ctx, `${where}: ${sentence(speakable(text, ctx.system))}`);
  },

  /** A temperature the cook said, in the other scale; the recipe's own figure when it is one of the recipe's. */
  temperatureIn(ctx: AskContext, value: number, from: 'F' | 'C', to: 'F' | 'C', converted: number, mark?: { mark: number; over: boolean }): Line {
    const gas = mark ? `, ${gasMarkWords(mark)}` : '';
    return answer(ctx, `${sentence(`${degrees(value, from)} is ${degrees(converted, to)}${gas}`)}`);
  },

  /** An oven setting of the recipe as a gas mark, with its own figures. */
  gasMark(ctx: AskContext, setting: OvenSetting, mark: { mark: number; over: boolean }): Line {
    return answer(ctx, `For the ${setting.placed.phase.shortName}, ${spokenTemperature(setting.temp, 'imperial')}, ${spokenTemperature(setting.temp, 'metric')}: ${gasMarkWords(mark)}.`);
  },

  /** Said after the answer to a question that gave the pork belly's weight along the way. */
  weightKept(said: WeightSaid): string {
    return `I’ll use your ${weightAdjective(said)} pork belly for the amounts.`;
  },

  /** Nothing in the recipe fits well: said honestly, with what can be asked here. */
  openUnknown(ctx: AskContext): Line {
    return answer(ctx, 'I can’t find that in the recipe. You can ask how much of an ingredient, how long, what temperature, why, or what to do if something goes wrong.');
  },
};
