import { internalChecks, withinRecipeWeight } from '../../../recipe';
import { thermometerSentence } from './size';
import type { PlacedStep, Range } from '../../../recipe';
import { spokenMinutes } from '../../quantities';
import { speakable } from '../../text';
import { answer, firstSentence, listOf, sentence } from './context';
import type { AskContext, Line, Schedule } from '../../types';

/** "about 3 hours", "about 25 minutes": the middle of a range, as a cook plans with it. */
function about(range: Range): string {
  const middle = (range.min + range.max) / 2;
  const rounded = middle >= 60 ? Math.round((middle / 60) * 2) * 30 : Math.max(5, Math.round(middle / 5) * 5);
  return `about ${spokenMinutes({ min: rounded, max: rounded })}`;
}


/** Sentences for "how long" questions. */
export const timingAnswers = {
  /** A timed step, in its own words ("Roast for 2 to two and a half hours."). */
  timedStep(ctx: AskContext, placed: PlacedStep): Line {
    const which = ctx.placed?.index === placed.index ? '' : ` That’s step ${placed.number}.`;
    // A roast checked by thermometer, for a piece outside the recipe's weight: the thermometer decides.
    const check = internalChecks(ctx.recipe).find((c) => c.phase.id === placed.phase.id);
    const outside = ctx.mainKg !== undefined && !withinRecipeWeight(ctx.recipe, ctx.mainKg);
    const thermometer = outside && placed.step.ovenTemp ? thermometerSentence(ctx, check) : '';
    return answer(ctx, `${sentence(firstSentence(speakable(placed.step.text, ctx.system)))}${which}${thermometer}`);
  },

  noTimeHere(ctx: AskContext, placed: PlacedStep, next: PlacedStep | undefined): Line {
    const ahead = next
      ? ` The next timed step is step ${next.number}: ${sentence(firstSentence(speakable(next.step.text, ctx.system)))}`
      : '';
    return answer(ctx, `Step ${placed.number} has no set time.${ahead}`);
  },

  schedule(ctx: AskContext, s: Schedule): Line {
    const left = s.left ? ` From your step, ${about(s.left)} to go.` : '';
    if (s.waitAhead.max === 0) return answer(ctx, `It takes ${about(s.cooking)}: ${listOf(s.dayTwo)}.${left}`);
    return answer(
      ctx,
      `It spans two days. Day one: ${listOf(s.dayOne)}, with ${spokenMinutes(s.waitAhead)} of waiting overnight; ` +
        `day two, ${about(s.cooking)} of cooking: ${listOf(s.dayTwo)}.${left}`,
    );
  },

  whichWait(ctx: AskContext, waits: readonly PlacedStep[]): Line {
    const names = waits.map((w) => w.step.duration?.label ?? '').filter(Boolean);
    return answer(ctx, `Which wait? The recipe times ${listOf(names)}.`);
  },
};
