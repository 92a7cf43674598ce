import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { localIso, REMINDED_ROLES, repeatedTime, todoAt, type Moment } from '../../plan';
import { AlertError, Scope, type AbsoluteReminderSpec, type AlertsApi } from '../../services/alerts';
import type { PlanReminder } from '../../state/cook-state';
import type { Line } from '../../speech/types';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say, sayAndHandOver } from '../respond';
import { isGranted } from '../timers/consent';
import type { TimerDeps } from '../timers/deps';
import { answerFailure } from '../timers/failures';
import type { Kept } from '../../turn/kept-plan';
import { PLAN_CONSENT_TOKEN } from './offer';

/**
 * The plan's reminders: one at each moment before the cook is at the oven for good (into the
 * fridge, out and oven on, into the oven, check the temperature), at the clock time in the
 * device's zone (SCHEDULED_ABSOLUTE), each saying what to do in the recipe's words.
 */

/** The moments still ahead that get a reminder. */
export function remindedMoments(kept: Kept, now: Date): Moment[] {
  return kept.plan.moments.filter((m) => REMINDED_ROLES.includes(m.role) && m.at.getTime() > now.getTime());
}

function specFor(h: HandlerInput, turn: Turn, kept: Kept, moment: Moment): AbsoluteReminderSpec {
  const text = turn.speech.planReminderText(speechContext(turn), todoAt(turn.recipe, kept.plan, moment));
  // In the hour the clocks go back, "1:23 AM" happens twice: that reminder is set by its distance from now.
  const twice = repeatedTime(moment.at, kept.stored.timeZone) !== undefined;
  return {
    localTime: localIso(moment.at, kept.stored.timeZone),
    timeZone: kept.stored.timeZone,
    text,
    locale: h.requestEnvelope.request.locale ?? 'en-US',
    requestTime: turn.now,
    ...(twice ? { offsetSeconds: Math.round((moment.at.getTime() - turn.now.getTime()) / 1000) } : {}),
  };
}

/** Asks by voice for the reminders permission; the answer comes back to `planConsent`. */
export function askReminderConsent(h: HandlerInput, turn: Turn): Response {
  return sayAndHandOver(h, turn.speech.askConsent('reminder'), {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: Scope.Reminders },
    token: PLAN_CONSENT_TOKEN,
  });
}

/** Sets a reminder at each of the plan's moments still ahead, once the cook said yes (and gave consent). */
export async function setPlanReminders(h: HandlerInput, turn: Turn, deps: TimerDeps, kept: Kept, afterConsent = false): Promise<Response> {
  const placed = currentStep(turn);
  if (!afterConsent && !isGranted(h, Scope.Reminders)) return askReminderConsent(h, turn);
  const moments = remindedMoments(kept, turn.now);
  if (moments.length === 0) return say(h, turn.speech.noRemindersLeft(placed));
  const api = deps.alerts.open(h.requestEnvelope, turn.budget);
  const settled = await Promise.allSettled(moments.map((m) => api.createReminderAt(specFor(h, turn, kept, m))));
  const made: PlanReminder[] = [];
  settled.forEach((result, i) => {
    const moment = moments[i];
    if (result.status === 'fulfilled' && moment) made.push({ role: moment.role, id: result.value.id, at: moment.at.toISOString() });
  });
  turn.cook = { ...turn.cook, plan: { ...kept.stored, reminders: [...kept.stored.reminders, ...made] } };
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    // A 401 now means consent was withdrawn: the card, not another question (the timers do the same).
    return answerFailure(h, turn, failed.reason, { action: 'set', scope: Scope.Reminders, afterConsent: true });
  }
  return say(h, turn.speech.remindersSet(kept.clock, moments.map((m) => m.at), placed));
}

/**
 * Moves the plan's reminders to a new plan: a moment in both moves (update), one only in the new
 * plan is created, one only in the old is deleted. Returns the reminders now set, and the first
 * failure, if any (what succeeded is kept either way).
 */
export async function followPlan(
  h: HandlerInput,
  turn: Turn,
  api: AlertsApi,
  old: readonly PlanReminder[],
  kept: Kept,
): Promise<{ reminders: PlanReminder[]; failure?: unknown }> {
  const now = turn.now.getTime();
  // Reminders that already rang need nothing more.
  const pending = old.filter((r) => Date.parse(r.at) > now);
  const wanted = remindedMoments(kept, turn.now);
  const reminders: PlanReminder[] = [];
  let failure: unknown;
  const work = [
    ...wanted.map(async (moment) => {
      const existing = pending.find((r) => r.role === moment.role);
      const spec = specFor(h, turn, kept, moment);
      if (existing) {
        try {
          await api.updateReminderAt(existing.id, spec);
        } catch (err) {
          // Not moved, but still set: kept as it is, so the next move tries again and a cancel deletes it.
          reminders.push(existing);
          throw err;
        }
        reminders.push({ ...existing, at: moment.at.toISOString() });
      } else {
        const { id } = await api.createReminderAt(spec);
        reminders.push({ role: moment.role, id, at: moment.at.toISOString() });
      }
    }),
    ...pending
      .filter((r) => !wanted.some((m) => m.role === r.role))
      .map(async (r) => {
        try {
          await api.deleteReminder(r.id);
        } catch (err) {
          if (!(err instanceof AlertError && err.failure === 'not-found')) {
            reminders.push(r);
            throw err;
          }
        }
      }),
  ];
  for (const result of await Promise.allSettled(work)) {
    if (result.status === 'rejected') failure ??= result.reason;
  }
  return { reminders, failure };
}

/**
 * What the timers say for a failed reminder call (logged, with the permissions card on a 401), as a
 * line that a sentence saying what did change can follow.
 */
export function failureLine(h: HandlerInput, turn: Turn, failure: unknown, action: 'set' | 'cancel'): Line {
  if (!(failure instanceof AlertError)) throw failure;
  turn.log.warn('alert call failed', { failure: failure.failure, status: failure.status, action, error: failure.message });
  if (failure.failure === 'no-consent') h.responseBuilder.withAskForPermissionsConsentCard([Scope.Reminders]);
  return turn.speech.alertFailed(failure.failure, action, 'reminder', currentStep(turn));
}

/** Deletes every reminder of the plan; one already gone is no failure. Returns those it could not delete. */
export async function deleteAll(api: AlertsApi, reminders: readonly PlanReminder[]): Promise<{ left: PlanReminder[]; failure?: unknown }> {
  const left: PlanReminder[] = [];
  let failure: unknown;
  await Promise.all(
    reminders.map(async (r) => {
      try {
        await api.deleteReminder(r.id);
      } catch (err) {
        if (err instanceof AlertError && err.failure === 'not-found') return;
        left.push(r);
        failure ??= err;
      }
    }),
  );
  return { left, failure };
}
