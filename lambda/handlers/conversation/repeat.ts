import type { HandlerInput } from 'ask-sdk-core';
import { Intent } from '../../intents';
import { talkOf, type LastSaid } from '../../state/talk';
import { isIntent, say, type TurnHandler } from '../respond';
import { speakStep } from '../navigation';
import { speechContext } from '../../turn/turn';

/** The same request again, as it was first asked: the handlers answer it from today's facts. */
function asked(h: HandlerInput, last: Extract<LastSaid, { kind: 'intent' | 'launch' }>): HandlerInput {
  const request = h.requestEnvelope.request;
  const again =
    last.kind === 'launch'
      ? { type: 'LaunchRequest' as const, requestId: request.requestId, timestamp: request.timestamp, locale: request.locale }
      : { type: 'IntentRequest' as const, requestId: request.requestId, timestamp: request.timestamp, locale: request.locale, dialogState: 'COMPLETED' as const, intent: last.intent };
  return { ...h, requestEnvelope: { ...h.requestEnvelope, request: again } };
}

/**
 * "repeat", "say that again", "what was that": the last thing said, rendered again from the facts
 * kept about it (state/talk.ts): the same step, or the same question answered again. `others` are
 * the handlers that answered it the first time.
 */
export function repeatHandler(others: () => readonly TurnHandler[]): TurnHandler {
  return {
    canHandle: (h) => isIntent(h, Intent.Repeat),
    handle(h, turn) {
      const last = talkOf(h).last;
      if (last?.kind === 'step') return speakStep(h, turn, last.index);
      if (last) {
        const again = asked(h, last);
        const handler = others().find((x) => x.canHandle(again));
        if (handler) return handler.handle(again, turn);
      }
      if (turn.cook.step !== null && !turn.cook.finished) return speakStep(h, turn, turn.cook.step);
      if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(turn)));
      return say(h, turn.speech.notStarted());
    },
  };
}
