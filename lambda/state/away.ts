import type { AlertRecord, CookState } from './cook-state';

/**
 * Facts for the welcome back, worked out from the stored state and the time now: how long the cook
 * has been away, and which of the timers and reminders the skill set are still to ring.
 */

/** A timer or reminder that has not rung yet. */
export interface RunningAlert {
  readonly kind: AlertRecord['kind'];
  readonly label: string;
  /** Whole minutes until it rings, at least 1. */
  readonly minutesLeft: number;
}

const MINUTE_MS = 60_000;

/** Minutes since the state last changed, or undefined when that time is unknown or in the future. */
export function minutesAway(cook: CookState, now: Date): number | undefined {
  if (!cook.updatedAt) return undefined;
  const elapsed = now.getTime() - Date.parse(cook.updatedAt);
  return elapsed >= 0 ? Math.floor(elapsed / MINUTE_MS) : undefined;
}

/** The alerts still to ring, soonest first; those that already rang are left out. */
export function runningAlerts(cook: CookState, now: Date): RunningAlert[] {
  return cook.alerts
    .map((alert) => ({ alert, left: Date.parse(alert.endsAt) - now.getTime() }))
    .filter(({ left }) => left > 0)
    .sort((a, b) => a.left - b.left)
    .map(({ alert, left }) => ({ kind: alert.kind, label: alert.label, minutesLeft: Math.max(1, Math.ceil(left / MINUTE_MS)) }));
}

/** Everything the welcome back may mention besides the step. */
export interface AwayFacts {
  /** Minutes since the cook's last change, when known. */
  readonly minutesAway?: number;
  /** Timers and reminders still to ring, soonest first. */
  readonly running: readonly RunningAlert[];
}

export function awayFacts(cook: CookState, now: Date): AwayFacts {
  return { minutesAway: minutesAway(cook, now), running: runningAlerts(cook, now) };
}
