import { stepCount, timedSteps, type PlacedStep, type Range } from '../../recipe';
import { secondsAsName, spokenRemaining, spokenSeconds } from '../clock';
import { spokenMinutes } from '../quantities';
import { speakable } from '../text';
import { aboutHours, line, NEXT_REPROMPT, stepText, plural, START_REPROMPT } from './common';
import type { AlertKind, AlertProblem, HeardTimer, HeardWait, Line, SpeechContext, TimerAction } from '../types';

/**
 * Sentences for timers and reminders. Labels and announcements are plain strings (Alexa shows the
 * label and speaks the announcement when the timer rings); everything the cook hears in the
 * conversation is a `Line`.
 */


const TIMER_LIMIT = 'an Alexa timer can run for at most 2 hours';

/**
 * Words said back to the cook (a timer name Alexa heard, a label) are cut to this many characters:
 * a slot value or a label can be thousands of characters, and Alexa refuses speech over 8,000.
 */
export const ECHO_MAX = 60;
/** How many timers and reminders "how much time is left" names one by one; the rest are counted. */
export const LISTED_MAX = 5;

/** What was heard or named, cut at a word boundary to at most `ECHO_MAX` characters. */
function echo(text: string): string {
  if (text.length <= ECHO_MAX) return text;
  const cut = text.slice(0, ECHO_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return (space > ECHO_MAX / 2 ? cut.slice(0, space) : cut.slice(0, ECHO_MAX)).trimEnd();
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The reprompt that fits where the cook is. */
function onward(placed: PlacedStep | undefined): string {
  return placed ? NEXT_REPROMPT : START_REPROMPT;
}

/** "You're still on step 14." when the cook has a place, so a failure never loses it. */
function place(placed: PlacedStep | undefined): string {
  return placed ? ` You’re still on step ${placed.number}.` : '';
}

function names(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

function orNames(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
}

function recipeTimerNames(ctx: SpeechContext): string[] {
  return timedSteps(ctx.recipe).map((s) => `the ${s.step.duration.label}`);
}

const VERB: Record<TimerAction, string> = { set: 'set', check: 'check', cancel: 'cancel', pause: 'pause', resume: 'resume' };

export const timers = {
  /** The label of a timer the cook set by length: "10 minute", as in "the 10 minute timer". */
  plainTimerLabel(seconds: number): string {
    return secondsAsName(seconds);
  },

  /** What Alexa says when a timer rings. */
  timerAnnouncement(ctx: SpeechContext, wait: HeardWait, fromStep: boolean): string {
    if (!fromStep) return `Your ${wait.label} timer is done.`;
    const check = wait.check ? ` ${speakable(wait.check, ctx.system)}` : '';
    return `${capital(wait.label)} timer is done.${check}`;
  },

  /**
   * What Alexa says when a recipe wait's timer rings and offers the skill back: "%s" is where Alexa
   * says "continue with" the skill, as the Timers API requires.
   */
  timerLaunchConfirm(ctx: SpeechContext, wait: HeardWait): string {
    const check = wait.check ? ` ${speakable(wait.check, ctx.system)}` : '';
    return `${capital(wait.label)} timer is done.${check} Would you like to %s?`;
  },

  /** The skill opened from a recipe wait's timer: what rang, then the check step. */
  taskLaunched(ctx: SpeechContext, label: string, placed: PlacedStep): Line {
    return line(`Your ${label} timer is done. ${stepText(ctx, placed)}`, NEXT_REPROMPT);
  },

  /**
   * A recipe wait's timer set, the first time one will offer the skill back when it rings: the
   * platform wants the cook's own yes to that, so it is asked once, and a no is kept.
   */
  stepTimerSetAskingBringBack(ctx: SpeechContext, wait: HeardWait, placed: PlacedStep | undefined): Line {
    const ask = `When it rings, Alexa will offer to bring you back to ${ctx.recipe.title}. Is that okay?`;
    return line(`${timers.stepTimerSet(ctx, wait, placed).prompt} ${ask}`, ask);
  },

  /** Yes to being brought back: what to do when the timer rings. */
  bringBackKept(placed: PlacedStep | undefined): Line {
    return line('Good. When it rings, say yes, and I’ll pick up at the check.', onward(placed));
  },

  /** No to being brought back: this timer and the next ones just say what to check. */
  bringBackDeclined(placed: PlacedStep | undefined): Line {
    return line('All right. When a recipe timer rings, Alexa will just tell you what to check, and won’t offer to bring you back.', onward(placed));
  },

  /** What Alexa says when a reminder rings. */
  reminderText(ctx: SpeechContext, wait: HeardWait, fromStep: boolean): string {
    if (!fromStep) return `Time’s up: this is the ${wait.label} reminder you set with ${ctx.recipe.title}.`;
    const check = wait.check ? ` ${speakable(wait.check, ctx.system)}` : '';
    return `${ctx.recipe.title}: the ${wait.label} is done.${check}`;
  },

  stepTimerSet(ctx: SpeechContext, wait: HeardWait, placed: PlacedStep | undefined): Line {
    const set = spokenSeconds(wait.seconds);
    const range = wait.minutes;
    const check = wait.check ? ` When it rings: ${speakable(wait.check, ctx.system)}` : '';
    if (range && wait.asked) {
      // The cook's own length: set as asked, with the recipe's for them to weigh.
      return line(`${capital(wait.label)} timer set for ${set}, as you asked. The recipe says ${spokenMinutes(range)}.${check}`, onward(placed));
    }
    if (range && range.max > range.min && wait.seconds >= range.max * 60) {
      // Asked for the longest the recipe says: no further timer to offer.
      return line(`The recipe says ${spokenMinutes(range)}, so I set the ${wait.label} timer for the longest time, ${set}.${check}`, onward(placed));
    }
    if (range && range.max > range.min) {
      const more = spokenMinutes({ min: range.max - range.min, max: range.max - range.min });
      return line(
        `The recipe says ${spokenMinutes(range)}, so I set the ${wait.label} timer for the shortest time, ${set}.${check} ` +
          `If it needs longer, ask me for another timer of up to ${more}.`,
        onward(placed),
      );
    }
    return line(`${capital(wait.label)} timer set for ${set}.${check}`, onward(placed));
  },

  plainTimerSet(seconds: number, placed: PlacedStep | undefined): Line {
    return line(`Timer set for ${spokenSeconds(seconds)}.`, onward(placed));
  },

  /** A wait longer than a timer may run became a reminder; `at` is the clock time when known. */
  reminderSet(ctx: SpeechContext, wait: HeardWait, at: string | undefined, fromStep: boolean, placed: PlacedStep | undefined): Line {
    const when = `${spokenSeconds(wait.seconds)} from now${at ? `, at ${at}` : ''}`;
    const why = fromStep && wait.minutes
      ? `The ${wait.label} takes ${spokenMinutes(wait.minutes)}, and ${TIMER_LIMIT},`
      : 'That’s longer than the 2 hours an Alexa timer can run,';
    const says = fromStep && wait.check ? ` It will say: ${speakable(wait.check, ctx.system)}` : '';
    return line(`${why} so I set a reminder instead, for ${when}.${says}`, onward(placed));
  },

  noWaitHere(ctx: SpeechContext, placed: PlacedStep | undefined): Line {
    const which = placed ? `Step ${placed.number} of ${stepCount(ctx.recipe)} has no wait to time.` : 'Which timer?';
    return line(
      `${which} I can time ${orNames(recipeTimerNames(ctx))}, or say, for example, set a timer for 10 minutes.`,
      'Say set a timer for the roast, or set a timer for 10 minutes.',
    );
  },

  unknownTimer(ctx: SpeechContext, heard: string | undefined): Line {
    const which = heard ? `I don’t know a timer for ${echo(heard)}.` : 'I didn’t catch which timer.';
    return line(`${which} I can time ${orNames(recipeTimerNames(ctx))}.`, 'Say set a timer for the roast, or set a timer for 10 minutes.');
  },

  howLong(placed: PlacedStep | undefined): Line {
    return line('For how long? Say, for example, set a timer for 10 minutes.', placed ? NEXT_REPROMPT : 'Say set a timer for 10 minutes.');
  },

  tooShort(placed: PlacedStep | undefined): Line {
    return line('That’s too short for a timer. Say, for example, set a timer for 1 minute.', onward(placed));
  },

  tooLong(maxSeconds: number, placed: PlacedStep | undefined): Line {
    return line(
      `That’s too long for me: ${TIMER_LIMIT}, and I set reminders up to ${spokenSeconds(maxSeconds)} ahead.`,
      onward(placed),
    );
  },

  timersFull(limit: number, placed: PlacedStep | undefined): Line {
    return line(
      `Alexa can run at most ${limit} timers, and you have that many. Cancel one, then ask me again.${place(placed)}`,
      onward(placed),
    );
  },

  /**
   * Said just before Alexa asks the cook for permission. `instead` is the wait a cook asked to time
   * that is longer than a timer may run: they asked for a timer, so they hear why a reminder is
   * offered before Alexa asks them to allow one (a no leaves them with neither, and their place).
   */
  askConsent(kind: AlertKind, instead?: { readonly ctx: SpeechContext; readonly wait: HeardWait; readonly fromStep: boolean }): Line {
    const ask = kind === 'timer'
      ? 'To set that timer, I need your permission to use Alexa timers.'
      : 'To remind you, I need your permission to use Alexa reminders.';
    if (!instead) return line(ask, '');
    const { wait, fromStep } = instead;
    const why = fromStep && wait.minutes
      ? `The ${wait.label} takes ${spokenMinutes(wait.minutes)}, and ${TIMER_LIMIT},`
      : 'That’s longer than the 2 hours an Alexa timer can run,';
    return line(`${why} so a reminder can do it instead, in ${spokenSeconds(wait.seconds)}. ${ask}`, '');
  },

  consentDenied(kind: AlertKind, placed: PlacedStep | undefined): Line {
    const what = kind === 'timer' ? 'Timers' : 'Reminders';
    return line(
      `Okay, no ${kind}. If you change your mind, open the Alexa app, go to this skill’s settings, and allow ${what}.${place(placed)}`,
      onward(placed),
    );
  },

  /** Voice consent was not possible: a card in the Alexa app asks instead. */
  consentCard(kind: AlertKind, placed: PlacedStep | undefined): Line {
    const what = kind === 'timer' ? 'Timers' : 'Reminders';
    return line(
      `I can’t ask for permission by voice here, so I’ve sent a card to your Alexa app. Allow ${what} there, then ask me again.${place(placed)}`,
      onward(placed),
    );
  },

  alertFailed(problem: AlertProblem, action: TimerAction, kind: AlertKind, placed: PlacedStep | undefined): Line {
    const verb = VERB[action];
    const it = action === 'check' ? `your ${kind}s` : `the ${kind}`;
    const service = `the Alexa ${kind}s service`;
    const why: Record<AlertProblem, string> = {
      rejected:
        action !== 'set'
          ? `Alexa wouldn’t let me ${verb} ${it}.`
          : kind === 'timer'
            ? 'Alexa wouldn’t take that timer. You may already have 10 timers, the most Alexa allows: cancel one and ask me again.'
            : 'Alexa wouldn’t take that reminder. You can set it in the Alexa app instead.',
      'no-consent': `Alexa says I don’t have permission to use your ${kind}s. You can allow ${kind}s in the Alexa app, in this skill’s settings.`,
      forbidden: `Alexa won’t let me ${verb} ${kind}s on this device.`,
      'not-found': `That ${kind} isn’t there any more: it may have rung or been cancelled.`,
      throttled: `Alexa is busy right now, so I couldn’t ${verb} ${it}. Try again in a moment.`,
      server: `${capital(service)} had a problem, so I couldn’t ${verb} ${it}. Try again in a moment.`,
      unreachable: `I couldn’t reach ${service}, so I couldn’t ${verb} ${it}. Try again in a moment.`,
      offline: `Your device seems to be offline, so I couldn’t ${verb} ${it}. Check its connection, then try again.`,
      timeout: `${capital(service)} didn’t answer in time, so I couldn’t ${verb} ${it}. Try again in a moment.`,
    };
    return line(`${why[problem]}${place(placed)}`, onward(placed));
  },

  timeLeft(list: readonly HeardTimer[], reminders: readonly HeardTimer[], placed: PlacedStep | undefined): Line {
    const each = list.map((t) =>
      t.paused
        ? `The ${echo(t.label)} timer is paused, with ${spokenRemaining(t.secondsLeft)} left.`
        : `The ${echo(t.label)} timer has ${spokenRemaining(t.secondsLeft)} left.`,
    );
    const later = reminders.map((r) => `Your ${echo(r.label)} reminder rings in ${spokenRemaining(r.secondsLeft)}.`);
    const intro = list.length > 1 ? `You have ${plural(list.length, 'timer', 'timers')}. ` : '';
    const all = [...each, ...later];
    const rest = all.length - LISTED_MAX;
    const more = rest > 0 ? [`And ${rest} more.`] : [];
    return line(`${intro}${[...all.slice(0, LISTED_MAX), ...more].join(' ')}`, onward(placed));
  },

  /** `left`: the recipe's time from the cook's step on, when they are on one. */
  noTimersRunning(placed: PlacedStep | undefined, left?: Range): Line {
    const ahead = left?.max ? ` From your step, the recipe has ${aboutHours(left)} to go.` : '';
    return line(`You have no timers from me running.${ahead} Say start the timer on a step with a wait, or set a timer for 10 minutes.`, onward(placed));
  },

  whichTimer(action: TimerAction, labels: readonly string[]): Line {
    const timers = labels.map((l) => `the ${l} timer`);
    return line(
      `You have ${plural(labels.length, 'timer', 'timers')}: ${names(timers)}. Which one should I ${VERB[action]}?`,
      `Say ${orNames(timers)}.`,
    );
  },

  noSuchTimer(action: TimerAction, heard: string, labels: readonly string[], placed: PlacedStep | undefined): Line {
    const running = labels.length ? ` You have ${names(labels.map((l) => `the ${echo(l)} timer`))}.` : ' You have no timers from me running.';
    return line(`There’s no ${echo(heard)} timer ${action === 'resume' ? 'paused' : 'running'}.${running}`, onward(placed));
  },

  timerCancelled(label: string, placed: PlacedStep | undefined): Line {
    return line(`Okay, I cancelled the ${label} timer.`, onward(placed));
  },

  timerPaused(label: string, secondsLeft: number | undefined, placed: PlacedStep | undefined): Line {
    const left = secondsLeft !== undefined ? `, with ${spokenRemaining(secondsLeft)} left` : '';
    return line(`I paused the ${label} timer${left}. Say resume the timer when you’re ready.`, onward(placed));
  },

  timerResumed(label: string, secondsLeft: number | undefined, placed: PlacedStep | undefined): Line {
    const left = secondsLeft !== undefined ? `: ${spokenRemaining(secondsLeft)} to go` : '';
    return line(`The ${label} timer is running again${left}.`, onward(placed));
  },

  nothingToPause(placed: PlacedStep | undefined): Line {
    return line('No timer of mine is running, so there’s nothing to pause.', onward(placed));
  },

  /** "resume" for a timer the skill paused, found running again: it was started outside the skill. */
  pausedTimerRunning(label: string, secondsLeft: number, placed: PlacedStep | undefined): Line {
    return line(`The ${echo(label)} timer is already running again, with ${spokenRemaining(secondsLeft)} left: it was started again outside this skill.${place(placed)}`, onward(placed));
  },

  /** "resume" for a timer the skill paused that the Timers API no longer has: cancelled, or started and rung, outside the skill. */
  pausedTimerGone(label: string, placed: PlacedStep | undefined): Line {
    return line(`The ${echo(label)} timer I paused isn’t there any more: it was cancelled, or has rung since.${place(placed)}`, onward(placed));
  },

  nothingToResume(placed: PlacedStep | undefined): Line {
    return line('None of my timers is paused, so there’s nothing to resume.', onward(placed));
  },
};
