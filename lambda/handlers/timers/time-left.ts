import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { minutesFrom } from '../../recipe';
import { Scope, type TimerInfo } from '../../services/alerts';
import { currentStep, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { isGranted } from './consent';
import type { TimerDeps } from './deps';
import { answerFailure } from './failures';
import { heard, labelOf, matches, pendingReminders, remember } from './records';
import { namedTimer } from './want';

/**
 * "How much time is left": reads the skill's timers from the Timers API (the truth, since a timer
 * may have been cancelled by voice outside the skill) and the reminders the skill set.
 */
export async function timeLeft(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const placed = currentStep(turn);
  const now = deps.now();
  const named = namedTimer(h, turn);
  let timers: readonly TimerInfo[] = [];
  if (isGranted(h, Scope.Timers)) {
    try {
      timers = await deps.alerts.open(h.requestEnvelope, turn.budget).listTimers();
    } catch (err) {
      return answerFailure(h, turn, err, { action: 'check', scope: Scope.Timers });
    }
    remember(turn, now, timers);
  }
  const shown = named.given ? timers.filter((t) => matches(turn, t, named)) : timers;
  const reminders = named.given && !named.step ? [] : pendingReminders(turn, now, named.step?.step.id);
  if (shown.length === 0 && reminders.length === 0) {
    if (named.given && named.heard) {
      return say(h, turn.speech.noSuchTimer('check', named.heard, timers.map((t) => labelOf(turn.speech, t)), placed));
    }
    // No timer: what a cook asking "how long is left" mid-recipe can use is the recipe's own time to go.
    return say(h, turn.speech.noTimersRunning(placed, placed && minutesFrom(turn.recipe, placed.index)));
  }
  return say(h, turn.speech.timeLeft(shown.map((t) => heard(turn.speech, t, now)), reminders, placed));
}
