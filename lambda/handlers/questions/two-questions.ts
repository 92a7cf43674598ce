import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import type { Turn } from '../../turn/turn';
import { contentStems, subjectOf, vocabularyFor, wordsOf, type Want } from '../../vocabulary';
import { ResponseFactory } from '../../sdk';
import { sayBoth, type TurnHandler } from '../respond';
import { withSlotWords } from '../slots';
import { answerOpen } from './open';
import { splitOf, type Split } from './split';

/**
 * Two questions asked at once (issue 11): "how much sea salt and how much baking soda", "what
 * temperature and how long does the roast take", "what heat and how long for the glaze". On a device
 * the first question's carrier chooses the intent and its slot carries the rest as spoken
 * (lambda/vocabulary/two-questions.ts splits it). The first question is answered by that intent's
 * own handler, with the slot holding only its own words; the second as an open question in its
 * words. Both answers are the usual ones for the cook's place, said one after the other, with one
 * hand-back at the end.
 */

/** True when the words name nothing besides what they ask ("what heat", "how hot", ""). */
function namesNothing(words: string): boolean {
  const vocabulary = vocabularyFor();
  const asking = new Set(Object.values(vocabulary.wants).flatMap((ws) => ws.flatMap((w) => contentStems(vocabulary, w))));
  return contentStems(vocabulary, words).every((s) => asking.has(s));
}

/**
 * The questions a second question's opening words ask for outright, and the intent and slot that
 * answer them with what it names: "how long does the roast take" is the roast's wait, as "how long
 * does the roast take" asked alone would be. Anything else is answered as an open question.
 */
const BY_WANT: readonly { readonly want: Want; readonly intent: string; readonly slot: string }[] = [
  { want: 'time', intent: Intent.HowLong, slot: Slot.Timing },
  { want: 'amount', intent: Intent.IngredientAmount, slot: Slot.Ingredient },
];

async function answerSecond(h: HandlerInput, turn: Turn, question: string, answering: readonly TurnHandler[]): Promise<Response> {
  const vocabulary = vocabularyFor();
  const said = ` ${wordsOf(question).join(' ')} `;
  const opening = BY_WANT.find(({ want }) => (vocabulary.asks[want] ?? []).some((w) => w.includes(' ') && said.startsWith(` ${w} `)));
  const subject = subjectOf(question);
  if (opening && subject) {
    const asked = withSlotWords(h, opening.slot, subject, opening.intent);
    const handler = answering.find((x) => x.canHandle(asked));
    if (handler) return handler.handle(asked, turn);
  }
  return answerOpen({ ...h, responseBuilder: ResponseFactory.init() }, turn, question);
}

/** `answering`: the question handlers the first question may go to (not this one, nor the asked-again). */
export async function answerTwo(h: HandlerInput, turn: Turn, answering: readonly TurnHandler[]): Promise<Response> {
  const split = splitOf(h) as Split;
  // "what heat and how long for the glaze": the first question is about what the second names.
  const firstWords = namesNothing(split.first) ? `${split.first} ${subjectOf(split.second)}`.trim() : split.first;
  const asFirst = withSlotWords(h, split.slot, firstWords);
  const handler = answering.find((x) => x.canHandle(asFirst));
  let first: Response | undefined;
  turn.firstOfTwo = true;
  try {
    first = handler ? await handler.handle(asFirst, turn) : undefined;
  } finally {
    turn.firstOfTwo = false;
  }
  const second = await answerSecond(h, turn, split.second, answering);
  return first ? sayBoth(h, first, second) : second;
}
