import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Turn } from '../../turn/turn';
import type { TimerDeps } from './deps';
import { manage } from './manage';
import { askedWhich } from './question';
import { timeLeft } from './time-left';

/**
 * "The roast one": answers "which one?" when the last turn asked it; said out of the blue, the
 * cook hears how long that timer has left.
 */
export function whichTimer(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const action = askedWhich(h);
  return action ? manage(h, turn, deps, action) : timeLeft(h, turn, deps);
}
