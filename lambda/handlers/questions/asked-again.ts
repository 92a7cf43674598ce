import type { HandlerInput } from 'ask-sdk-core';
import { asksAgain, meant } from '../../vocabulary';
import { slotsInOwnWords } from '../slots';

/**
 * A question taken back and asked again in one breath: "how hot, wait no, how long does it roast",
 * "how long do I simmer it, no, how thick should it get". On a device the first question's carrier
 * chose the intent and its slot carries the rest as spoken; what the cook meant is the question
 * after the correction (lambda/vocabulary/corrections.ts), whatever the intent. It is answered as
 * an open question, by its own words, never by the intent the cook took back.
 */

/** The question asked again in a slot of this request, or undefined when there is none (index.ts answers it as an open question). */
export function askedAgain(h: HandlerInput): string | undefined {
  for (const slot of slotsInOwnWords(h)) {
    const m = meant(slot.value);
    if (asksAgain(m)) return m.words;
  }
  return undefined;
}
