import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Scope, type TimerInfo } from '../../services/alerts';
import { currentStep, type Turn } from '../../turn/turn';
import { ResumeHandler } from '../navigation';
import { say } from '../respond';
import { isGranted } from './consent';
import type { TimerDeps } from './deps';
import { answerFailure } from './failures';
import { act } from './manage';
import { labelOf, remember, secondsLeft, unpaused } from './records';

/**
 * "resume", "unpause", "continue" (AMAZON.ResumeIntent) while the skill remembers a timer it paused:
 * the cook paused the timer, so "resume" means the timer, not the next step. What the Timers API says
 * now decides: still paused, it is resumed; running again or gone (resumed or cancelled on the device
 * meanwhile), the cook hears that, honestly, and keeps their place. Either way the skill forgets the
 * pause, so the next "resume" goes on with the recipe as before.
 */
export async function resumePaused(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const paused = turn.cook.pausedTimer;
  // Permission withdrawn since the pause: the timer is out of reach, and "resume" means the recipe again.
  if (!paused || !isGranted(h, Scope.Timers)) {
    if (paused) unpaused(turn, paused.id);
    return ResumeHandler.handle(h, turn);
  }
  const api = deps.alerts.open(h.requestEnvelope, turn.budget);
  let timers: readonly TimerInfo[];
  try {
    timers = await api.listTimers();
  } catch (err) {
    // Remembered still: the next "resume" tries the timer again.
    return answerFailure(h, turn, err, { action: 'resume', scope: Scope.Timers });
  }
  remember(turn, deps.now(), timers);
  const timer = timers.find((t) => t.id === paused.id);
  if (timer?.status === 'PAUSED') return act(h, turn, deps, api, 'resume', timer);
  const placed = currentStep(turn);
  if (timer) return say(h, turn.speech.pausedTimerRunning(labelOf(turn.speech, timer), secondsLeft(timer, deps.now()), placed));
  return say(h, turn.speech.pausedTimerGone(paused.label, placed));
}
