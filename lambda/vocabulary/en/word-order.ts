/**
 * The words and word order of German and Dutch English ("at which step am i now", "eventually i make it
 * again", "what can i take instead") and of Hong Kong and Singapore English, the topic first and its
 * question word last ("no apple cider vinegar can use what to replace", "my oven got no broil function
 * then how", "got gluten free version or not for the soy sauce"), read by lambda/vocabulary/pidgin.ts
 * into the English the skill's readers already know. Words, not sentences: "eventually" is maybe (German
 * eventuell), "take" a swap is use, "got" is have or is there, "just now" the one before, "then how" what
 * to do. Each rule is a regular expression over the words joined by spaces, and its English, in order.
 */
export const WORD_ORDER_WORDS: readonly (readonly [string, string])[] = [
  ['^eventually', 'maybe'], ['(?<=what can i )take(?= instead|$)', 'use'], ['^at(?= which step)', ''],
  ['^i would make', 'i want to make'],
  // Hong Kong and Singapore English: the question word last, after the topic.
  ['^no(?= .* what)', "i don't have"], ['(can )?use what( to replace)?|what to replace', 'what can i use instead'],
  ['^got (.*) or not', 'is there $1'], ['or not(?= (for|of|in|with) )', ''], ['(i|we) got no', "$1 don't have"], ['got no', 'has no'], ['still got', 'still has'],
  ['(then|so) how$', 'what do i do'], ['(the )?(step|one) just now', 'the previous step'],
];
