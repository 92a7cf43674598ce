import { getRequestType } from '../sdk';
import { Intent } from '../intents';
import { currentStep, speechContext } from '../turn/turn';
import { isIntent, say, type TurnHandler } from './respond';

/** Help that knows where the cook is. */
export const HelpHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Help),
  handle(h, turn) {
    return say(h, turn.speech.help(speechContext(turn), currentStep(turn)));
  },
};

/** Stop, cancel and "go home" say goodbye; the place is kept by the state interceptor. */
export const GoodbyeHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Stop, Intent.Cancel, Intent.NavigateHome),
  handle(h, turn) {
    return say(h, turn.speech.goodbye(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

export const PauseHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Pause),
  handle(h, turn) {
    return say(h, turn.speech.paused(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

/** "no" to an offer: nothing changes, and the cook is told how to go on. */
export const NoHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.No),
  handle(h, turn) {
    if (turn.cook.finished) return say(h, turn.speech.goodbye(undefined), { end: true });
    return say(h, turn.speech.notNow(currentStep(turn)));
  },
};

export const FallbackHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Fallback),
  handle(h, turn) {
    return say(h, turn.speech.fallback(speechContext(turn), currentStep(turn)));
  },
};

/** Alexa closed the session (silence, the cook left, or an error): nothing may be said. */
export const SessionEndedHandler: TurnHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === 'SessionEndedRequest',
  handle(h, turn) {
    const request = h.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      turn.log.warn('session ended with an error', { error: request.error });
    }
    return h.responseBuilder.getResponse();
  },
};

export const builtInHandlers: readonly TurnHandler[] = [
  HelpHandler,
  GoodbyeHandler,
  PauseHandler,
  NoHandler,
  FallbackHandler,
  SessionEndedHandler,
];
