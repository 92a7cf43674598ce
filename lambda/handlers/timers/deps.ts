import type { AlertService } from '../../services/alerts';

/** What the timer handlers need from outside, given by `createSkill`. */
export interface TimerDeps {
  readonly alerts: AlertService;
  /** The clock, for when timers and reminders ring; tests pass a fixed one. */
  readonly now: () => Date;
}
