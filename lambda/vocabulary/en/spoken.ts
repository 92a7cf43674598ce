/**
 * Clipped American speech and the words of South African and Kenyan English, as a cook says a request
 * or a question ("how long's it gotta roast for", "lemme get the baking soda amount", "what must i
 * do", "i'll use my sufuria for the glaze"), read by lambda/vocabulary/pidgin.ts with Pidgin's words
 * into the English the skill's readers already know. Words, not sentences, so a phrasing nobody wrote
 * down yet reads the same way. Each rule is a regular expression over the words joined by spaces, and
 * its English, in the order applied.
 */
export const SPOKEN_WORDS: readonly (readonly [string, string])[] = [
  ['gotta', 'have to'], ['gonna', 'going to'], ['wanna', 'want to'], ['lemme', 'let me'], ['gimme', 'give me'],
  ['whaddya|whaddaya|whadda ya', 'what do you'], ['outta', 'out of'], ['kinda', 'kind of'], ['dunno', "don't know"],
  // "ya" is "you" inside a sentence ("see ya later"); said last it is a particle (en/tidy.ts).
  ['ya(?= \\w)', 'you'],
  // Texan: "plain ol' soy sauce" is soy sauce, "what'd you say" is "what did you say", "doin'" is "doing".
  ["(plain|good|regular) ol'?", '$1'], ["what'd", 'what did'], ["doin'?", 'doing'],
  // A dropped g: "preheatin the oven", "how thick am i cuttin these"; not a word that ends so ("within", "napkin").
  ['(?!(?:with|marg|napk|pumpk|muff|grat|orig|cous|vitam|rais|mandar|tann|insul)in)(\\w{3,}[^aeiou\\s])in', '$1ing'],
  // South African and Kenyan English: "must" asks what a cook should do; "eish", "ja" and "shame" ask nothing;
  // a sufuria is a cooking pot.
  ['must (i|we)', 'should $1'], ['(i|we) must(?! (have|be)\\b)', '$1 should'], ['(eish|ja|shame|howzit) ?', ''], ['sufuria', 'saucepan'],
];
