import { allIngredients, heldToLimit, internalChecks, stepCount, withinRecipeWeight, type PlacedStep } from '../../recipe';
import { stepTextFor } from '../cook-text';
import { spokenMinutes } from '../quantities';
import type { Line, SpeechContext } from '../types';
import { speakable } from '../text';

/**
 * What every English table shares: the line shape, the standard reprompts, and how a step is
 * spoken with its landmark. Each capability's sentences live in their own file beside this one.
 */


export const NEXT_REPROMPT = 'Say next when you’re ready, or repeat to hear it again.';
export const START_REPROMPT = 'Say start to begin, or ingredients to hear what you need.';

export function line(prompt: string, reprompt: string): Line {
  return { prompt, reprompt };
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * "about 3 hours": the middle of a range, rounded to a half hour a cook can plan with; a range too
 * short to round to one ("2 to 3 minutes") is said as it is.
 */
export function aboutHours(range: { min: number; max: number }): string {
  const hours = Math.round(((range.min + range.max) / 2 / 60) * 2) / 2;
  if (hours === 0) return spokenMinutes(range);
  return `about ${spokenMinutes({ min: hours * 60, max: hours * 60 })}`;
}

/**
 * "Step 7 of 25, low and slow roast: ..." with its warnings and tips, briefly; amounts the step
 * names are the cook's own, and a limit held for a larger piece says to spread it thinly.
 */
export function stepText(ctx: SpeechContext, placed: PlacedStep): string {
  const { step, phase } = placed;
  const text = stepTextFor(ctx.recipe, step, ctx.mainKg);
  const parts = [`Step ${placed.number} of ${stepCount(ctx.recipe)}, ${phase.shortName}: ${speakable(text, ctx.system)}`];
  for (const w of step.warnings ?? []) parts.push(`Careful: ${speakable(w, ctx.system)}`);
  const held = allIngredients(ctx.recipe).filter((i) => step.ingredientIds?.includes(i.id) && heldToLimit(ctx.recipe, i, ctx.mainKg));
  if (held.length && step.warnings?.length) parts.push('Your pork belly is larger than the recipe’s, so spread it thinly.');
  // The recipe times only its own size: a timed roast for another size goes by the thermometer.
  const check = internalChecks(ctx.recipe).find((c) => c.phase.id === phase.id && c.index > placed.index);
  if (check && step.ovenTemp && step.duration && ctx.mainKg !== undefined && !withinRecipeWeight(ctx.recipe, ctx.mainKg)) {
    parts.push(`Your pork belly isn’t the recipe’s size, so go by the thermometer at step ${check.number}, not the clock.`);
  }
  const tips = (step.tips ?? []).map((t) => `Tip: ${speakable(t, ctx.system)}`);
  return [...parts, ...briefTips(parts, tips)].join(' ');
}

/** A step longer than this with its tips offers them in a few words instead ("For a tip, say more."). */
export const STEP_WORDS = 40;

const wordCount = (parts: readonly string[]) => parts.join(' ').split(/\s+/).filter(Boolean).length;

/**
 * A step's optional tips: spoken while the step stays short, else offered in a few words; the
 * safety warnings are among the parts, always spoken. "more" reads the tips (handlers/conversation).
 */
export function briefTips(parts: readonly string[], tips: readonly string[]): readonly string[] {
  if (tips.length === 0 || wordCount([...parts, ...tips]) <= STEP_WORDS) return tips;
  return [tips.length === 1 ? 'For a tip, say more.' : 'For tips, say more.'];
}


export function isLast(ctx: SpeechContext, placed: PlacedStep): boolean {
  return placed.number === stepCount(ctx.recipe);
}


/**
 * The words after an answer that hand the cook back to their step: in full at first, shorter once
 * they have said next, then none once they have shown they know it; none after the last step.
 */
export function handBack(placed: PlacedStep | undefined, nexts: number, total: number): string {
  if (!placed) return ' When you’re ready, say start.';
  if (placed.number === total || nexts >= 2) return '';
  return nexts === 1 ? ' Say next to go on.' : ' When you’re ready, say next.';
}
