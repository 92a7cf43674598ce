import { consentResponseHandler } from './consent-response';
import type { TimerDeps } from './deps';
import { manageHandlers } from './manage';
import { setTimerHandler } from './set-timer';
import { setTimerSaidHandler } from './set-timer-said';
import { timeLeftHandler } from './time-left';
import { whichTimerHandler } from './which';
import type { TurnHandler } from '../respond';

export type { TimerDeps } from './deps';
export { timerQuestionInterceptor } from './question';

/** Timers and reminders by voice, through Alexa's Timers and Reminders APIs. */
export function timerHandlers(deps: TimerDeps): readonly TurnHandler[] {
  return [setTimerHandler(deps), setTimerSaidHandler(deps), timeLeftHandler(deps), ...manageHandlers(deps), whichTimerHandler(deps), consentResponseHandler(deps)];
}
