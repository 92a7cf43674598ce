import type { TimerDeps } from '../timers/deps';
import type { TurnHandler } from '../respond';
import { asideRequestHandler } from './aside';
import { HoldOnHandler } from './hold';
import { offerHandlers } from './offers';
import { repeatHandler } from './repeat';
import { AcknowledgeHandler, SaidAgainHandler, ThanksHandler } from './small-words';

export { talkInterceptor } from '../../turn/talk-interceptor';

/**
 * The conversation around the recipe: answers to what the skill just asked, "repeat" meaning the
 * last thing said, holding on, and the small words ("okay", "thanks"). These come before every other handler: a "yes" that answers an
 * offer must not be taken for "next". `others` answer again what "repeat" repeats.
 */
export function conversationHandlers(deps: TimerDeps, others: () => readonly TurnHandler[]): readonly TurnHandler[] {
  return [...offerHandlers(deps), asideRequestHandler(others), repeatHandler(others), HoldOnHandler, AcknowledgeHandler, ThanksHandler, SaidAgainHandler];
}
