import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { CheckTask, Slot } from '../../intents';
import { heardSlot } from '../slots';
import { AlertError, MAX_TIMERS, Scope, type AlertsApi, type TimerInfo, type TimerSpec } from '../../services/alerts';
import type { HeardWait } from '../../speech/types';
import { spokenClock } from '../../speech';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { askConsent, isGranted } from './consent';
import type { TimerDeps } from './deps';
import { answerFailure } from './failures';
import { checkTaskName } from './check-task';
import { MAX_REMINDER_SECONDS, planFor, type Settable } from './plan';
import { remember, uniqueLabel } from './records';
import { namedTimer, type Want } from './want';
import { offer } from '../plan/offer';
import { factIndex } from '../../facts';
import { vocabularyFor } from '../../vocabulary';

function localeOf(h: HandlerInput): string {
  return h.requestEnvelope.request.locale ?? 'en-US';
}

async function setTimer(h: HandlerInput, turn: Turn, deps: TimerDeps, api: AlertsApi, plan: Settable): Promise<Response> {
  const placed = currentStep(turn);
  const running = await api.listTimers();
  // The skill's own timers count toward Alexa's limit; don't send a request it must refuse.
  if (running.length >= MAX_TIMERS) return say(h, turn.speech.timersFull(MAX_TIMERS, placed));
  const wait = { ...plan.wait, label: uniqueLabel(plan.wait.label, running.map((t) => t.label)) };
  const fromStep = plan.stepId !== undefined;
  const announcement = turn.speech.timerAnnouncement(speechContext(turn), wait, fromStep);
  const spec = { seconds: plan.seconds, label: wait.label, announcement, locale: localeOf(h) };
  const launch = plan.stepId ? launchFor(h, turn, plan.stepId, wait) : undefined;
  const created = launch ? await createLaunching(api, turn, { ...spec, launch }) : { timer: await api.createTimer(spec), launching: false };
  const now = deps.now();
  remember(turn, now, running, {
    id: created.timer.id,
    kind: 'timer',
    label: wait.label,
    stepId: plan.stepId,
    endsAt: new Date(now.getTime() + plan.seconds * 1000).toISOString(),
  });
  if (!fromStep) return say(h, turn.speech.plainTimerSet(plan.seconds, placed));
  if (created.launching && plan.stepId && turn.cook.prefs.bringBack === undefined) {
    // Asked once: from now on the recipe's timers offer the skill back unless the cook says no.
    turn.cook = { ...turn.cook, prefs: { ...turn.cook.prefs, bringBack: true } };
    offer(h, { kind: 'bring-back', timerId: created.timer.id, stepId: plan.stepId });
    return say(h, turn.speech.stepTimerSetAskingBringBack(speechContext(turn), wait, placed));
  }
  return say(h, turn.speech.stepTimerSet(speechContext(turn), wait, placed));
}

/**
 * A recipe wait's timer offers to bring the cook back to the skill when it rings (LAUNCH_TASK),
 * carrying the step so the skill opens at its check. Needs the skill's id, which names the task.
 * Not for a cook who said no to being brought back: theirs announce what to check.
 */
function launchFor(h: HandlerInput, turn: Turn, stepId: string, wait: HeardWait): TimerSpec['launch'] {
  const skillId = h.requestEnvelope.context?.System?.application?.applicationId;
  if (!skillId || turn.cook.prefs.bringBack === false) return undefined;
  return {
    task: { name: checkTaskName(skillId), version: CheckTask.version, input: { stepId } },
    confirm: turn.speech.timerLaunchConfirm(speechContext(turn), wait),
  };
}

/**
 * Creates a launching timer. Where the API refuses it (400: a task it does not take; 403: the skill
 * may not launch it), the announcing timer instead, which it may also refuse.
 */
async function createLaunching(api: AlertsApi, turn: Turn, spec: TimerSpec): Promise<{ timer: TimerInfo; launching: boolean }> {
  try {
    return { timer: await api.createTimer(spec), launching: true };
  } catch (err) {
    if (!(err instanceof AlertError) || (err.failure !== 'rejected' && err.failure !== 'forbidden')) throw err;
    turn.log.warn('launching timer refused; announcing instead', { failure: err.failure, status: err.status, error: err.message });
    return { timer: await api.createTimer({ ...spec, launch: undefined }), launching: false };
  }
}

/** The time a reminder rings, in the device's time zone; undefined when the zone can't be had. */
async function clockAt(api: AlertsApi, at: Date, now: Date): Promise<string | undefined> {
  try {
    return spokenClock(at, now, await api.timeZone());
  } catch {
    return undefined; // the relative time is still said
  }
}

async function setReminder(h: HandlerInput, turn: Turn, deps: TimerDeps, api: AlertsApi, plan: Settable): Promise<Response> {
  const now = deps.now();
  const at = new Date(now.getTime() + plan.seconds * 1000);
  const fromStep = plan.stepId !== undefined;
  const text = turn.speech.reminderText(speechContext(turn), plan.wait, fromStep);
  // The time zone is only for saying the time, so it is asked for alongside and may fail alone.
  const [created, clock] = await Promise.all([
    api.createReminder({ offsetSeconds: plan.seconds, text, locale: localeOf(h), requestTime: now }),
    clockAt(api, at, now),
  ]);
  remember(turn, now, undefined, { id: created.id, kind: 'reminder', label: plan.wait.label, stepId: plan.stepId, endsAt: at.toISOString() });
  return say(h, turn.speech.reminderSet(speechContext(turn), plan.wait, clock, fromStep, currentStep(turn)));
}

/**
 * Sets what the cook asked for: a timer, or a reminder when the wait is longer than a timer may
 * run. Without permission it asks by voice first; `afterConsent` is set when the cook just said yes.
 */
export async function fulfil(h: HandlerInput, turn: Turn, deps: TimerDeps, want: Want, afterConsent = false): Promise<Response> {
  const placed = currentStep(turn);
  const plan = planFor(turn.recipe, turn.speech, want);
  if (plan.kind === 'too-short') return say(h, turn.speech.tooShort(placed));
  if (plan.kind === 'too-long') return say(h, turn.speech.tooLong(MAX_REMINDER_SECONDS, placed));
  if (plan.kind === 'unknown-step') return say(h, turn.speech.unknownTimer(speechContext(turn), undefined));
  const scope = plan.kind === 'timer' ? Scope.Timers : Scope.Reminders;
  if (!afterConsent && !isGranted(h, scope)) {
    // Asked for a timer, offered a reminder: say why before Alexa asks to allow reminders.
    const instead = plan.kind === 'reminder' ? { ctx: speechContext(turn), wait: plan.wait, fromStep: plan.stepId !== undefined } : undefined;
    return askConsent(h, turn, scope, want, instead);
  }
  const api = deps.alerts.open(h.requestEnvelope, turn.budget);
  try {
    return plan.kind === 'timer' ? await setTimer(h, turn, deps, api, plan) : await setReminder(h, turn, deps, api, plan);
  } catch (err) {
    return answerFailure(h, turn, err, { action: 'set', scope, want, afterConsent });
  }
}

/** "set a timer...": for a named timer, for a length, or for the current step's wait. */
export async function setTimerTurn(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const placed = currentStep(turn);
  const named = namedTimer(h, turn);
  // "the longest it says", "the minimum roasting time": an end of the named wait's range, else this step's (the shortest unless the longest is asked for).
  const longest = heardSlot(h, Slot.TimerBound).ids.includes('longest');
  if (named.step) return fulfil(h, turn, deps, { stepId: named.step.step.id, longest, seconds: named.seconds });
  if (named.seconds !== undefined) return fulfil(h, turn, deps, { seconds: named.seconds });
  // A name that is no timer of the recipe, or a length Alexa could not make out ("?").
  if (named.given && named.heard !== undefined) {
    // A wait the recipe names in a sentence but does not time as a step ("the towel": "under a towel for 5 minutes").
    const said = factIndex(vocabularyFor(), turn.recipe).lengthSaid(named.heard, placed);
    if (said) return fulfil(h, turn, deps, { seconds: said.seconds });
    return say(h, turn.speech.unknownTimer(speechContext(turn), named.heard));
  }
  if (named.given) return say(h, turn.speech.howLong(placed));
  if (placed?.step.duration) return fulfil(h, turn, deps, { stepId: placed.step.id, longest });
  return say(h, turn.speech.noWaitHere(speechContext(turn), placed));
}
