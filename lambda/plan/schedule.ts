import { timedSteps, type Recipe, type Shortcut, type TimedStep } from '../recipe';

/**
 * Plans a cook backwards from dinner time through the recipe's own waits: each wait at the long
 * end of its range, so a cook who follows the plan is never late, and the difference between the
 * long and short ends is the slack the plan says out loud. Pure arithmetic over instants: the time
 * zone only matters for reading and saying clock times (zone.ts), never for lengths of time.
 */

const MINUTE = 60_000;

/** The moments of a plan a cook acts at, by what happens then. */
export type MomentRole = 'fridge' | 'fan' | 'out' | 'in' | 'check' | 'finish' | 'eat';

/** One moment of the plan: what happens, when, and the recipe wait it starts or ends. */
export interface Moment {
  readonly role: MomentRole;
  readonly at: Date;
  /** The step whose wait starts here (or, for `check`, ends here). */
  readonly stepId?: string;
}

/** A wait placed on the clock. */
export interface PlacedWait {
  readonly timed: TimedStep;
  readonly start: Date;
  readonly minutes: number;
}

interface Planned {
  readonly dinner: Date;
  /** The waits from taking it out of the fridge to dinner, in order, at the long end. */
  readonly cooking: readonly PlacedWait[];
  /** The moments a cook acts at, in time order. */
  readonly moments: readonly Moment[];
  /** Minutes the cook would be early if every cooking wait ran to its short end. */
  readonly slackMinutes: number;
}

/** A dinner far enough away for the whole wait ahead (the overnight dry). */
export interface OvernightPlan extends Planned {
  readonly kind: 'overnight';
  /** The wait ahead, placed; absent for a recipe without one. */
  readonly ahead?: PlacedWait;
  /** The latest it may start and still get the wait's short end. */
  readonly aheadLatest?: Date;
  /** True when there is less than the long end left, so the wait starts as soon as the cook can. */
  readonly aheadShortened: boolean;
}

/** A dinner too soon for the wait ahead: the recipe's shortcut instead. */
export interface ShortcutPlan extends Planned {
  readonly kind: 'shortcut';
  readonly wait: TimedStep;
  readonly shortcut: Shortcut;
  readonly from: Date;
  readonly minutes: number;
  /** True when there is not even the shortcut's short end left. */
  readonly rushed: boolean;
  /** The earliest dinner with the whole wait ahead at its short end, to the quarter hour. */
  readonly earliestFull: Date;
}

/** What planning a dinner found. */
export type DinnerPlan =
  | OvernightPlan
  | ShortcutPlan
  /** The time has gone. */
  | { readonly kind: 'past'; readonly dinner: Date }
  /** Too soon for the cooking itself; `earliest` is the first workable dinner, to 5 minutes. */
  | { readonly kind: 'too-soon'; readonly dinner: Date; readonly earliest: Date; readonly cookingMinutes: number };

/** A recipe's waits that take time of their own (not one that runs during the one before). */
export function sequentialWaits(recipe: Recipe): { ahead: readonly TimedStep[]; cooking: readonly TimedStep[] } {
  const waits = timedSteps(recipe).filter((s) => !s.step.duration.overlapsPrevious);
  return { ahead: waits.filter((s) => s.phase.ahead), cooking: waits.filter((s) => !s.phase.ahead) };
}

function ceilTo(at: number, minutes: number): Date {
  const step = minutes * MINUTE;
  return new Date(Math.ceil(at / step) * step);
}

function longEnd(timed: TimedStep): number {
  return timed.step.duration.minutes.max;
}

/** The moments of the cooking: out, in, check, finish, eat. */
function cookingMoments(cooking: readonly PlacedWait[], dinner: Date, withAhead: boolean): Moment[] {
  const moments: Moment[] = [];
  const first = cooking[0];
  if (first && withAhead) moments.push({ role: 'out', at: first.start, stepId: first.timed.step.id });
  const oven = cooking.find((w) => w.timed.step.ovenTemp);
  if (oven) moments.push({ role: 'in', at: oven.start, stepId: oven.timed.step.id });
  const activeIndex = cooking.findIndex((w) => w.timed.step.duration.kind === 'active');
  const beforeActive = activeIndex > 0 ? cooking[activeIndex - 1] : undefined;
  const active = activeIndex >= 0 ? cooking[activeIndex] : undefined;
  if (beforeActive?.timed.step.duration.check) {
    moments.push({ role: 'check', at: new Date(beforeActive.start.getTime() + beforeActive.minutes * MINUTE), stepId: beforeActive.timed.step.id });
  }
  if (active) moments.push({ role: 'finish', at: active.start, stepId: active.timed.step.id });
  moments.push({ role: 'eat', at: dinner });
  return moments;
}

/**
 * Works back from `dinner` (an instant) as of `now`. Every wait is planned at its long end. When
 * the wait ahead does not fit, it is shortened down to its short end (started as soon as the cook
 * can); below that, the recipe's shortcut for it; a dinner too soon for the cooking itself, or gone,
 * says so with the earliest workable time.
 */
export function planDinner(recipe: Recipe, dinner: Date, now: Date): DinnerPlan {
  if (dinner.getTime() <= now.getTime()) return { kind: 'past', dinner };
  const { ahead, cooking } = sequentialWaits(recipe);
  const placed: PlacedWait[] = [];
  let cursor = dinner.getTime();
  for (const timed of [...cooking].reverse()) {
    cursor -= longEnd(timed) * MINUTE;
    placed.unshift({ timed, start: new Date(cursor), minutes: longEnd(timed) });
  }
  const cookingMinutes = cooking.reduce((sum, t) => sum + longEnd(t), 0);
  const cookingStart = cursor;
  if (cookingStart < now.getTime()) {
    return { kind: 'too-soon', dinner, cookingMinutes, earliest: ceilTo(now.getTime() + cookingMinutes * MINUTE, 5) };
  }
  const slackMinutes = cooking.reduce((sum, t) => sum + (t.step.duration.minutes.max - t.step.duration.minutes.min), 0);
  const withAhead = ahead.length > 0;
  const base = { dinner, cooking: placed, slackMinutes };
  const later = cookingMoments(placed, dinner, withAhead);
  // The pork belly has one wait ahead (the drying); a recipe with several would chain them the same way.
  const wait = ahead[ahead.length - 1];
  if (!wait) return { kind: 'overnight', ...base, moments: later, aheadShortened: false };
  const { min, max } = wait.step.duration.minutes;
  const latest = cookingStart - min * MINUTE;
  if (latest >= now.getTime()) {
    const start = Math.max(cookingStart - max * MINUTE, now.getTime());
    const aheadWait = { timed: wait, start: new Date(start), minutes: Math.round((cookingStart - start) / MINUTE) };
    return {
      kind: 'overnight',
      ...base,
      ahead: aheadWait,
      aheadLatest: new Date(latest),
      aheadShortened: start > cookingStart - max * MINUTE,
      moments: [{ role: 'fridge', at: aheadWait.start, stepId: wait.step.id }, ...later],
    };
  }
  const earliestFull = ceilTo(now.getTime() + (min + cookingMinutes) * MINUTE, 15);
  const shortcut = wait.step.duration.shortcut;
  if (!shortcut) return { kind: 'too-soon', dinner, cookingMinutes: cookingMinutes + min, earliest: earliestFull };
  const from = Math.max(cookingStart - shortcut.minutes.max * MINUTE, now.getTime());
  const minutes = Math.round((cookingStart - from) / MINUTE);
  const fan: Moment[] = minutes > 0 ? [{ role: 'fan', at: new Date(from), stepId: wait.step.id }] : [];
  return {
    kind: 'shortcut',
    ...base,
    wait,
    shortcut,
    from: new Date(from),
    minutes,
    rushed: minutes < shortcut.minutes.min,
    earliestFull,
    moments: [...fan, ...later],
  };
}

/** The roles a reminder is offered for: the moments before the cook is at the oven for good. */
export const REMINDED_ROLES: readonly MomentRole[] = ['fridge', 'fan', 'out', 'in', 'check'];
