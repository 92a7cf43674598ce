/**
 * The over-polite frame and the formal words inside it, as a cook says a request or a question
 * ("please inform me which step i am currently on", "would you kindly read the final step once more",
 * "i would like to know whether the pork should be covered in the refrigerator", "kindly remind me why
 * one removes the pork from the refrigerator in advance", "what equipment i shall require"), read by
 * lambda/vocabulary/pidgin.ts into the English the skill's readers already know. The frame's words,
 * not its sentences: "inform me of", "i would be grateful to know", "would you be so kind as to" ask
 * nothing of their own; "ought to" is should, "one removes" is I remove, "i shall require" I need,
 * "the weight of" how much. Each rule is a regular expression over the words joined by spaces, and
 * its English, in the order applied.
 */
export const FORMAL_WORDS: readonly (readonly [string, string])[] = [
  // The frame before what is asked, said first: what follows is the question or the request.
  // "tell me" and "remind me" only inside a formal frame: "tell me the next step" asks as it is.
  ["^(good (morning|afternoon|evening) )?((please |kindly )*(would|could) you( kindly| please)?( be so (kind|good) as to)?( (tell|remind|inform|advise) me( (of|on|about|as to))?)?( explain)?|(please |kindly )+remind me( (of|about))?|(please |kindly )*(inform|advise) me( (of|on|about|as to))?|explain)(?= \\w)", ''],
  ["^(i would|i'd|i should) (like|be grateful|be glad|appreciate)( it)?( to (know|hear|learn))?( (if you (could|would) tell me))?", ''],
  // The same frame said after what the cook tells: "i understand there is a citrus finishing touch would you kindly remind me of it".
  ['^(i understand|i gather|i believe)(?= )', ''], ['(would|could) you (kindly |please )?(remind|tell) me (of|about) (it|that)$', ''],
  ['ought to|is it advisable to', 'should'], ['(i|we) (shall|will) (require|need)|(is|are) required|(i|we) require', 'do i need'], ['required$', ''],
  ['(the )?(purpose|function) of', 'why'], ['(the )?(weight|quantity|amount) of', 'how much'], ['correct (technique|method|way) for', 'how to do the'],
  ['refrigerator', 'fridge'], ['currently|strictly|in advance', ''], ['colour', 'color'],
  // "why one removes the pork": the impersonal "one" is the cook.
  ['one (\\w+)s(?= (the|it|a|an|this|that)\\b)', 'i $1'],
  ['^a timer set (for|of)', 'set a timer for'],
];
