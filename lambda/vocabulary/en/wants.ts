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
  // First: a question that says why asks for a reason, whatever else it names ("the objective of the low temperature
  // phase" names a temperature). The technical register's words for a reason: "objective", "function".
  reason: ['why', 'reason', 'point', 'purpose', 'objective', 'function', 'aim', 'goal', 'rationale', 'intent of'],
  // "what do I pull it at": the temperature inside it comes out at.
  inside: ['inside', 'internal', 'middle', 'centre', 'center', 'core', 'pull it at', 'pull at'],
  // "I've only got vegetable oil", "is baking soda the same as baking powder", "the vinegar is pricey": what the cook has, a
  // likeness, or why the cook wants another thing asks for a swap.
  swap: ['instead', 'substitute', 'swap', 'replace', 'replacement', 'alternative', 'can i use', 'could i use', 'just use', 'only got', 'only have', 'same as', 'something else', 'pricey', 'expensive', 'cheaper', 'hard to find'],
  need: ['compulsory', 'necessary', 'optional', 'essential', 'required', 'need', 'have to', 'must'],
  // "how big a knob of butter": a cook's own measure of a thing asks how much of it.
  amount: ['how much', 'how many', 'amount', 'quantity', 'ratio', 'proportion', 'how big a', 'knob', 'dollop', 'splash', 'handful'],
  // Not "time" alone: "I haven't time to leave it overnight" asks no length.
  time: ['how long', 'how many minutes', 'how many hours', 'how much time', 'long', 'what time', 'time left', 'duration'],
  temperature: ['how hot', 'temperature', 'degrees'],
  done: ['know when', 'tell when', 'know if', 'tell if', 'ready', 'done yet', 'thick enough', 'crisp enough', 'cooked enough', 'consistency'],
  how: ['technique', 'procedure'],
  side: ['up or down', 'down or up', 'which way up', 'which side up', 'which way round', 'which way around', 'right way up', 'face up', 'face down'],
};

/** What the answer to a want says (the recipe's "skin-side up"), for a question that names nothing else it shares. */
export const SAYS_WORDS: Readonly<Partial<Record<Want, readonly string[]>>> = {
  side: ['up', 'down', 'side'],
};

/**
 * Small words that end a question asking for a thing ("what do I put it in", "what do I dry it
 * with"): the answer says the word with the thing after it ("in a roasting pan", "with paper towels").
 */
export const ENDING_WORDS: readonly string[] = ['in', 'into', 'on', 'onto', 'with', 'under', 'over', 'from', 'inside'];

/** Where on the pork an ingredient goes: "pepper in the glaze yes or no" still names the glaze's pepper. */
export const PLACE_WORDS: readonly string[] = ['skin', 'meat', 'glaze', 'rub', 'side'];

export const WANT_WORDS: Readonly<Record<Want, readonly string[]>> = {
  amount: ['how much', 'how many', 'amount', 'quantity', 'teaspoon', 'teaspoons', 'tablespoon', 'tablespoons', 'cup', 'cups', 'measure', 'total', 'pinch', 'ratio'],
  time: ['how long', 'minutes', 'hours', 'time', 'long', 'overnight', 'when', 'until', 'timing', 'duration'],
  temperature: ['temperature', 'hot', 'degrees', 'celsius', 'fahrenheit', 'gas mark', 'heat', 'oven', 'preheat', 'setting'],
  inside: ['inside', 'internal', 'middle', 'thermometer', 'reading', 'centre', 'center', 'core', 'done', 'cooked', 'target'],
  reason: ['why', 'reason', 'point', 'purpose', 'for', 'does', 'help', 'matter', 'important', 'science', 'objective', 'function', 'aim', 'goal', 'rationale'],
  swap: ['can i use', 'could i use', 'instead', 'substitute', 'swap', 'replace', 'replacement', 'alternative', 'other', 'different', 'kind', 'type', 'sort', 'which', 'don\'t have', 'out of', 'ran out', 'no', 'got no', 'haven\'t got', 'what do i use', 'what can i use'],
  // "what's going in the glaze later": what a part of the recipe needs.
  need: ['need', 'necessary', 'optional', 'compulsory', 'have to', 'must', 'skip', 'leave out', 'essential', 'required', 'without', 'bother', 'going in', 'goes in', 'go in'],
  problem: ['wrong', 'fix', 'help', 'problem', 'happened', 'burn', 'burning', 'soggy', 'soft', 'black', 'not', 'isn\'t', 'won\'t', 'didn\'t', 'too', 'consequence', 'exceed', 'exceeding', 'excess', 'excessive'],
  serve: ['serve', 'serving', 'side', 'sides', 'side dish', 'alongside', 'accompany', 'accompaniment', 'vegetables', 'salad', 'go with', 'goes with', 'pair', 'eat with', 'have with', 'kids'],
  // "what are we reducing the glaze to": a reduction is asked about by how it ends.
  // Not "syrupy": it stems as "syrup", the maple syrup's own name ("can I use cheap pancake syrup").
  done: ['ready', 'done', 'finished', 'know when', 'tell when', 'enough', 'look like', 'looks like', 'should it look', 'crackled', 'consistency', 'texture', 'reduce', 'reducing'],
  side: ['up or down', 'which way', 'which side', 'way up', 'way round', 'face up', 'face down', 'upside down'],
  how: ['how', 'way', 'technique', 'properly', 'method', 'procedure'],
};
