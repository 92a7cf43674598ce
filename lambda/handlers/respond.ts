import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../sdk';
import type { Directive, Response } from 'ask-sdk-model';
import { toSsml } from '../speech';
import type { IntentName } from '../intents';
import { turnOf, type Turn } from '../turn/turn';
import type { Line } from '../speech/types';
import { rememberTurn } from './conversation/remember';

/**
 * Speaks a line from the speech module. The session stays open with the line's reprompt unless
 * `end` is set. This is the only place handler output becomes SSML.
 */
export function say(h: HandlerInput, line: Line, options: { end?: boolean } = {}): Response {
  const builder = h.responseBuilder.speak(toSsml(line.prompt));
  if (options.end) return builder.withShouldEndSession(true).getResponse();
  return builder.reprompt(toSsml(line.reprompt)).withShouldEndSession(false).getResponse();
}

/**
 * Speaks a line, then hands the conversation to Alexa with a directive such as a permission request
 * (`Connections.SendRequest`): no reprompt, and the session is left for Alexa to manage.
 */
export function sayAndHandOver(h: HandlerInput, line: Line, directive: Directive): Response {
  return h.responseBuilder.speak(toSsml(line.prompt)).addDirective(directive).getResponse();
}

/** The SSML inside a response's `<speak>` tags: already escaped by `say`. */
function innerSsml(speech: { ssml?: string } | undefined): string {
  return (speech?.ssml ?? '').replace(/^\s*<speak>/, '').replace(/<\/speak>\s*$/, '').trim();
}

/**
 * Two answers said as one turn (two questions asked at once): the first's words, then the
 * second's, and the second's reprompt and directives. Both were spoken through `say`, so their SSML
 * is the speech module's words, escaped; nothing is added here.
 */
export function sayBoth(h: HandlerInput, first: Response, second: Response): Response {
  const said = innerSsml(first.outputSpeech as { ssml?: string });
  const then = innerSsml(second.outputSpeech as { ssml?: string });
  // Two questions the same answer answers ("how hot and what temperature") hear it once.
  const speech = then.startsWith(said) ? then : [said, then].filter(Boolean).join(' ');
  const builder = h.responseBuilder.speak(speech);
  for (const directive of second.directives ?? []) builder.addDirective(directive);
  const reprompt = innerSsml(second.reprompt?.outputSpeech as { ssml?: string } | undefined);
  if (reprompt) builder.reprompt(reprompt);
  if (second.shouldEndSession !== undefined) builder.withShouldEndSession(second.shouldEndSession);
  return builder.getResponse();
}

/** True when the request is an IntentRequest for one of the given intents. */
export function isIntent(h: HandlerInput, ...names: readonly IntentName[]): boolean {
  return getRequestType(h.requestEnvelope) === 'IntentRequest' && (names as readonly string[]).includes(getIntentName(h.requestEnvelope));
}

/**
 * A request handler that is handed its turn (the recipe, the cook's state, how to talk to them)
 * instead of fetching it: `canHandle` stays pure, `handle` gets the turn as an argument.
 */
export interface TurnHandler {
  canHandle(h: HandlerInput): boolean;
  handle(h: HandlerInput, turn: Turn): Response | Promise<Response>;
}

/**
 * What a handler does once chosen, without the choosing: the part of a handler that lives in its
 * group's module in dist/answers.js, loaded at the first turn that needs it (tools/build.ts
 * ON_DEMAND); the group's index.ts pairs it with its `canHandle`.
 */
export type TurnHandle = Pick<TurnHandler, 'handle'>;

/**
 * The SDK's view of a turn handler: the turn is read here, once per request, and handed on; what
 * was said is remembered as facts afterwards (for "repeat", the fallback and the hand-back).
 */
export function forSdk(handler: TurnHandler): RequestHandler {
  return {
    canHandle: (h) => handler.canHandle(h),
    async handle(h) {
      const turn = turnOf(h);
      const before = JSON.stringify(turn.cook);
      const response = await handler.handle(h, turn);
      rememberTurn(h, turn, before);
      return response;
    },
  };
}
