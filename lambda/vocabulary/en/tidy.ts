/**
 * The English words a cook says around a question that carry no question of their own, read by
 * lambda/vocabulary/tidy.ts: the tags and particles of Indian, Singaporean and Malaysian English
 * ("must score the skin is it", "the fine sea salt how much ah", "can start again or not"), the
 * dangling words of a sentence cut off ("how long's left on the", "is it two seventy or"), and
 * the few words of those Englishes that mean what the recipe's words mean ("how much time is
 * balance" for what is left).
 */
export const TIDY_WORDS = {
  /** Said last, asking only for a yes or a no or softening what came before: dropped from the end. */
  tags: [
    'is it', "isn't it", 'isnt it', 'is it not', 'or not', 'or no', 'can or not', 'or what', 'right or not', 'correct or not',
    'is it right', 'is it correct', 'yes or no', 'no or not',
    // A guess put to be confirmed: "it goes in the fridge uncovered innit", "ten minutes under the grill sound about right".
    'innit', 'sound about right', 'sounds about right', 'sounds right', 'right yeah', 'have i got that right', 'am i right', 'correct',
    // A worry said after the question asks nothing more: "skin up or skin down, I really don't want to get this wrong".
    "i really don't want to get this wrong", "i don't want to get this wrong", "i don't want to get it wrong",
    "i don't want to mess this up", "i don't want to mess it up", 'i want to be sure', 'just to be sure', 'just to be safe',
    'just checking', 'which is safer', 'one more time', 'one more', 'once more', 'i want to make sure',
    // A reading or an amount checked, then "or is that okay": "is one fifty five too high or is that still okay".
    // Read off one at a time, the "or" after its tag ("or is that okay"): "is that okay" is enough.
    'or is it okay', 'or is that still fine', 'or is it still okay',
    'is that still okay', 'is that okay', 'is that fine',
    // Slang said last (issue 11): "how much baking soda like exactly", "do i start it the day before fr", "no cap", "tho".
    'fr', 'no cap', 'tho', 'bestie', 'real quick', 'like exactly', 'ngl', 'tbh', 'lol',
  ],
  /** Particles of Singaporean, Malaysian and Filipino English, said last: "how much ah", "what to do lah", "same thing ba"; and the Canadian "eh". */
  particles: ['ah', 'lah', 'la', 'leh', 'lor', 'meh', 'hor', 'hah', 'na', 'yaar', 'ya', 'eh', 'ba'],
  /**
   * Articles a cut-off sentence ends on: "on the", "half a". Not "this" or "my": a sentence may end
   * on them whole ("what's after this", "back to the start of this").
   */
  articles: ['the', 'a', 'an'],
  /** Prepositions a cut-off sentence ends on, with its article: "left on the", "in the". */
  prepositions: ['on', 'in', 'of', 'off', 'to', 'for', 'with', 'at', 'from', 'into', 'onto', 'under', 'over', 'about', 'by'],
  /**
   * Joining words a cut-off sentence ends on: "is it two seventy or". An article or a tag after "or" is read off
   * first ("or the", "or is it"), then the "or".
   */
  joins: ['or', 'and', 'but', 'or is', 'or was it', 'or was'],
  /** The sounds of a pause, read away wherever they fall: "the um the first roast", "what's the uh last step". */
  hesitations: ['um', 'uh', 'er', 'erm', 'uhh', 'umm', 'hmm'],
  /**
   * Said to someone else by a cook on the phone, before or after the request, asking nothing of the
   * skill: "mm hmm okay what do I rub it in with", "what temperature should the inside be sorry go on".
   */
  backchannel: [
    // Read off one at a time, so "sorry go on", "sorry one sec" and "hold on babe" need no entry of their own.
    'mm hmm', 'uh huh', 'yeah', 'sorry', 'go on', 'hold on', 'hang on', 'one sec', 'one second', 'babe', 'hon', 'honey',
  ],
  /** Said first, asking nothing: "kindly tell me what all goes in". */
  openers: [
    'kindly', 'please kindly', 'kindly please',
    // Slang and regional openers (issue 11): Gen Z "ngl", "lowkey", "bestie"; the Midwest's "ope", "real quick", "you betcha",
    // "oh for cute"; Texas's "well howdy". Two may come in a row ("ope real quick"), read off one by one.
    'ope', 'bestie', 'lowkey', 'ngl', 'tbh', 'no cap', 'real quick', 'geez', 'oh geez', 'you betcha', 'howdy', 'well howdy', 'oh for cute', 'brb',
  ],
  /** Words of other Englishes for the recipe's own: "what all" for "what", "balance" for what is left, "the whole night" for overnight. */
  same: [
    ['what all', 'what'],
    ['which all', 'which'],
    ['is balance', 'is left'],
    ['balance time', 'time left'],
    ['balance in', 'left in'],
    ['balance on', 'left on'],
    ['time balance', 'time left'],
    // "i don't have time for the whole night": the recipe's word for a night in the fridge.
    ['the whole night', 'overnight'],
    ['whole night', 'overnight'],
    ['all night', 'overnight'],
    // Northern English: "have i to dry the meat an all" is "do i have to dry the meat as well".
    ['have i to', 'do i have to'],
    ['an all', 'as well'],
    // Filipino English: "our ref is quite full".
    ['ref', 'fridge'],
    // A cook who can't find the word: "the tray thingy", "the poker thingamajig".
    ['thingy', 'thing'],
    ['thingamajig', 'thing'],
  ],
} as const;
