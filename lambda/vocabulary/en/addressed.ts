/**
 * The English of a cook talking to someone else in the kitchen and to the skill in one breath
 * ("careful with the knife alexa how deep do we score it", "alexa go back she missed it"), read by
 * lambda/vocabulary/addressed.ts. Word lists are written as one string each, to keep the shipped
 * code small.
 */
export const ADDRESSED_WORDS = {
  /** The names a device wakes to: said inside a sentence, the request to the skill starts after it. */
  wake: 'alexa echo computer',
  /**
   * Said to a partner or a child inside the request, asking nothing: a pet name ("now what comes after the butter hon"; not
   * "honey", which may be the glaze's), and "no not you" turning back to the skill ("cancel it no not you sweetie cancel it").
   * A regular expression, read away wherever it falls with the other Englishes' words (pidgin.ts), before a "no" reads as a correction.
   */
  aside: 'no not you|hon|sweetie|sweetheart|darling|babe',
  /**
   * The subject a clause said to someone else starts with, after the request: "she missed it", "he's
   * lost", "we're eating now". Not "I", "it" or "you": those are the request's own ("is it on",
   * "how long you rest it").
   */
  subject: "^(he|she|they|we)('s|'re|'ll|'ve|'d)?$",
  /** A word that starts a reason said after a request: "while it heats up", "because we're out". */
  reason: '^(while|because|cause|cos|coz|since)$',
  /**
   * Words a subject is the request's own after, besides a question's first words: a joining word, a
   * preposition, or a verb it is the object of ("till we can eat", "tell him", "let us").
   */
  bound: "am was were have has had till until if and or so because while before after as let make mek tell ask give for to with about but can't don't doesn't didn't won't shouldn't gotta need",
  /**
   * The longest clause said to someone else after a request, in words: after the wake word, and in
   * words without one, where the clause may be the question's own ("why in the world we gotta let it rest").
   */
  longest: 6,
  longestUnwoken: 4,
} as const;
