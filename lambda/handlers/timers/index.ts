import type { interfaces } from 'ask-sdk-model';
import { Intent } from '../../intents';
import { getRequestType } from '../../sdk';
import { hasPausedTimer, hasTimer } from '../../turn/turn';
import { isIntent, type TurnHandler } from '../respond';
import type { TimerDeps } from './deps';
import type { ManageAction } from './question';

export type { TimerDeps } from './deps';
export { timerQuestionInterceptor } from './question';

type TimerTurns = typeof import('./timer-turns');
let loaded: TimerTurns | undefined;

/**
 * The timer handlers' work, loaded at the first timer turn: here stays only what chooses a handler
 * (intent names), so a cold start that sets no timer never compiles the rest (tools/build.ts).
 */
function timerTurns(): TimerTurns {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./timer-turns') as TimerTurns;
  return loaded;
}

/**
 * Sets what the cook asked for (set-timer.ts), loading the timers' work first: for the handlers in
 * index.js that set a timer on a "yes".
 */
export function fulfil(...args: Parameters<TimerTurns['fulfil']>): ReturnType<TimerTurns['fulfil']> {
  return timerTurns().fulfil(...args);
}

/** Alexa's answer to the permission request the timers asked for (AskFor), in or out of a session. */
function isConsentResponse(h: Parameters<TurnHandler['canHandle']>[0]): boolean {
  if (getRequestType(h.requestEnvelope) !== 'Connections.Response') return false;
  return (h.requestEnvelope.request as interfaces.connections.ConnectionsResponse).name === 'AskFor';
}

/** Timers and reminders by voice, through Alexa's Timers and Reminders APIs. */
export function timerHandlers(deps: TimerDeps): readonly TurnHandler[] {
  const manage = (intent: typeof Intent.CancelTimer | typeof Intent.PauseTimer | typeof Intent.ResumeTimer, action: ManageAction): TurnHandler => ({
    canHandle: (h) => isIntent(h, intent),
    handle: (h, turn) => timerTurns().manage(h, turn, deps, action),
  });
  return [
    { canHandle: (h) => isIntent(h, Intent.SetTimer), handle: (h, turn) => timerTurns().setTimerTurn(h, turn, deps) },
    // "the recipe says two to two and a half hours, set a timer for that": a length quoted, then a timer asked for it.
    { canHandle: (h) => isIntent(h, Intent.SetTimerSaid), handle: (h, turn) => timerTurns().setTimerSaid(h, turn, deps) },
    { canHandle: (h) => isIntent(h, Intent.TimeLeft), handle: (h, turn) => timerTurns().timeLeft(h, turn, deps) },
    manage(Intent.CancelTimer, 'cancel'),
    manage(Intent.PauseTimer, 'pause'),
    manage(Intent.ResumeTimer, 'resume'),
    // "pause", "pause it" while a timer the skill set runs: that timer, not the walkthrough (built-ins.ts otherwise).
    { canHandle: (h) => isIntent(h, Intent.Pause) && hasTimer(h) && !hasPausedTimer(h), handle: (h, turn) => timerTurns().manage(h, turn, deps, 'pause') },
    // "resume", "continue" while a timer the skill paused may still be paused: that timer (navigation's ResumeHandler otherwise).
    { canHandle: (h) => isIntent(h, Intent.Resume) && hasPausedTimer(h), handle: (h, turn) => timerTurns().resumePaused(h, turn, deps) },
    // "The roast one": answers "which one?" when the last turn asked it; said out of the blue, how long that timer has left.
    { canHandle: (h) => isIntent(h, Intent.WhichTimer), handle: (h, turn) => timerTurns().whichTimer(h, turn, deps) },
    { canHandle: isConsentResponse, handle: (h, turn) => timerTurns().consentResponse(h, turn, deps) },
  ];
}
