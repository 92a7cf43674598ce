import { Intent } from '../../intents';
import { supportsScreens } from '../../screens';
import { toSsml } from '../../speech';
import { currentStep } from '../../turn/turn';
import { isIntent, say, type TurnHandler } from '../respond';

/**
 * "hold on", "wait", "give me a minute": the place is kept, and the session stays as open as the
 * device allows. On a device with a screen the response leaves `shouldEndSession` unset: Alexa
 * documents that such a response with visual content (the step, added by the screen interceptor)
 * keeps the session open for up to 30 seconds without opening the microphone, and a cook who says
 * "Alexa, next" meanwhile reaches the skill without its name ("Manage the skill session and
 * session attributes", shouldEndSession undefined). A device without a screen ends the session on
 * an unset value, so there the microphone stays open for the reprompt ("I'm still here"); after
 * that, the place is still kept for "Alexa, open crispy pork belly".
 */
export const HoldOnHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.HoldOn, Intent.HoldOnReason),
  handle(h, turn) {
    const placed = turn.cook.finished ? undefined : currentStep(turn);
    if (placed) turn.screen = { kind: 'step', index: placed.index };
    if (!supportsScreens(h)) return say(h, turn.speech.holdOn(placed));
    return h.responseBuilder.speak(toSsml(turn.speech.holdOnScreen(placed).prompt)).getResponse();
  },
};
