/**
 * The English words a cook corrects themselves with ("how much pepper, sorry, I mean how much
 * salt"; "set a timer for five, no, ten minutes"), read by lambda/vocabulary/corrections.ts. Kept
 * apart from the other word lists because they say nothing about the recipe: only where what the
 * cook meant begins.
 */
export const CORRECTION_WORDS = {
  /** Always a correction when more follows them: the words before are taken back. */
  markers: ['sorry', 'i mean', 'i meant', 'scratch that', 'or rather', 'make that', 'correction', 'nope', 'no no', 'no wait', 'wait no', 'no sorry'],
  /** "no", a correction except where it is a word of the sentence ("I've got no vinegar"). */
  no: 'no',
  /** Words before which "no" belongs to the sentence: "have no", "there's no", "with no fan". */
  noBelongsAfter: [
    'have', 'has', 'had', 'got', 'there', 'theres', "there's", 'is', 'are', 'was', 'were', 'with', 'if', 'need', 'needs',
    'use', 'using', 'put', 'add', 'into', 'and', 'or', 'but', 'yes', 'say', 'said', 'means', 'by', 'of', 'for', 'at',
    'in', 'on', 'to', 'make', 'leaves', 'leave', 'without',
  ],
  /** Words after which "no" belongs to the sentence: "it's no good", "no longer puffing". */
  noBelongsBefore: ['longer', 'matter', 'good', 'idea', 'way', 'more', 'less', 'problem', 'worries', 'need', 'one', 'sooner'],
  /** A correction only when a question or request follows at once ("how hot, wait, how long"). */
  beforeAQuestion: ['actually', 'wait', 'hang on', 'oh'],
  /** Words that open a question or a request. */
  questionWords: [
    'how', 'what', "what's", 'whats', 'when', "when's", 'where', "where's", 'why', 'which', 'who', 'is', 'are', 'do', 'does',
    'did', 'can', 'could', 'should', 'shall', 'will', 'would', 'set', 'go', 'tell', 'give', 'read', 'repeat', 'next', 'start',
    'cancel', 'pause', 'stop', 'resume', 'skip',
  ],
  /** Words that open a question, so that what follows a correction is a question of its own. */
  questionOpeners: [
    'how', 'what', "what's", 'whats', 'when', "when's", 'where', "where's", 'why', 'which', 'is', 'are', 'do', 'does', 'can',
    'could', 'should', 'shall', 'will', 'would', "how's",
  ],
  /** Apologies, which may come with an excuse rather than a correction ("sorry, the kids were yelling"). */
  apologies: ['sorry'],
  /** Verbs that make the words after an apology an excuse, a statement about the cook: "I was", "we got", "they're". */
  excuseVerbs: ['missed', 'lost', 'was', 'were', 'got', 'am', "i'm", 'im', "we're", "they're", 'had', 'been', 'kept', 'keep', 'keeps', 'went', 'came', 'fell', 'dropped'],
  /** A question's opening, said again after "sorry" with nothing new: "how long do I let it bubble, sorry, how long". */
  restartWords: ['how', 'long', 'much', 'many', 'hot', 'what', "what's", 'whats', 'when', 'which', 'do', 'i', 'you', 'it', 'again', 'was', 'is', 'exactly', 'then'],
  /**
   * Said between the correction and what the cook meant, or after it with nothing meant:
   * "no, just two hours", "no, um, the ginger", "Celsius, I mean".
   */
  between: ['no', 'nope', 'sorry', 'just', 'wait', 'um', 'uh', 'er', 'erm', 'oh', 'actually', 'i mean', 'i meant', 'rather', 'hang on', 'make that', 'scratch that', 'okay', 'then', 'correction'],
} as const;
