import type { HandlerInput } from 'ask-sdk-core';
import { meant, twoQuestions, type TwoQuestions } from '../../vocabulary';
import { slotsInOwnWords } from '../slots';

/** Two questions asked at once (two-questions.ts answers them), and the slot whose words held them. */
export interface Split extends TwoQuestions {
  readonly slot: string;
}

/** The two questions in a slot of this request, or undefined: chooses the two-questions handler (index.ts). */
export function splitOf(h: HandlerInput): Split | undefined {
  for (const slot of slotsInOwnWords(h)) {
    // A correction comes first: "how much salt and how much, no, just the oil" means what follows it.
    const two = twoQuestions(meant(slot.value).words);
    if (two) return { ...two, slot: slot.name };
  }
  return undefined;
}
