import type { MomentRole } from '../../plan';
import { stepCount, type Ingredient, type PlacedStep } from '../../recipe';
import { spokenMeasure, writtenMeasure, type Amount } from '../quantities';
import { line, NEXT_REPROMPT, START_REPROMPT, stepText } from './common';
import type { Line, SpeechContext } from '../types';

/**
 * What the Echo Show screens say when touched, and every word they show. The screens' own
 * labels are written words, not speech, but they live here so that a locale's table holds all
 * of its words.
 */
export const screens = {
  /** A touch on an ingredient: how much of it, in the cook's units (and scaled, when they told us). */
  howMuch(ctx: SpeechContext, ingredient: Ingredient, amount: Amount | undefined, placed: PlacedStep | undefined): Line {
    const reprompt = placed ? NEXT_REPROMPT : START_REPROMPT;
    const swaps = (ingredient.alternatives ?? [])
      .filter((a) => a.quantity)
      .map((a) => ` ${capitalised(a.reason ?? 'instead')}, use ${spokenMeasure(a.quantity!.value, a.quantity!.unit)} of ${a.name} instead.`);
    const extra = `${ingredient.optional ? ' It’s optional.' : ''}${swaps.join('')}`;
    if (!amount) {
      const said = ingredient.measureWords ?? (ingredient.toTaste ? 'to taste' : 'as much as you like');
      return line(`${capitalised(ingredient.name)}: ${said}.${extra}`, reprompt);
    }
    return line(`You need ${spokenMeasure(amount.value, amount.measure)} of ${ingredient.name}.${extra}`, reprompt);
  },

  /** A touch from a screen older than where the cook is: nothing moves; their step is shown again. */
  staleTouch(ctx: SpeechContext, placed: PlacedStep): Line {
    return line(`That screen was out of date, so I kept your place. ${stepText(ctx, placed)}`, NEXT_REPROMPT);
  },

  /** A touch the skill does not know (a newer screen, or a damaged event). */
  unknownTouch(ctx: SpeechContext, placed: PlacedStep | undefined, finished: boolean): Line {
    // A cook past the last step has no "next" to say: the way on is to start over or stop.
    if (finished) return line(`Sorry, I can’t do that from here. You’ve finished ${ctx.recipe.title}. Say start over, or stop.`, 'Say start over, or stop.');
    return placed
      ? line(`Sorry, I can’t do that from here. You’re on step ${placed.number}. Say next when you’re ready.`, NEXT_REPROMPT)
      : line('Sorry, I can’t do that from here. Say start to begin.', START_REPROMPT);
  },

  /** Every word the screens show; amounts and step texts come from the recipe as written. */
  screenText: {
    back: 'Back',
    repeat: 'Repeat',
    next: 'Next',
    start: 'Start cooking',
    startOver: 'Start over',
    ingredients: 'Ingredients',
    backToStep: (n: number) => `Back to step ${n}`,
    stepOf: (ctx: SpeechContext, placed: PlacedStep) => `Step ${placed.number} of ${stepCount(ctx.recipe)}`,
    careful: 'Careful',
    tip: 'Tip',
    oven: 'oven',
    inside: 'inside the meat',
    optional: 'optional',
    toTaste: 'to taste',
    timers: 'Timers',
    endsAt: 'ends',
    /** "Amounts for 2 kg pork belly" when the cook told us their weight. */
    scaledFor: (amount: Amount, name: string) => `Amounts for ${writtenMeasure(amount.value, amount.measure)} ${name}`,
    /** How the device writes a clock time (APL `Time.format`), and the halves of the day. */
    clock: { format: 'h:mm', am: 'AM', pm: 'PM' },
    /** The plan's timeline: its title, the line under it, and what happens at each moment. */
    planTitle: (dinner: string) => `Dinner at ${dinner}`,
    planHeading: (spareMinutes: number) => `Every wait at its long end: up to ${spareMinutes} min spare`,
    planRoles: {
      fridge: 'Prepped and in the fridge to dry',
      fan: 'Patted very dry, in front of a fan',
      out: 'Out of the fridge; oven on',
      in: 'Into the oven',
      check: 'Check the temperature',
      finish: 'Hot finish',
      eat: 'Dinner',
    } as Record<MomentRole, string>,
  },
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
