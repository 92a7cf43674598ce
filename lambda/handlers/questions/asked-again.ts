import type { HandlerInput } from 'ask-sdk-core';
import { Slot } from '../../intents';
import { getRequestType } from '../../sdk';
import { asksAgain, meant } from '../../vocabulary';
import type { TurnHandler } from '../respond';
import { answerOpen } from './open';

/**
 * A question taken back and asked again in one breath: "how hot, wait no, how long does it roast",
 * "how long do I simmer it, no, how thick should it get". On a device the first question's carrier
 * chose the intent and its slot carries the rest as spoken; what the cook meant is the question
 * after the correction (lambda/vocabulary/corrections.ts), whatever the intent. It is answered as
 * an open question, by its own words, never by the intent the cook took back.
 */

/** Slots that name a timer: "cancel the timer no how long is left" is the timers' to read. */
const NOT_A_QUESTION: ReadonlySet<string> = new Set([Slot.TimerName, Slot.Duration]);

/** The question asked again in a slot of this request, or undefined when there is none. */
function askedAgain(h: HandlerInput): string | undefined {
  if (getRequestType(h.requestEnvelope) !== 'IntentRequest') return undefined;
  const request = h.requestEnvelope.request as { intent?: { slots?: Record<string, { name: string; value?: string; resolutions?: { resolutionsPerAuthority?: { status: { code: string } }[] } }> } };
  for (const slot of Object.values(request.intent?.slots ?? {})) {
    if (!slot.value || NOT_A_QUESTION.has(slot.name)) continue;
    // A value the model matched is a value as said, with no correction in it.
    if (slot.resolutions?.resolutionsPerAuthority?.some((a) => a.status.code === 'ER_SUCCESS_MATCH')) continue;
    const m = meant(slot.value);
    if (asksAgain(m)) return m.words;
  }
  return undefined;
}

export const AskedAgainHandler: TurnHandler = {
  canHandle: (h) => askedAgain(h) !== undefined,
  handle: (h, turn) => answerOpen(h, turn, askedAgain(h) ?? ''),
};
