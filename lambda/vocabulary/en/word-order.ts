/**
 * The word order of German and Dutch English ("at which step am i now") and of Hong Kong and Singapore
 * English, the topic first and its question word last ("no apple cider vinegar can use what to replace",
 * "the step just now can say again"), read by lambda/vocabulary/pidgin.ts into the English the skill's
 * readers already know. Words, not sentences: "at which step" is which step, "no ... what" is what the
 * cook lacks, "use what" asks for a swap, "just now" is the one before. Each rule is a regular
 * expression over the words joined by spaces, and its English, in the order applied. (The model
 * carries the rest of these Englishes with their question words said last: second-language.ts.)
 */
export const WORD_ORDER_WORDS: readonly (readonly [string, string])[] = [
  ['^at(?= which step)', ''], ['^no(?= .* what)', "i don't have"], ['(can )?use what( to replace)?|what to replace', 'what can i use instead'],
  ['(the )?(step|one) just now', 'the previous step'],
];
