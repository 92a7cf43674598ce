import { Intent } from '../../intents';
import { currentStep } from '../../turn/turn';
import { isIntent, say, type TurnHandler } from '../respond';

/**
 * "hold on", "wait", "give me a minute": the place is kept and the session stays open for the
 * reprompt ("I'm still here"); after that the place is still kept for "Alexa, open crispy pork
 * belly". (Leaving `shouldEndSession` unset on a screen, so "Alexa, next" would reach the skill
 * without its name, is what the design asks; every response is required to end the session or
 * reprompt, so that is not done yet.)
 */
export const HoldOnHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.HoldOn),
  handle(h, turn) {
    const placed = turn.cook.finished ? undefined : currentStep(turn);
    if (placed) turn.screen = { kind: 'step', index: placed.index };
    return say(h, turn.speech.holdOn(placed));
  },
};
