import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import { en, toSsml } from '../speech';
import type { Log } from '../services/logger';
import { currentStep, turnOf } from '../turn/turn';
import type { Line } from '../speech/types';

function safeLine(h: HandlerInput): Line {
  try {
    const turn = turnOf(h);
    return turn.speech.error(currentStep(turn));
  } catch {
    // The state itself could not be loaded: say so without it.
    return en.error(undefined);
  }
}

/**
 * The last resort for anything a handler threw (or a request no handler took): the cook hears a
 * short apology and where they are, and the session stays open, so Alexa never has to say
 * "There was a problem with the requested skill's response".
 */
export function errorHandler(log: Log): ErrorHandler {
  return {
    canHandle: () => true,
    handle(h, error) {
      // `request` is optional here: a malformed envelope without one must still be answered.
      const request = (h.requestEnvelope.request as { type?: unknown } | undefined)?.type;
      log.error('request failed', { request: typeof request === 'string' ? request : 'none', error: error.message });
      const line = safeLine(h);
      return h.responseBuilder
        .speak(toSsml(line.prompt))
        .reprompt(toSsml(line.reprompt))
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
