/**
 * The English words that join two questions asked at once ("how much sea salt and how much baking
 * soda", "what heat and how long for the glaze"), read by lambda/vocabulary/two-questions.ts. A
 * join counts only before a word that opens a question (CORRECTION_WORDS.questionOpeners), so "salt
 * and pepper" stays one thing.
 */
export const JOIN_WORDS: readonly string[] = ['and', 'and also', 'also', 'plus', 'and then', 'then'];

/**
 * Words that make the words before a question a statement of a figure ("I've got a seven pound pork
 * belly, how much baking soda"; "mine's two kilos, how long does it roast"): a number said.
 */
export const NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'half',
];
