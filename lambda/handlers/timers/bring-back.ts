import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { timedStepById } from '../../recipe';
import { AlertError, Scope } from '../../services/alerts';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { TimerDeps } from './deps';
import { answerFailure } from './failures';
import { forget, remember } from './records';

/**
 * Whether a recipe timer brings the cook back to the skill when it rings. Amazon asks a skill for two
 * permissions before a timer: the timers scope, and "explicit user permission for the extended
 * experience" the timer triggers, asked in the skill's own dialogue ("Understand Alexa Timers",
 * developer.amazon.com/docs/smapi/alexa-timers-overview.html). Being brought back is that extended
 * experience, so the first launching timer asks, and a no is the cook's answer for good: the
 * timer just set becomes an announcing one, and every recipe timer after it announces what to check.
 * (When a launching timer rings, the question is Alexa's own: the skill hears only a yes, as the
 * LaunchRequest carrying the task, so its own dialogue is where a no can be heard and kept.)
 */

/** The cook agreed: nothing to change, and they know what to say when it rings. */
export function keepBringBack(h: HandlerInput, turn: Turn): Response {
  turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, bringBack: true } };
  return say(h, turn.speech.bringBackKept(currentStep(turn)));
}

/**
 * The cook said no: remembered, and the launching timer just set is replaced by an announcing one
 * for the time it had left, with the same label and the same words of what to check.
 */
export async function declineBringBack(h: HandlerInput, turn: Turn, deps: TimerDeps, asked: { timerId: string; stepId: string }): Promise<Response> {
  turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, bringBack: false } };
  const placed = currentStep(turn);
  const now = deps.now();
  const record = turn.cook.alerts.find((a) => a.id === asked.timerId && a.kind === 'timer');
  const timed = timedStepById(turn.recipe, asked.stepId);
  const seconds = record ? Math.round((Date.parse(record.endsAt) - now.getTime()) / 1000) : 0;
  if (!record || !timed || seconds < 1) return say(h, turn.speech.bringBackDeclined(placed));
  const api = deps.alerts.open(h.requestEnvelope, turn.budget);
  try {
    await api.deleteTimer(record.id);
  } catch (err) {
    // Gone already (rung, or cancelled by voice): there is nothing left to replace.
    if (err instanceof AlertError && err.failure === 'not-found') {
      forget(turn, record.id);
      return say(h, turn.speech.bringBackDeclined(placed));
    }
    return answerFailure(h, turn, err, { action: 'set', scope: Scope.Timers });
  }
  forget(turn, record.id);
  const { duration } = timed.step;
  const wait = { label: record.label, seconds, minutes: duration.minutes, check: duration.check };
  const announcement = turn.speech.timerAnnouncement(speechContext(turn), wait, true);
  try {
    const created = await api.createTimer({ seconds, label: record.label, announcement, locale: h.requestEnvelope.request.locale ?? 'en-US' });
    remember(turn, now, undefined, { id: created.id, kind: 'timer', label: record.label, stepId: timed.step.id, endsAt: record.endsAt });
  } catch (err) {
    return answerFailure(h, turn, err, { action: 'set', scope: Scope.Timers, want: { seconds } });
  }
  return say(h, turn.speech.bringBackDeclined(placed));
}
