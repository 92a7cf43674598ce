/**
 * The English of a cook talking to someone else in the kitchen and to the skill in one breath
 * ("careful with the knife alexa how deep do we score it", "alexa go back she missed it"), read by
 * lambda/vocabulary/addressed.ts.
 */
export const ADDRESSED_WORDS = {
  /** The names a device wakes to: said inside a sentence, the request to the skill starts after it. */
  wake: ['alexa', 'echo', 'ziggy', 'computer'],
  /**
   * Subjects a clause said to someone else starts with, after the request: "she missed it", "he's
   * lost", "we're eating now". Not "I", "it" or "you": those are the request's own ("is it on",
   * "how long you rest it").
   */
  subjects: ['he', 'she', 'they', 'we', "he's", "she's", "they're", "we're", "he'll", "she'll", "they'll", "we'll", "we've", "they've", "we'd", "he'd", "she'd"],
  /** Words that start a reason said after a request: "while it heats up", "because we're out". */
  reasons: ['while', 'because', 'cause', 'cos', 'coz', 'since'],
  /**
   * Words a subject is the request's own after: a question's verb or word ("are we on", "till we
   * can eat"), a joining word, or a verb it is the object of ("tell him", "let us").
   */
  bound: [
    'do', 'does', 'did', 'are', 'is', 'was', 'were', 'am', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must',
    'have', 'has', 'had', 'till', 'until', 'til', 'when', 'where', 'what', 'how', 'why', 'which', 'who', 'if', 'that', 'and', 'or',
    'so', 'because', 'while', 'before', 'after', 'once', 'as', 'than', 'whether', 'let', 'make', 'tell', 'ask', 'help', 'show', 'give',
    'for', 'to', 'with', 'about', 'like', 'but', 'whatever',
  ],
  /** Question words: a clause that holds one asks something, so it is no aside. */
  questions: ['what', "what's", 'how', "how's", 'when', "when's", 'where', "where's", 'why', 'which', 'who', 'whether'],
  /** The longest clause said to someone else after a request, in words. */
  longest: 6,
} as const;
