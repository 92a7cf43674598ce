/**
 * Jamaican and Trinidadian English as a cook says a request or a question ("mek we start nuh", "wah
 * step mi deh pon now", "tek mi back to di part weh yuh score di skin", "mi cyan use orange juice
 * instead a di vinegar"), read by lambda/vocabulary/pidgin.ts, before Pidgin's words, into the
 * English the skill's readers already know. Its grammar words, not its sentences: "di" the, "dat"
 * that, "dis" this, "fi" to or for ("mi fi" should I), "pon" on, "mi" I or me, "mek" make ("mek we"
 * let us, "mek mi" let me), "tek" take, "wah" what, "weh" where, "yuh" you, "nuh" don't (a softener when said last),
 * "cyan" can, "deh" there ("mi deh" I am), "likkle" little, "leff" left. Each rule is a regular
 * expression over the words joined by spaces, and its English, in the order applied. None of these
 * words is an English word a cook would say otherwise; "mi" and "deh" are read by where they stand.
 */
export const CARIBBEAN_WORDS: readonly (readonly [string, string])[] = [
  // "eh eh" opens in surprise and asks nothing; "fi mi" (for me) and "nuh" said last only soften a request.
  ['^eh( eh)?', ''], ['(fi mi|nuh)$', ''], ['(?<!want )mi fi', 'should i'], ['wah fi', 'what to'], ['mek (we|us)', 'let us'], ['mek mi', 'let me'], ['mek', 'make'], ['tek', 'take'],
  // "fi" is "for" before what it is for ("fi two hours", "fi di glaze"), "to" before a verb ("fi mek", "fi reach").
  ['fi(?= (a|an|the|di|de|dis|dat|this|that|mi|me|yuh|you|it|dem|now|half)\\b| \\w+ (hour|min))', 'for'],
  ['fi', 'to'], ['mi deh', 'i am'], ['mi cyan', 'can i'], ['mi nuh', "i don't"], ['nuh', "don't"], ['cyan', 'can'],
  // "mi" is "me" after what is done to or for the cook ("tek mi back", "yuh want mi fi dry it"), else "I".
  ['(?<=\\b(take|give|tell|show|let|make|for|to|with|want|help|remind) )mi', 'me'], ['mi', 'i'], ['deh', 'there'],
  ['di|de', 'the'], ["dat('s)?", "that$1"], ['dis', 'this'], ['dem', 'them'], ['wah', 'what'], ['weh', 'where'], ['yuh|allyuh', 'you'], ['wid', 'with'],
  ['pon', 'on'], ['inna', 'in'], ['ting', 'thing'], ['likkle', 'little'], ['leff', 'left'], ['tanks', 'thanks'],
  // "instead a" is never English; "out a" and "full a" only before what they hold ("out a di fridge"): "take it out a few minutes early" is English.
  ['instead a', 'instead of'], ['(full|out) a(?= (the|this|that|them|my|your)\\b)', '$1 of'],
];
