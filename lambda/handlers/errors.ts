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
 * Requests Alexa takes no speech for: the end of a session, and skill events (they come outside
 * any session). An answer with speech to them is itself an invalid response.
 */
function unspoken(type: unknown): boolean {
  return type === 'SessionEndedRequest' || (typeof type === 'string' && type.startsWith('AlexaSkillEvent.'));
}

/**
 * The last resort for anything a handler threw (or a request no handler took): the cook hears a
 * short apology and where they are, and the session stays open, so Alexa never has to say
 * "There was a problem with the requested skill's response". A request that takes no speech gets
 * an empty response.
 */
export function errorHandler(log: Log): ErrorHandler {
  return {
    canHandle: () => true,
    handle(h, error) {
      // `request` is optional here: a malformed envelope without one must still be answered.
      const request = (h.requestEnvelope.request as { type?: unknown } | undefined)?.type;
      log.error('request failed', { request: typeof request === 'string' ? request : 'none', error: error.message });
      if (unspoken(request)) return h.responseBuilder.getResponse();
      const line = safeLine(h);
      return h.responseBuilder
        .speak(toSsml(line.prompt))
        .reprompt(toSsml(line.reprompt))
        .withShouldEndSession(false)
        .getResponse();
    },
  };
}
