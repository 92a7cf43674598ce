import { timedStepById, type Recipe } from '../../recipe';
import { MAX_TIMER_SECONDS } from '../../services/alerts';
import type { Speech } from '../../speech';
import type { Want } from './want';
import type { HeardWait } from '../../speech/types';

/** The longest wait the skill will set a reminder for: the recipe's longest wait is 14 hours. */
export const MAX_REMINDER_SECONDS = 24 * 60 * 60;

/**
 * How a wait will be timed. A timer when the API allows it (at most 2 hours); a reminder for
 * longer waits, since a timer request over PT2H is refused. A range gets its lower bound, so the
 * cook checks early rather than late, unless the cook asked for the longest it says or a length of their own.
 */
export type Plan = Settable | { readonly kind: 'too-short' } | { readonly kind: 'too-long' } | { readonly kind: 'unknown-step' };

/** A wait the APIs can take: how long, and what the cook will hear about it. */
export interface Settable {
  readonly kind: 'timer' | 'reminder';
  readonly seconds: number;
  readonly wait: HeardWait;
  /** The step the wait belongs to; absent for a plain length. */
  readonly stepId?: string;
}

export function planFor(recipe: Recipe, speech: Speech, want: Want): Plan {
  if ('stepId' in want) {
    const timed = timedStepById(recipe, want.stepId);
    if (!timed) return { kind: 'unknown-step' };
    const { duration } = timed.step;
    // The cook's own length for the wait when they said one ("six minutes for the glaze"): theirs to choose.
    const seconds = Math.round(want.seconds ?? (want.longest ? duration.minutes.max : duration.minutes.min) * 60);
    const wait: HeardWait = { label: duration.label, seconds, minutes: duration.minutes, check: duration.check, asked: want.seconds !== undefined };
    return { kind: seconds <= MAX_TIMER_SECONDS ? 'timer' : 'reminder', seconds, wait, stepId: timed.step.id };
  }
  const seconds = Math.round(want.seconds);
  if (seconds < 1) return { kind: 'too-short' };
  if (seconds > MAX_REMINDER_SECONDS) return { kind: 'too-long' };
  const wait: HeardWait = { label: speech.plainTimerLabel(seconds), seconds };
  return { kind: seconds <= MAX_TIMER_SECONDS ? 'timer' : 'reminder', seconds, wait };
}
