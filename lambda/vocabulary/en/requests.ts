/**
 * The English a request is asked in when it is put as a question ("can start from beginning again
 * or not", "can put timer for six minutes or not", "what did you what did you say", "how much time
 * is balance in the timer"), read by lambda/vocabulary/requests.ts. The words are the cook's own,
 * after the tags and particles tidy.ts takes off.
 */
export const REQUEST_WORDS = {
  /** Said before a request asked as a question: "can", "must", "now can", "can you". */
  askers: ['can you please', 'can you', 'could you', 'will you', 'now can', 'also can', 'can i', 'can we', 'can', 'could', 'must', 'please', 'just', 'i want to', 'we want to', 'i want', 'let me', 'let us', 'lets'],
  /** A start over: "start from beginning again", "go from the top". */
  startOver: [
    '(start|begin|go|do it|cook it|read it) (from|at) (the )?(very )?(beginning|start|top)( again)?',
    '(start|begin) (over|again|afresh)( from the (beginning|start|top))?',
    '(restart|start over)( the recipe)?',
  ],
  /** What the skill just said, asked for again: "what did you say", "say that again". */
  repeat: [
    '(what )?(did|do) you (just )?say',
    'say (that|it) again', 'what was that( again)?', 'what was it you said', 'come again',
  ],
  /** A timer asked for with its length: "put timer for six minutes", "set a timer six minutes". */
  timer: ["(put|set|start|keep|make|give me) (a |the |one )?timer (for |of )?(?<length>([a-z']+ ){1,5}(seconds?|minutes?|mins?|hours?|hrs?))"],
  /** What is left on a timer: "left on the", "time is left in the timer", "remaining". */
  timeLeft: [
    '(is |time is |time |much |long )?(left|remaining|to go)( on| in| for)?( the| my| that| this)?( timer| clock| roast| pork| glaze| rest| one)?( timer)?',
    '(time |how much )?(is )?(left|remaining) (on|in) (the |my )?timer',
  ],
} as const;
