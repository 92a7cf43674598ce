/**
 * The English a cook says a request again in after the skill took it wrong ("no I said next not
 * repeat", "that's not what I asked, how long does it roast", "no, forty five minutes, not five"),
 * read by lambda/vocabulary/said-again.ts: regular expressions over the lower-case words.
 */
export const SAID_AGAIN_WORDS = {
  /** What says the skill took the cook wrong, said first, after "no" or "ugh": "I said", "that's not what I asked", "wrong". */
  frame:
    "((no|nope|ugh|um|oh|sorry|okay) )*(((that's |that is )?not what )?i (said|asked( for| about)?|meant|wanted|was asking( about)?)|you (misheard|misunderstood|got (it|that) wrong)( me)?|(that's )?wrong)",
  /** Said to someone else, or hesitating, before the request: "no not you, go on, next", "no i said um next". */
  aside: '^(((not )?you|sorry|um|uh|oh|for|about|to) )+',
  /** Words that, said anywhere before "not", make it the sentence's own ("why is the skin not crispy", "or not"): no "X not Y". */
  ownNot: ['is', 'are', 'was', 'do', 'does', 'did', 'should', 'can', 'could', 'would', 'will', "it's", 'why', 'or', 'if', 'it', 'still', 'just'],
  /** Words that start the thing meant after "not Y" ("not the kosher salt the fine sea salt"), besides a question word. */
  thing: ['the', 'a', 'my', 'next'],
  /** Requests said again whole, by what they ask the skill to do. */
  requests: {
    next: '(go |the )?next( step| one)?|go on|keep going|carry on|move on',
    back: '(go )?back( one| a step)?|(the )?previous( step)?|(the )?step before',
    repeat: '(repeat|read|say)( it| that| this| the step| this step)?( again)?|again',
    where: 'where am i|(what|which) step( am i| are we)?( on)?',
    hold: 'wait|hold on|hang on|not yet|(give me )?(a|one) (sec|second|minute|moment)',
    pause: 'pause( the timer| it)',
    resume: '(resume|unpause|continue)( the timer| it)',
    cancel: '(cancel|stop)( the timer| it)',
    timeLeft: "how (much time|long)( is|'s)? (left|remaining)( on the timer)?|time left",
    stop: "stop|i'm done|goodbye",
  },
  /** Words that name a part of the recipe, not ask about it: "the low and slow part", "the glaze bit". */
  part: ['part', 'bit', 'section', 'stage', 'phase', 'step'],
  /** A step asked for by its number: "step nine", "go to step twelve". */
  step: '^((go|skip) to )?step (number )?',
} as const;
