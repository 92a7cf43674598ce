import type { RequestHandler } from 'ask-sdk-core';
import { getRequestType } from '../sdk';
import { Intent } from '../intents';
import { currentStep, speechContext, turnOf } from '../state/turn';
import { isIntent, say } from './respond';

/** Help that knows where the cook is. */
export const HelpHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Help),
  handle(h) {
    const turn = turnOf(h);
    return say(h, turn.speech.help(speechContext(h), currentStep(turn)));
  },
};

/** Stop, cancel and "go home" say goodbye; the place is kept by the state interceptor. */
export const GoodbyeHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Stop, Intent.Cancel, Intent.NavigateHome),
  handle(h) {
    const turn = turnOf(h);
    return say(h, turn.speech.goodbye(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

export const PauseHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Pause),
  handle(h) {
    const turn = turnOf(h);
    return say(h, turn.speech.paused(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

/** "no" to an offer: nothing changes, and the cook is told how to go on. */
export const NoHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.No),
  handle(h) {
    const turn = turnOf(h);
    if (turn.cook.finished) return say(h, turn.speech.goodbye(undefined), { end: true });
    return say(h, turn.speech.notNow(currentStep(turn)));
  },
};

export const FallbackHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Fallback),
  handle(h) {
    const turn = turnOf(h);
    return say(h, turn.speech.fallback(speechContext(h), currentStep(turn)));
  },
};

/** Alexa closed the session (silence, the cook left, or an error): nothing may be said. */
export const SessionEndedHandler: RequestHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === 'SessionEndedRequest',
  handle(h) {
    const request = h.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      turnOf(h).log.warn('session ended with an error', { error: request.error });
    }
    return h.responseBuilder.getResponse();
  },
};

export const builtInHandlers: readonly RequestHandler[] = [
  HelpHandler,
  GoodbyeHandler,
  PauseHandler,
  NoHandler,
  FallbackHandler,
  SessionEndedHandler,
];
