import type { PlacedStep } from '../../recipe';
import { todoAt, todoParts, type Moment, type MomentRole, type OvernightPlan, type ShortcutPlan } from '../../plan';
import { spokenClock, spokenClocks, spokenSeconds } from '../clock';
import { spokenMinutes } from '../quantities';
import { speakable } from '../text';
import type { AlertProblem, Line, PlanClock, SpeechContext } from '../types';
import { line, NEXT_REPROMPT, START_REPROMPT } from './common';

/**
 * Sentences for the dinner plan: the plan itself with its few clock times and its slack, the
 * answers about it, the reminders, and the welcome's note. Clock times are in the device's zone.
 */

const OFFER = 'Shall I set reminders for these times?';
const OFFER_REPROMPT = 'Say yes and I’ll set reminders for the plan, or no.';
const ASK_TIME = 'Say, for example, plan dinner for 7 PM tomorrow.';

function onward(placed: PlacedStep | undefined): string {
  return placed ? NEXT_REPROMPT : START_REPROMPT;
}

function find(plan: OvernightPlan | ShortcutPlan, role: MomentRole): Moment | undefined {
  return plan.moments.find((m) => m.role === role);
}

/** "have it prepped and in the fridge by 1:23 AM on Saturday; take it out at 3:23 PM, oven on then; ..." */
function timeline(ctx: SpeechContext, plan: OvernightPlan | ShortcutPlan, clock: PlanClock): string {
  const parts: { role: MomentRole; at: Date }[] = plan.moments.filter((m) => ['fridge', 'fan', 'out', 'in', 'eat'].includes(m.role));
  const said = spokenClocks(parts.map((p) => p.at), clock.now, clock.timeZone);
  const ovenOn = (m: { role: MomentRole }) => {
    const moment = find(plan, m.role);
    return moment ? todoAt(ctx.recipe, plan, moment).some((t) => /\boven\b/i.test(t) && /preheat/i.test(t)) : false;
  };
  const phrases = parts.map((p, i) => {
    const at = said[i] ?? '';
    switch (p.role) {
      case 'fridge':
        return plan.kind === 'overnight' && plan.aheadShortened
          ? `prep it now and have it in the fridge as soon as you can, by ${spokenClock(plan.aheadLatest ?? p.at, clock.now, clock.timeZone)} at the latest`
          : `have it prepped and in the fridge by ${at}`;
      case 'fan':
        return `have it prepped, patted very dry and in front of a fan by ${at}`;
      case 'out':
        if (plan.kind === 'shortcut') return ovenOn(p) ? `oven on at ${at}` : `ready at ${at}`;
        return `take it out at ${at}${ovenOn(p) ? ', oven on then' : ''}`;
      case 'in':
        return `in the oven at ${at}`;
      default:
        return `eat at ${at}`;
    }
  });
  const sentence = phrases.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** Where the slack is: the wait ahead's short end, and how early the cooking could finish. */
function slack(plan: OvernightPlan | ShortcutPlan, clock: PlanClock): string {
  const parts: string[] = [];
  if (plan.kind === 'overnight' && plan.ahead && plan.aheadLatest && !plan.aheadShortened) {
    const { min } = plan.ahead.timed.step.duration.minutes;
    parts.push(
      `The drying can be as short as ${spokenMinutes({ min, max: min })}, so it can go in as late as ${spokenClock(plan.aheadLatest, clock.now, clock.timeZone)}.`,
    );
  }
  if (plan.slackMinutes > 0) {
    parts.push(`I planned every step at the long end: if they all run short, you’ll be ready up to ${spokenSeconds(plan.slackMinutes * 60)} early.`);
  }
  return parts.join(' ');
}

function shortcutIntro(ctx: SpeechContext, plan: ShortcutPlan, clock: PlanClock): string {
  const { min } = plan.wait.step.duration.minutes;
  const caveat = plan.shortcut.caveat ? `: ${speakable(plan.shortcut.caveat, ctx.system)}` : '';
  const how = plan.rushed
    ? `There’s only time for ${spokenSeconds(plan.minutes * 60)} of it, so pat the skin as dry as you can.`
    : `The recipe’s shortcut is to ${speakable(plan.shortcut.text, ctx.system)}${caveat}.`;
  return (
    `That’s too soon to dry it overnight: the drying needs at least ${spokenMinutes({ min, max: min })}. ${how}` +
    ` For the full overnight dry, plan dinner for ${spokenClock(plan.earliestFull, clock.now, clock.timeZone)} or later.`
  );
}

/** The whole plan, said once when it is made or asked for. */
function planSentences(ctx: SpeechContext, plan: OvernightPlan | ShortcutPlan, clock: PlanClock): string {
  const intro = plan.kind === 'shortcut' ? `${shortcutIntro(ctx, plan, clock)} ` : '';
  return `${intro}${timeline(ctx, plan, clock)} ${slack(plan, clock)}`.trim();
}

const ROLE_WORDS: Record<MomentRole, string> = {
  fridge: 'It goes in the fridge to dry by',
  fan: 'The fan goes on by',
  out: 'Take it out of the fridge at',
  in: 'It goes in the oven at',
  check: 'Check the temperature at',
  finish: 'The hot finish starts at',
  eat: 'Dinner is at',
};

export const plan = {
  /** A plan just made (or moved): its times, its slack, and the offer of reminders. */
  planMade(ctx: SpeechContext, made: OvernightPlan | ShortcutPlan, clock: PlanClock, offer: boolean, placed: PlacedStep | undefined): Line {
    const text = planSentences(ctx, made, clock);
    return offer ? line(`${text} ${OFFER}`, OFFER_REPROMPT) : line(text, onward(placed));
  },

  /** "what's my plan". */
  planSummary(ctx: SpeechContext, kept: OvernightPlan | ShortcutPlan, clock: PlanClock, reminders: number, placed: PlacedStep | undefined): Line {
    const dinner = spokenClock(kept.dinner, clock.now, clock.timeZone);
    const set = reminders > 0 ? ` You have ${reminders === 1 ? 'a reminder' : `${reminders} reminders`} for it.` : '';
    return line(`Dinner’s at ${dinner}. ${planSentences(ctx, kept, clock)}${set}`, onward(placed));
  },

  /** "when do I take it out", "what time does it go in". */
  planMoment(ctx: SpeechContext, kept: OvernightPlan | ShortcutPlan, role: MomentRole, clock: PlanClock, placed: PlacedStep | undefined): Line {
    const moment = find(kept, role) ?? (role === 'fridge' ? find(kept, 'fan') : undefined);
    if (!moment) return line(`Your plan has no such time. ${planSentences(ctx, kept, clock)}`, onward(placed));
    const at = spokenClock(moment.at, clock.now, clock.timeZone);
    if (moment.at.getTime() <= clock.now.getTime()) {
      return line(`That was planned for ${at}. ${ROLE_WORDS.eat} ${spokenClock(kept.dinner, clock.now, clock.timeZone)}.`, onward(placed));
    }
    // The question already names what ends then ("take it out"): add only what else to do (the oven).
    const oven = todoParts(ctx.recipe, kept, moment).oven.map((t) => speakable(t, ctx.system));
    const extra = oven.length === 0 ? '' : ` Then: ${oven.join(' ')}`;
    return line(`${ROLE_WORDS[moment.role]} ${at}.${extra}`, onward(placed));
  },

  tooSoon(clock: PlanClock, dinner: Date, earliest: Date, cookingMinutes: number): Line {
    return line(
      `Dinner at ${spokenClock(dinner, clock.now, clock.timeZone)} is too soon: from the fridge to the table takes up to ` +
        `${spokenSeconds(cookingMinutes * 60)}. The earliest I can plan dinner for is ${spokenClock(earliest, clock.now, clock.timeZone)}. ` +
        'Say plan dinner for, and a later time.',
      'Say plan dinner for, and a later time.',
    );
  },

  pastTime(clock: PlanClock, dinner: Date): Line {
    return line(`${spokenClock(dinner, clock.now, clock.timeZone)} has already gone. When would you like to eat? ${ASK_TIME}`, ASK_TIME);
  },

  whatTime(): Line {
    return line(`What time is dinner? ${ASK_TIME}`, ASK_TIME);
  },

  noPlan(placed: PlacedStep | undefined): Line {
    return line(`You don’t have a dinner plan yet. ${ASK_TIME}`, onward(placed));
  },

  /** The device's time zone could not be had: no clock times without it. */
  noTimeZone(problem: AlertProblem, placed: PlacedStep | undefined): Line {
    const why = problem === 'timeout' ? 'didn’t tell me your time zone in time' : 'couldn’t tell me your time zone';
    return line(`Alexa ${why}, so I can’t plan by the clock just now. Try again in a moment.`, onward(placed));
  },

  planCancelled(clock: PlanClock, dinner: Date, reminders: number, placed: PlacedStep | undefined): Line {
    const gone = reminders > 0 ? ` and its ${reminders === 1 ? 'reminder' : `${reminders} reminders`}` : '';
    return line(`Okay, I cancelled the plan for dinner at ${spokenClock(dinner, clock.now, clock.timeZone)}${gone}.`, onward(placed));
  },

  planMoved(ctx: SpeechContext, moved: OvernightPlan | ShortcutPlan, clock: PlanClock, reminders: number, placed: PlacedStep | undefined): Line {
    const dinner = spokenClock(moved.dinner, clock.now, clock.timeZone);
    const followed = reminders > 0 ? ` I moved your reminders to match.` : '';
    return line(`Dinner moved to ${dinner}. ${planSentences(ctx, moved, clock)}${followed}`, onward(placed));
  },

  /** The plan changed but the reminders could not all follow: the plan first, then the failure as the timers say it. */
  planChangedButAlerts(clock: PlanClock, dinner: Date | undefined, failure: Line): Line {
    const first = dinner ? `Dinner moved to ${spokenClock(dinner, clock.now, clock.timeZone)}.` : 'I cancelled the plan.';
    return line(`${first} ${failure.prompt}`, failure.reprompt);
  },

  /** The welcome with the plan's note after its first sentence ("Welcome back. Dinner’s at 7 PM; ..."). */
  withPlanNote(welcome: Line, note: string): Line {
    const cut = welcome.prompt.indexOf('. ');
    if (cut < 0) return line(`${welcome.prompt} ${note}`, welcome.reprompt);
    return line(`${welcome.prompt.slice(0, cut + 1)} ${note} ${welcome.prompt.slice(cut + 2)}`, welcome.reprompt);
  },

  remindersSet(clock: PlanClock, ats: readonly Date[], placed: PlacedStep | undefined): Line {
    const times = spokenClocks(ats, clock.now, clock.timeZone);
    const list = times.length > 1 ? `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}` : (times[0] ?? '');
    const what = ats.length === 1 ? 'a reminder' : `${ats.length} reminders`;
    return line(`Done: ${what}, at ${list}. Each one says what to do.`, onward(placed));
  },

  noRemindersLeft(placed: PlacedStep | undefined): Line {
    return line('Every time in the plan before the cooking has already passed, so there’s nothing to remind you of.', onward(placed));
  },

  remindersDeclined(placed: PlacedStep | undefined): Line {
    return line('Okay, no reminders. Ask me what’s my plan any time.', onward(placed));
  },

  /** What a plan reminder says when it rings: what to do, in the recipe's words. */
  planReminderText(ctx: SpeechContext, todo: readonly string[]): string {
    const said = todo.map((t) => speakable(t, ctx.system)).join(' ');
    return `${ctx.recipe.title}: ${said}`;
  },

  /** The welcome's note about the plan: dinner, and the next thing to do. */
  planNote(clock: PlanClock, dinner: Date, next: { role: MomentRole; at: Date } | undefined): string {
    const first = `Dinner’s at ${spokenClock(dinner, clock.now, clock.timeZone)}`;
    if (!next || next.role === 'eat') return `${first}.`;
    const what: Partial<Record<MomentRole, string>> = {
      fridge: 'have the pork in the fridge by',
      fan: 'start the fan by',
      out: 'take the pork out at',
      in: 'it goes in the oven at',
      check: 'check the temperature at',
      finish: 'the hot finish starts at',
    };
    return `${first}; ${what[next.role] ?? 'next at'} ${spokenClock(next.at, clock.now, clock.timeZone)}.`;
  },
};
