import type { Want } from '../types';

/**
 * The words that say what a question is after, however it is worded: "is the butter compulsory"
 * asks whether it is needed, "what oil can I use" asks for a swap, "how brown" for what to look
 * for. The fact index (lambda/facts) weighs facts of the wanted kind up, and counts these words as
 * that kind of fact's own.
 */
/**
 * The words that ask outright, the form of a question rather than what it is about ("how long",
 * "instead", "compulsory"): a question that says one of these wants that kind of answer whatever
 * its carrier, and these words alone name nothing ("how long now" names no wait).
 */
export const ASK_WORDS: Readonly<Partial<Record<Want, readonly string[]>>> = {
  inside: ['inside', 'internal', 'middle', 'centre', 'center', 'core'],
  swap: ['instead', 'substitute', 'swap', 'replace', 'replacement', 'alternative', 'can i use', 'could i use'],
  need: ['compulsory', 'necessary', 'optional', 'essential', 'required', 'need', 'have to', 'must'],
  amount: ['how much', 'how many', 'amount', 'quantity'],
  time: ['how long', 'how many minutes', 'how many hours', 'how much time', 'long', 'time'],
  temperature: ['how hot', 'temperature', 'degrees'],
  reason: ['why', 'reason', 'point', 'purpose'],
};

export const WANT_WORDS: Readonly<Record<Want, readonly string[]>> = {
  amount: ['how much', 'how many', 'amount', 'quantity', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'measure', 'total', 'pinch', 'ratio'],
  time: ['how long', 'minutes', 'hours', 'time', 'long', 'overnight', 'when', 'until', 'timing', 'duration'],
  temperature: ['temperature', 'hot', 'degrees', 'celsius', 'fahrenheit', 'gas mark', 'heat', 'oven', 'preheat', 'setting'],
  inside: ['inside', 'internal', 'middle', 'thermometer', 'reading', 'centre', 'center', 'core', 'done', 'cooked', 'target'],
  reason: ['why', 'reason', 'point', 'purpose', 'for', 'does', 'help', 'matter', 'important', 'science'],
  swap: ['can i use', 'could i use', 'instead', 'substitute', 'swap', 'replace', 'replacement', 'alternative', 'other', 'different', 'kind', 'type', 'which', 'don\'t have', 'out of', 'ran out', 'no'],
  need: ['need', 'necessary', 'optional', 'compulsory', 'have to', 'must', 'skip', 'leave out', 'essential', 'required', 'without', 'bother'],
  problem: ['wrong', 'fix', 'help', 'problem', 'happened', 'burn', 'burning', 'soggy', 'soft', 'black', 'not', 'isn\'t', 'won\'t', 'didn\'t', 'too'],
  serve: ['serve', 'serving', 'side', 'sides', 'vegetables', 'salad', 'go with', 'goes with', 'pair', 'accompaniment', 'eat with', 'have with', 'garnish', 'plate', 'kids'],
  how: ['how', 'way', 'technique', 'properly', 'method'],
};
