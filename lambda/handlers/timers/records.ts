import { timedSteps } from '../../recipe';
import { isoToSeconds, MAX_LABEL_LENGTH, type TimerInfo } from '../../services/alerts';
import type { Speech } from '../../speech';
import { MAX_REMEMBERED_ALERTS, type AlertRecord } from '../../state/cook-state';
import type { Turn } from '../../turn/turn';
import type { NamedTimer } from './want';
import type { HeardTimer } from '../../speech/types';

/**
 * The skill's own memory of the alerts it set (`turn.cook.alerts`), kept in step with what the
 * Timers API reports, and the matching of API timers to what a cook calls them.
 */

/** A label no running timer has: "maple glaze", then "maple glaze 2", "maple glaze 3"... */
export function uniqueLabel(base: string, taken: readonly (string | undefined)[]): string {
  const used = new Set(taken.filter(Boolean).map((l) => l!.toLowerCase()));
  const stem = base.slice(0, MAX_LABEL_LENGTH - 4);
  if (!used.has(stem.toLowerCase())) return stem;
  for (let n = 2; ; n++) {
    const label = `${stem} ${n}`;
    if (!used.has(label.toLowerCase())) return label;
  }
}

/**
 * Adds a new alert and forgets what has rung: reminders past their time and, when the API's list
 * of timers is known, timers it no longer has.
 */
export function remember(turn: Turn, now: Date, live: readonly TimerInfo[] | undefined, added?: AlertRecord): void {
  const liveIds = live && new Set(live.map((t) => t.id));
  const kept = turn.cook.alerts.filter((a) =>
    (a.kind === 'timer' && liveIds) ? liveIds.has(a.id) : Date.parse(a.endsAt) > now.getTime(),
  );
  // The latest are kept when there are more than the state remembers.
  const alerts = (added ? [...kept, added] : kept).slice(-MAX_REMEMBERED_ALERTS);
  if (JSON.stringify(alerts) !== JSON.stringify(turn.cook.alerts)) turn.cook = { ...turn.cook, alerts };
  // A paused timer the API lists running again, or not at all, was resumed or cancelled on the device.
  const paused = turn.cook.pausedTimer;
  if (paused && live && !live.some((t) => t.id === paused.id && t.status === 'PAUSED')) unpaused(turn, paused.id);
}

export function forget(turn: Turn, id: string): void {
  if (turn.cook.alerts.some((a) => a.id === id)) {
    turn.cook = { ...turn.cook, alerts: turn.cook.alerts.filter((a) => a.id !== id) };
  }
  unpaused(turn, id);
}

/** Remembers the timer the skill just paused, so "resume" resumes it (state/cook-state.ts `pausedTimer`). */
export function rememberPaused(turn: Turn, id: string, label: string): void {
  turn.cook = { ...turn.cook, pausedTimer: { id, label } };
}

/** Forgets that the skill paused this timer: it runs again, or is gone. */
export function unpaused(turn: Turn, id: string): void {
  if (turn.cook.pausedTimer?.id === id) turn.cook = { ...turn.cook, pausedTimer: null };
}

/** The recipe step a running timer belongs to: from the skill's record, else from its label. */
export function stepIdOf(turn: Turn, timer: TimerInfo): string | undefined {
  const record = turn.cook.alerts.find((a) => a.id === timer.id);
  if (record) return record.stepId;
  const base = timer.label?.replace(/ \d+$/, '').toLowerCase();
  return timedSteps(turn.recipe).find((s) => s.step.duration.label.toLowerCase() === base)?.step.id;
}

/** True when a running timer is the one the cook named. */
export function matches(turn: Turn, timer: TimerInfo, named: NamedTimer): boolean {
  if (named.step) return stepIdOf(turn, timer) === named.step.step.id;
  if (named.seconds !== undefined) return isoToSeconds(timer.duration) === named.seconds;
  return false;
}

/** What the cook hears a timer called. */
export function labelOf(speech: Speech, timer: TimerInfo): string {
  return timer.label || speech.plainTimerLabel(isoToSeconds(timer.duration) ?? 0);
}

/** Seconds until a timer rings, or left on it while paused. */
export function secondsLeft(timer: TimerInfo, now: Date): number {
  if (timer.status === 'PAUSED') return isoToSeconds(timer.remainingWhenPaused) ?? 0;
  const at = timer.triggerTime ? Date.parse(timer.triggerTime) : NaN;
  return Number.isNaN(at) ? 0 : Math.max(0, Math.round((at - now.getTime()) / 1000));
}

export function heard(speech: Speech, timer: TimerInfo, now: Date): HeardTimer {
  return { label: labelOf(speech, timer), secondsLeft: secondsLeft(timer, now), paused: timer.status === 'PAUSED' };
}

/** The reminders the skill set that have not rung yet, optionally only a named step's. */
export function pendingReminders(turn: Turn, now: Date, stepId?: string): HeardTimer[] {
  return turn.cook.alerts
    .filter((a) => a.kind === 'reminder' && Date.parse(a.endsAt) > now.getTime() && (!stepId || a.stepId === stepId))
    .map((a) => ({ label: a.label, secondsLeft: Math.round((Date.parse(a.endsAt) - now.getTime()) / 1000), paused: false }));
}
