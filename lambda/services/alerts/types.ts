import type { RequestEnvelope } from 'ask-sdk-model';
import type { TurnBudget } from '../budget';

/**
 * What the skill needs from Alexa's Timers and Reminders APIs, for one request (each request
 * carries its own endpoint and access token). Handlers only see this; the SDK implementation is
 * in `sdk.ts`, and tests run it against a local stand-in of the APIs.
 */
export interface AlertsApi {
  /** The timers this skill set for the cook that have not rung yet. */
  listTimers(): Promise<readonly TimerInfo[]>;
  createTimer(spec: TimerSpec): Promise<TimerInfo>;
  deleteTimer(id: string): Promise<void>;
  pauseTimer(id: string): Promise<void>;
  resumeTimer(id: string): Promise<void>;
  createReminder(spec: ReminderSpec): Promise<{ readonly id: string }>;
  /** A reminder at a clock time in a time zone (SCHEDULED_ABSOLUTE). */
  createReminderAt(spec: AbsoluteReminderSpec): Promise<{ readonly id: string }>;
  /** Moves a reminder to another clock time (and what it says). */
  updateReminderAt(id: string, spec: AbsoluteReminderSpec): Promise<void>;
  deleteReminder(id: string): Promise<void>;
  /** The device's time zone (an IANA name), to say a reminder's time out loud. */
  timeZone(): Promise<string>;
}

/** Opens the alert APIs for one request. */
export interface AlertService {
  /** With the turn's budget, every call's deadline is cut to what the turn has left. */
  open(envelope: RequestEnvelope, budget?: TurnBudget): AlertsApi;
}

/** A timer as the Timers API reports it. */
export interface TimerInfo {
  readonly id: string;
  readonly label?: string;
  readonly status: 'ON' | 'PAUSED' | 'OFF';
  /** ISO-8601 duration the timer was set for. */
  readonly duration: string;
  /** ISO time it rings, while it runs. */
  readonly triggerTime?: string;
  /** ISO-8601 duration left, while it is paused. */
  readonly remainingWhenPaused?: string;
}

/** A timer to create. */
export interface TimerSpec {
  /** Whole seconds, at most `MAX_TIMER_SECONDS`. */
  readonly seconds: number;
  /** At most `MAX_LABEL_LENGTH` characters; unique among the cook's timers. */
  readonly label: string;
  /** What Alexa says when it rings. */
  readonly announcement: string;
  readonly locale: string;
  /**
   * A task of this skill to offer when it rings (LAUNCH_TASK) instead of the announcement: Alexa says
   * `confirm` (with "%s" for "continue with the skill") and, if the cook agrees, launches the skill
   * with the task.
   */
  readonly launch?: { readonly task: LaunchTask; readonly confirm: string };
}

/** A task of this skill, as a LAUNCH_TASK timer carries it and the LaunchRequest brings it back. */
export interface LaunchTask {
  /** The skill id and the task's name: "<skill id>.<TaskName>". */
  readonly name: string;
  readonly version: string;
  readonly input: Record<string, string>;
}

/** A reminder to create, relative to now. */
export interface ReminderSpec {
  readonly offsetSeconds: number;
  /** What Alexa says when it rings. */
  readonly text: string;
  readonly locale: string;
  readonly requestTime: Date;
}

/** A reminder at a clock time in the cook's time zone. */
export interface AbsoluteReminderSpec {
  /** The wall-clock time it rings in `timeZone`, without an offset: "2024-11-09T15:23:00.000". */
  readonly localTime: string;
  /** The device's time zone (an IANA name): the API takes the local time and the zone. */
  readonly timeZone: string;
  readonly text: string;
  readonly locale: string;
  readonly requestTime: Date;
  /**
   * Seconds from `requestTime` to the moment, given when `localTime` happens twice (the hour the
   * clocks go back): a local time and a zone cannot say which of the two is meant, so the reminder
   * is set that far from now instead (SCHEDULED_RELATIVE), which can only mean one instant.
   */
  readonly offsetSeconds?: number;
}

/** The Timers API's limits (DESIGN.md, Alexa facts). */
export const MAX_TIMER_SECONDS = 2 * 60 * 60;
export const MAX_TIMERS = 10;
export const MAX_LABEL_LENGTH = 256;

/** Consent scopes, as the manifest declares them and Alexa reports them. */
export const Scope = {
  Timers: 'alexa::alerts:timers:skill:readwrite',
  Reminders: 'alexa::alerts:reminders:skill:readwrite',
} as const;
export type ScopeName = (typeof Scope)[keyof typeof Scope];

/**
 * Why an alert call failed, as the cook will hear it: `no-consent` (401), `rejected` (400, such as
 * too many timers), `forbidden` (403), `not-found` (404), `throttled` (429), `server` (5xx other than
 * 504), `offline` (504, the device is offline), `timeout` (no answer in time), `unreachable`
 * (no endpoint, or the connection failed).
 */
export type AlertFailure =
  | 'no-consent'
  | 'rejected'
  | 'forbidden'
  | 'not-found'
  | 'throttled'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'unreachable';

/** A failed alert call, classified. */
export class AlertError extends Error {
  constructor(
    readonly failure: AlertFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'AlertError';
  }
}
