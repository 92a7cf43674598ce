import { allSteps, stepCount, summedTimings, type PlacedStep } from '../../recipe';
import { spokenMinutes } from '../quantities';
import { aboutHours, isLast, line, NEXT_REPROMPT, plural, START_REPROMPT, stepText } from './common';
import type { Line, SpeechContext } from '../types';

/** Sentences for walking the recipe: welcome, steps, moving around, help and goodbyes. */
export const walkthrough = {
  welcome(ctx: SpeechContext): Line {
    const { waitAhead, cooking } = summedTimings(ctx.recipe);
    // A recipe that gives no timings gets no length, rather than "about 0 minutes".
    const span =
      waitAhead.max > 0
        ? ` It spans two days: the skin dries in the fridge overnight, then ${aboutHours(cooking)} of cooking.`
        : cooking.max > 0
          ? ` It takes ${aboutHours(cooking)}.`
          : '';
    const asks = ctx.recipe.reasons.flatMap((r) => (r.intro ? [r.intro] : []));
    const why = asks.length ? ` To hear why it works, ask: ${asks.slice(0, -1).join(', ')}${asks.length > 1 ? ', or ' : ''}${asks[asks.length - 1]}.` : '';
    return line(
      `Welcome to ${ctx.recipe.title}.${span} Shall we start with step 1, or would you like the ingredients first?${why}`,
      START_REPROMPT,
    );
  },

  step(ctx: SpeechContext, placed: PlacedStep): Line {
    if (isLast(ctx, placed)) {
      return line(
        `${stepText(ctx, placed)} That’s the last step. Enjoy your ${ctx.recipe.title}!`,
        'That was the last step. Say repeat to hear it again, or start over.',
      );
    }
    return line(stepText(ctx, placed), NEXT_REPROMPT);
  },

  alreadyAtFirst(ctx: SpeechContext, placed: PlacedStep): Line {
    return line(`You’re already at the first step. ${stepText(ctx, placed)}`, NEXT_REPROMPT);
  },

  /**
   * A move by more steps than are left ("advance five steps" on step 23): said before the last step
   * is read, so the cook knows the move stopped at the end rather than where they counted.
   */
  movedToLast(asked: number, left: number): Line {
    return line(`There ${left === 1 ? 'is only 1 step' : `are only ${left} steps`} after this one, not ${asked}, so here is the last.`, NEXT_REPROMPT);
  },

  /** A move back by more steps than there are before ("go back five steps" on step 3): said before step 1 is read. */
  movedToFirst(asked: number, before: number): Line {
    return line(`There ${before === 1 ? 'is only 1 step' : `are only ${before} steps`} before this one, not ${asked}, so here is the first.`, NEXT_REPROMPT);
  },

  finished(ctx: SpeechContext): Line {
    return line(
      `That’s the end of ${ctx.recipe.title}: you’ve done every step. Would you like to start over?`,
      'Say start over to begin again, or stop.',
    );
  },

  notStarted(): Line {
    return line('You haven’t started the recipe yet. Say start to begin with step 1.', START_REPROMPT);
  },

  noSuchStep(ctx: SpeechContext, asked: number | undefined): Line {
    const total = stepCount(ctx.recipe);
    const which = asked === undefined ? 'Which step?' : `There’s no step ${asked}.`;
    return line(`${which} Say a step number from 1 to ${total}.`, `Say go to step, and a number from 1 to ${total}.`);
  },

  /** A step asked for by what it says ("go back to the bit about ..."), when no step says that. */
  noStepSays(ctx: SpeechContext): Line {
    const parts = ctx.recipe.phases.map((p) => p.shortName).join(', ');
    return line(
      `I couldn’t find a step that says that. Say a step number from 1 to ${stepCount(ctx.recipe)}, or a part: ${parts}.`,
      `Say, for example, go to the ${ctx.recipe.phases[0]?.shortName ?? 'start'}.`,
    );
  },

  unknownPart(ctx: SpeechContext): Line {
    const parts = ctx.recipe.phases.map((p) => p.shortName).join(', ');
    return line(
      `I didn’t catch which part. The parts are: ${parts}. Which one?`,
      `Say, for example, go to the ${ctx.recipe.phases[0]?.shortName ?? 'start'}.`,
    );
  },

  where(ctx: SpeechContext, placed: PlacedStep): Line {
    const left = stepCount(ctx.recipe) - placed.number;
    const after = left === 0 ? 'It’s the last step.' : `${plural(left, 'step', 'steps')} left after this one.`;
    return line(
      `You’re on step ${placed.number} of ${stepCount(ctx.recipe)}, in the ${placed.phase.shortName}. ${after}`,
      NEXT_REPROMPT,
    );
  },

  overview(ctx: SpeechContext): Line {
    const steps = allSteps(ctx.recipe);
    const parts = ctx.recipe.phases.map((p, i) => {
      const count = steps.filter((s) => s.phaseIndex === i).length;
      return `${i + 1}, ${p.shortName}, ${plural(count, 'step', 'steps')}`;
    });
    const { waitAhead, cooking } = summedTimings(ctx.recipe);
    const ahead = waitAhead.max > 0 ? `The drying takes ${spokenMinutes(waitAhead)}, the day before. ` : '';
    return line(
      `${ctx.recipe.title} has ${plural(ctx.recipe.phases.length, 'part', 'parts')}: ${parts.join('; ')}. ` +
        `${ahead}On the day, cooking takes ${aboutHours(cooking)}.`,
      'Say start, or go to a part by name.',
    );
  },

  help(ctx: SpeechContext, placed: PlacedStep | undefined): Line {
    const where = placed ? `You’re on step ${placed.number} of ${stepCount(ctx.recipe)}. ` : '';
    return line(
      `${where}Say next, go back, or repeat. You can jump with go to step 2, or go to the ` +
        `${ctx.recipe.phases[Math.floor(ctx.recipe.phases.length / 2)]?.shortName ?? 'start'}. ` +
        'Ask where am I, or for the overview.',
      placed ? NEXT_REPROMPT : START_REPROMPT,
    );
  },

  fallback(ctx: SpeechContext, placed: PlacedStep | undefined): Line {
    return line(
      `Sorry, I can’t help with that. I walk you through ${ctx.recipe.title} step by step: ` +
        'say next, go back, repeat, or where am I.',
      placed ? NEXT_REPROMPT : START_REPROMPT,
    );
  },

  goodbye(placed: PlacedStep | undefined): Line {
    const keep = placed ? `I’ve kept your place at step ${placed.number}. ` : '';
    return line(`${keep}Happy cooking!`, '');
  },

  paused(placed: PlacedStep | undefined): Line {
    const keep = placed ? `Paused at step ${placed.number}. ` : 'Paused. ';
    return line(`${keep}Open the skill again when you’re ready and say continue.`, '');
  },

  notNow(placed: PlacedStep | undefined): Line {
    return placed
      ? line(`Okay. You’re on step ${placed.number}. Say next when you’re ready.`, NEXT_REPROMPT)
      : line('Okay. Say start whenever you’re ready, or ask for the ingredients.', START_REPROMPT);
  },

  error(placed: PlacedStep | undefined): Line {
    const keep = placed ? `You’re still on step ${placed.number}. Say repeat to hear it again.` : 'Say start to begin.';
    return line(`Sorry, something went wrong on my side. ${keep}`, placed ? NEXT_REPROMPT : START_REPROMPT);
  },
};
