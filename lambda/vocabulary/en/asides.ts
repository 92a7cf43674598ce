/**
 * The English words that tell an aside from a request, for a cook making several dishes at once
 * ("the lamb's in the other oven at three fifty, what does the pork need"), read by
 * lambda/vocabulary/asides.ts.
 */

/** Words that open a question whatever follows them. */
export const QUESTION_WORDS: readonly string[] = [
  'what', "what's", 'whats', 'how', "how's", 'where', "where's", 'when', "when's", 'why', 'which',
];

/**
 * Words that open a yes-or-no question only before the thing asked about ("does the salt go on
 * the skin", "can i put a lid on it", "is there something else"); "the potatoes are roasting" is
 * no question.
 */
export const ASKING_VERBS: readonly string[] = [
  'is', 'are', 'do', 'does', 'can', 'could', 'should', 'shall', 'will', 'would', 'must', 'may', 'did',
];

/**
 * Verbs that make "can we ..." a request, not a question: "could we please skip the scoring step",
 * "can we go to that part now" ask the skill to move, which the statement reader and the model's
 * moves answer.
 */
export const MOVE_VERBS: readonly string[] = ['skip', 'go', 'move', 'jump', 'start', 'read', 'repeat', 'set', 'pause', 'cancel', 'stop', 'carry', 'continue', 'keep', 'get', 'come'];

/** Words a yes-or-no question's subject starts with. */
export const SUBJECT_WORDS: readonly string[] = [
  'i', 'it', 'we', 'you', 'the', 'my', 'this', 'that', 'there', 'they', 'its', "it's", 'these', 'those', 'a', 'an', 'some',
];

/**
 * How a cook names the dish this skill is cooking, beside another ("what does the pork need",
 * "how do i tell the pork's done", "what's next for the pork"): words that say which clause is
 * about this recipe, not what the question asks.
 */
export const DISH_NAMES: readonly string[] = ['the pork belly', 'the pork', 'the belly', 'my pork', 'this pork', "the pork's", "the pork belly's"];

/** Small words that tie the dish's name to a request ("for the pork", "with the pork"). */
export const DISH_TIES: readonly string[] = ['for', 'with', 'on', 'to'];

/**
 * Requests a cook says after an aside ("while i baste the chicken, read that step once more", "the
 * potatoes are boiling over, give me a sec"), by what they ask the skill to do. Each is the start
 * of what is asked; for `goTo` and `setTimer` the words after it say where to, or how long.
 */
export const ASIDE_REQUESTS = {
  // A move said at the end of a ramble ("okay i whisked it in and it's all shiny now so what's the one after that").
  next: ["what's the one after that", "what's the next one", "what's the next step", "what's after that"],
  repeat: [
    'read that step', 'read the step', 'read this step', 'read that again', 'read it again', 'read that one', 'repeat that',
    'repeat the step', 'repeat this step', 'say that again', "what's the step again", 'what was the step', 'what was that step',
    'read that back',
  ],
  back: ['go back one', 'back one', 'go back a step', 'back a step', 'go back one step', 'the step before', 'the last step again', 'the previous step'],
  where: ['where am i', 'where are we', 'what step am i on', 'which step am i on', 'what step are we on'],
  hold: [
    'give me a sec', 'give me a second', 'give me a minute', 'give me a moment', 'one sec', 'one second', 'one moment',
    'just a sec', 'just a second', 'just a minute', 'bear with me', 'hang on a sec', 'hold on a sec',
    // A hold the narration leads into ("i'm doubling the glaze so hang on while i measure").
    'so hang on', 'so hold on', 'so wait', 'so bear with me', 'so give me a sec', 'hang on while', 'hold on while', 'wait while',
    'stand by', 'hang on just now', 'hold on just now', 'can you hold on', 'just hold on',
  ],
  stop: ['stop for now', "that's all thanks", "that's all thank you", "that's all for now", "that's all for today", "that's it for now", "that's it for today", "that's it thanks", 'goodbye', "i'm off to bed", "that's us done", "that's me done"],
  start: ['start from the top', 'go from the top', 'start it up', "let's start", "let's begin", "let's get started", 'start the recipe', 'start cooking'],
  timeLeft: ['how long left', 'how much time left', 'how long is left', "how long's left", 'time left'],
  goTo: ['skip to', 'skip ahead to', 'jump to', 'go to', 'take me to', 'read me the part about', 'read me the bit about', 'go back to'],
  // A length must follow ("so could you do a two hour timer", "give me five minutes on a timer"): aside.ts checks.
  setTimer: ['set a timer', 'set me a timer', 'set the timer', 'start a timer', 'set a', 'do a', 'put on a timer for', 'give me', 'set'],
} as const;

/**
 * Words after which a long sentence's narration ends and its question starts ("... so i guess what i'm
 * asking is how much do i actually put on", "... and i was kind of wondering if you could tell me how
 * long this needs", "... before i walk away what temperature"), read by asides.ts questionAtEnd.
 */
export const RAMBLE_TURNS: readonly string[] = [
  'so', 'but', 'because', "what i'm asking is", 'tell me', 'not sure', 'wondering', 'double check',
];
