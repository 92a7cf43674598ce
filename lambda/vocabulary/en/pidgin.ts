/**
 * Nigerian Pidgin and the West African and Caribbean English near it, as a cook says a request or a
 * question to the skill ("abeg repeat am", "which step i dey now", "the skin no dey puff wetin i go
 * do"), read by lambda/vocabulary/pidgin.ts into the English the skill's readers already know. Its
 * grammar words, not its sentences: "abeg" is please, "am" it, "dey" is or am (-ing), "wetin" what,
 * "i go" I should, "e go" will it, "fit" can, "no get" don't have, "don" have (done) or is, "remain"
 * left. Each rule is a regular expression over the words joined by spaces, and its English, in the
 * order applied; a subject with its tense word goes in the order an English question puts them
 * ("wetin i fit use" is "what can i use").
 */
export const PIDGIN_WORDS: readonly (readonly [string, string])[] = [
  ['abeg ?', ''], ['wetin make', 'why'], ['wetin', 'what'],
  // "am" is "it" after a verb ("repeat am", "slice am"); not in "am i", "i am", or a breakfast time ("seven am").
  ["(?<!^|\\b(i|we|you|i'm|\\d+|seven|eight|nine|ten|eleven|twelve) )am(?! (i|we)\\b)", 'it'],
  // "i go" is "should i" before a verb ("how i go slice am"); not before where one goes ("can i go back").
  ['i go(?= (?!(back|to|on|ahead|out|in|up|down|over|off|away|from|and|get|there|next|straight|for|now|wrong)\\b)\\w)', 'should i'],
  ['no dey', 'is not'], ['i dey', 'i am'], ['dey', 'is'], ['no fit', "can't"], ['i fit', 'can i'], ['no get', "don't have"],
  ['still get', 'still has'], ['i don', 'i have'], ['don', 'is'], ['e go', 'will it'], ['e', 'it'], ['remain', 'left'],
  // "where we reach", "where we stop": where the cook had got to.
  ['we (reach|stop)', 'were we'],
];
