/**
 * The English words that join two questions asked at once ("how much sea salt and how much baking
 * soda", "what heat and how long for the glaze"), read by lambda/vocabulary/two-questions.ts. A
 * join counts only before a word that opens a question (CORRECTION_WORDS.questionOpeners), so "salt
 * and pepper" stays one thing.
 */
export const JOIN_WORDS: readonly string[] = ['and', 'and also', 'also', 'plus', 'and then', 'then'];

