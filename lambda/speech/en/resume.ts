import { stepCount, type PlacedStep } from '../../recipe';
import type { AwayFacts, RunningAlert } from '../../state/away';
import { spokenMinutes } from '../quantities';
import { speakable } from '../text';
import { line, plural } from './common';
import type { Line, SpeechContext } from '../types';

const PLACE_UNKNOWN_REPROMPT = 'Try again in a minute, or ask me about the recipe.';

/** How many running timers and reminders the welcome names; more would bury the step. */
const ALERTS_NAMED = 2;

/** "about 12 hours", "2 days": how long ago the cook left off; nothing under an hour. */
function awayFor(minutes: number | undefined): string | undefined {
  if (minutes === undefined || minutes < 60) return undefined;
  const hours = Math.round(minutes / 60);
  if (hours < 36) return `about ${plural(hours, 'hour', 'hours')}`;
  return plural(Math.round(hours / 24), 'day', 'days');
}

/** "25 minutes", "about one and a half hours": what is left, to the quarter hour past an hour. */
function timeLeft(minutes: number): string {
  if (minutes < 60) return plural(minutes, 'minute', 'minutes');
  const quarters = Math.round(minutes / 15) * 15;
  return `about ${spokenMinutes({ min: quarters, max: quarters })}`;
}

function alertSentence(alert: RunningAlert, ctx: SpeechContext): string {
  const label = speakable(alert.label, ctx.system);
  return alert.kind === 'timer'
    ? `You have a timer running, ${label}, with ${timeLeft(alert.minutesLeft)} left.`
    : `You have a reminder set, ${label}, in ${timeLeft(alert.minutesLeft)}.`;
}

/** Sentences for a cook who comes back: where they were, how long ago, and what is still running. */
export const resume = {
  welcomeBack(ctx: SpeechContext, placed: PlacedStep, away: AwayFacts): Line {
    const parts = [`Welcome back. You were on step ${placed.number} of ${stepCount(ctx.recipe)}, the ${placed.phase.shortName}.`];
    const ago = awayFor(away.minutesAway);
    if (ago) parts.push(`You left off ${ago} ago.`);
    for (const alert of away.running.slice(0, ALERTS_NAMED)) parts.push(alertSentence(alert, ctx));
    parts.push('Say continue, or start over.');
    return line(parts.join(' '), 'Say continue to pick up where you left off, or start over.');
  },

  welcomeBackFinished(ctx: SpeechContext): Line {
    return line(
      `Welcome back. You finished ${ctx.recipe.title} last time. Would you like to start over?`,
      'Say start over to cook it again, or stop.',
    );
  },

  /**
   * Storage could not be read: the cook may have a place the skill cannot see just now, so the
   * skill neither greets a new cook nor offers to start (that would write over the place).
   */
  welcomePlaceUnknown(ctx: SpeechContext): Line {
    return line(
      `Welcome to ${ctx.recipe.title}. I can’t reach your saved place right now, so I’ll leave it as it is. ` +
        'Try again in a minute, or ask me anything about the recipe.',
      PLACE_UNKNOWN_REPROMPT,
    );
  },

  /** A turn that would move the cook, or change what is kept, while the saved place can't be read. */
  placeUnknown(): Line {
    return line('I can’t reach your saved place right now, so I won’t change it. Try again in a minute.', PLACE_UNKNOWN_REPROMPT);
  },
};
