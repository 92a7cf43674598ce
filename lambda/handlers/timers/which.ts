import { Intent } from '../../intents';
import { isIntent, type TurnHandler } from '../respond';
import type { TimerDeps } from './deps';
import { manage } from './manage';
import { askedWhich } from './question';
import { timeLeft } from './time-left';

/**
 * "The roast one": answers "which one?" when the last turn asked it; said out of the blue, the
 * cook hears how long that timer has left.
 */
export function whichTimerHandler(deps: TimerDeps): TurnHandler {
  return {
    canHandle: (h) => isIntent(h, Intent.WhichTimer),
    handle(h, turn) {
      const action = askedWhich(h);
      return action ? manage(h, turn, deps, action) : timeLeft(h, turn, deps);
    },
  };
}
