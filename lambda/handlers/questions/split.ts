import type { HandlerInput } from 'ask-sdk-core';
import { meant, tidiedPhrase, twoQuestions, type TwoQuestions } from '../../vocabulary';
import { slotsInOwnWords } from '../slots';

/** Two questions asked at once (two-questions.ts answers them), and the slot whose words held them. */
export interface Split extends TwoQuestions {
  readonly slot: string;
}

/** The two questions in a slot of this request, or undefined: chooses the two-questions handler (index.ts). */
export function splitOf(h: HandlerInput): Split | undefined {
  for (const slot of slotsInOwnWords(h)) {
    // A correction comes first: "how much salt and how much, no, just the oil" means what follows it.
    // Then a stutter or a cut-off end: "how hot and how long is the um the first roast" (tidy.ts).
    const two = twoQuestions(tidiedPhrase(meant(slot.value).words));
    if (two) return { ...two, slot: slot.name };
  }
  return undefined;
}
