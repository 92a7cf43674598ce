import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlertError, Scope, type AlertsApi, type TimerInfo } from '../../services/alerts';
import { currentStep, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { isGranted } from './consent';
import type { TimerDeps } from './deps';
import { answerFailure } from './failures';
import { askWhich, type ManageAction } from './question';
import { forget, labelOf, matches, remember, rememberPaused, secondsLeft, unpaused } from './records';
import { namedTimer } from './want';

/** The timers an action can apply to: pause a running one, resume a paused one, cancel any. */
function candidates(action: ManageAction, timers: readonly TimerInfo[]): readonly TimerInfo[] {
  if (action === 'pause') return timers.filter((t) => t.status === 'ON');
  if (action === 'resume') return timers.filter((t) => t.status === 'PAUSED');
  return timers;
}

/** Does `action` to one timer, and answers. */
export async function act(h: HandlerInput, turn: Turn, deps: TimerDeps, api: AlertsApi, action: ManageAction, timer: TimerInfo): Promise<Response> {
  const placed = currentStep(turn);
  const label = labelOf(turn.speech, timer);
  try {
    if (action === 'cancel') {
      await api.deleteTimer(timer.id);
      forget(turn, timer.id);
      return say(h, turn.speech.timerCancelled(label, placed));
    }
    if (action === 'pause') {
      await api.pauseTimer(timer.id);
      rememberPaused(turn, timer.id, label);
      return say(h, turn.speech.timerPaused(label, secondsLeft(timer, deps.now()), placed));
    }
    await api.resumeTimer(timer.id);
    unpaused(turn, timer.id);
    return say(h, turn.speech.timerResumed(label, secondsLeft(timer, deps.now()), placed));
  } catch (err) {
    // A timer the API no longer has has rung or was cancelled elsewhere: stop remembering it.
    if (err instanceof AlertError && err.failure === 'not-found') forget(turn, timer.id);
    return answerFailure(h, turn, err, { action, scope: Scope.Timers });
  }
}

function nothingTo(h: HandlerInput, turn: Turn, action: ManageAction): Response {
  const placed = currentStep(turn);
  if (action === 'pause') return say(h, turn.speech.nothingToPause(placed));
  if (action === 'resume') return say(h, turn.speech.nothingToResume(placed));
  return say(h, turn.speech.noTimersRunning(placed));
}

/**
 * Cancels, pauses or resumes a timer: the one the cook named, the only one there is, or, when
 * there are several, the one they name after "which one?".
 */
export async function manage(h: HandlerInput, turn: Turn, deps: TimerDeps, action: ManageAction): Promise<Response> {
  const placed = currentStep(turn);
  // Without permission the skill can have no timers to change (and the API would answer 401).
  if (!isGranted(h, Scope.Timers)) return nothingTo(h, turn, action);
  const api = deps.alerts.open(h.requestEnvelope, turn.budget);
  let timers: readonly TimerInfo[];
  try {
    timers = await api.listTimers();
  } catch (err) {
    return answerFailure(h, turn, err, { action, scope: Scope.Timers });
  }
  remember(turn, deps.now(), timers);
  const options = candidates(action, timers);
  if (options.length === 0) return nothingTo(h, turn, action);
  const named = namedTimer(h, turn);
  const chosen = named.given ? options.filter((t) => matches(turn, t, named)) : options;
  const labels = options.map((t) => labelOf(turn.speech, t));
  if (chosen.length === 0) {
    // Keep the question open: the cook may name another one straight away.
    askWhich(h, action);
    return say(h, turn.speech.noSuchTimer(action, named.heard ?? 'such', labels, placed));
  }
  const [only] = chosen;
  if (only && chosen.length === 1) return act(h, turn, deps, api, action, only);
  askWhich(h, action);
  return say(h, turn.speech.whichTimer(action, chosen.map((t) => labelOf(turn.speech, t))));
}
