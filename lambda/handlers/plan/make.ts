import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getSlotValue } from '../../sdk';
import { Slot } from '../../intents';
import { dinnerTime, isTimeZone, localIso, planDinner } from '../../plan';
import { AlertError } from '../../services/alerts';
import type { StoredPlan } from '../../state/cook-state';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { TimerDeps } from '../timers/deps';
import { keptPlan, type Kept } from '../../turn/kept-plan';
import { offer } from './offer';
import { failureLine, followPlan } from './reminders';

/** The device's time zone from the Alexa Settings API, or why it could not be had. */
async function deviceZone(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<{ zone: string } | { problem: AlertError }> {
  try {
    const zone = await deps.alerts.open(h.requestEnvelope, turn.budget).timeZone();
    if (!isTimeZone(zone)) return { problem: new AlertError('server', `the Settings API answered an unknown time zone ${zone}`) };
    return { zone };
  } catch (err) {
    if (!(err instanceof AlertError)) throw err;
    turn.log.warn('time zone not available', { failure: err.failure, status: err.status, error: err.message });
    return { problem: err };
  }
}

/**
 * "Dinner's at seven tomorrow", "move dinner to eight": works the plan back from the dinner time in
 * the device's time zone. A new plan offers reminders; a plan that already has reminders moves them.
 */
export async function makePlan(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const placed = currentStep(turn);
  const time = getSlotValue(h.requestEnvelope, Slot.Time);
  const date = getSlotValue(h.requestEnvelope, Slot.Date);
  if (!time) return say(h, turn.speech.whatTime());
  const before = keptPlan(turn);
  // A plan already made keeps its zone: moving it needs no second look-up.
  const found = before ? { zone: before.stored.timeZone } : await deviceZone(h, turn, deps);
  if ('problem' in found) return say(h, turn.speech.noTimeZone(found.problem.failure, placed));
  const zone = found.zone;
  const clock = { now: turn.now, timeZone: zone };
  // "Move dinner to 8" keeps the plan's day; a new time with no day is the next time the clock shows it.
  const day = date ?? (before ? localIso(before.plan.dinner, zone).slice(0, 10) : undefined);
  const onDay = dinnerTime(time, day, turn.now, zone);
  const asked = onDay.ok && onDay.at.getTime() <= turn.now.getTime() && !date ? dinnerTime(time, undefined, turn.now, zone) : onDay;
  if (!asked.ok) return say(h, turn.speech.whatTime());
  const plan = planDinner(turn.recipe, asked.at, turn.now);
  if (plan.kind === 'past') return say(h, turn.speech.pastTime(clock, plan.dinner));
  if (plan.kind === 'too-soon') return say(h, turn.speech.tooSoon(clock, plan.dinner, plan.earliest, plan.cookingMinutes));
  const stored: StoredPlan = { dinner: asked.at.toISOString(), madeAt: turn.now.toISOString(), timeZone: zone, reminders: [] };
  const kept: Kept = { stored, plan, clock };
  turn.screen = { kind: 'plan' };
  const old = before?.stored.reminders ?? [];
  if (old.length === 0) {
    turn.cook = { ...turn.cook, plan: stored };
    offer(h, { kind: 'reminders' });
    return say(h, turn.speech.planMade(speechContext(turn), plan, clock, true, placed));
  }
  const { reminders, failure } = await followPlan(h, turn, deps.alerts.open(h.requestEnvelope, turn.budget), old, kept);
  turn.cook = { ...turn.cook, plan: { ...stored, reminders } };
  if (failure) return say(h, turn.speech.planChangedButAlerts(clock, plan.dinner, failureLine(h, turn, failure, 'set')));
  return say(h, turn.speech.planMoved(speechContext(turn), plan, clock, reminders.length, placed));
}
