import { Intent } from '../../intents';
import { supportsScreens } from '../../screens/render';
import { currentStep } from '../../turn/turn';
import { isIntent, say, sayAndWait, type TurnHandler } from '../respond';

/**
 * "hold on", "wait", "give me a minute": the place is kept and the session stays as open as the
 * device allows. With a screen the skill stays on it with no microphone open, so "Alexa, next"
 * reaches it without its name; without one the microphone stays open for the reprompt, and after
 * that the place is still kept for "Alexa, open crispy pork belly".
 */
export const HoldOnHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.HoldOn),
  handle(h, turn) {
    const placed = turn.cook.finished ? undefined : currentStep(turn);
    if (placed) turn.screen = { kind: 'step', index: placed.index };
    const line = turn.speech.holdOn(placed);
    return supportsScreens(h) ? sayAndWait(h, line) : say(h, line);
  },
};
