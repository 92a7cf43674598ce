/**
 * The English a cook says a request again in after the skill took it wrong ("no I said next not
 * repeat", "that's not what I asked, how long does it roast", "no, forty five minutes, not five"),
 * read by lambda/vocabulary/said-again.ts. Regular expressions over the lower-case words.
 */
export const SAID_AGAIN_WORDS = {
  /** Said before the frame: "no", "ugh", "um". */
  leads: '((no|nope|ugh|um|uh|oh|sorry|wait|hey|alexa|look|listen|okay|no no),? )*',
  /**
   * What says the skill took the cook wrong, said first: "I said", "that's not what I asked",
   * "you misheard me", "wrong"; a denial ("I didn't say stop") goes up to the frame after it.
   */
  frames: [
    "(that's |thats |that is |that was )?not what i (said|asked( for| about)?|meant|wanted|was asking( for| about)?)",
    'i (said|asked( for| about| you)?|meant|wanted|was asking( for| about)?)',
    'you (misheard|misunderstood|got (it|that|me) wrong)( me)?',
    "(that's |thats |that is )?wrong",
    "i (didn't|did not|never) (say|ask|mean|want)( for| about)? .*?(?= i (said|asked|meant|wanted|was asking))",
  ],
  /** Words before "not" that make it the sentence's own ("why is it not crispy", "or not"): no contrast. */
  ownNot: ['is', 'are', 'was', 'were', 'do', 'does', 'did', 'should', 'could', 'would', 'will', 'can', "it's", 'its', "i'm", 'am', 'has', 'have', 'had', 'why', 'or', 'if', 'it', 'that', 'this', 'why', 'may', 'might', 'must', 'still', 'just'],
  /** Words that start the thing meant after "not Y" ("not the kosher salt the fine sea salt"). */
  startsAThing: ['the', 'a', 'an', 'my', 'some', 'how', 'what', "what's", 'where', 'when', 'which', 'why', 'set', 'go', 'next'],
  /** Requests said again whole, by what they ask the skill to do. */
  requests: {
    next: '(go |the )?next( step| one| please)?|go on|keep going|carry on|move on|go ahead|forward|continue',
    back: '(go |step )?back( one| a step| one step)?|(the )?previous( step| one)?|(the )?(step|one) before',
    repeat: '(repeat|read|say)( it| that| this| the step| this step| that step| that one)?( again| once more)?|again|once more',
    where: "where am i|where are we|(what|which) step( am i| are we| is (this|it))?( on| at)?",
    hold: 'wait|hold on|hang on|not yet|((wait|hold on|hang on|give me) )?(a|one|just a) (sec|second|minute|moment)',
    pause: 'pause( the| my)? timer|pause it',
    resume: '(resume|unpause|restart|continue)( the| my)? timer|resume( it)?|unpause( it)?',
    cancel: '(cancel|stop|delete|clear)( the| my)? timer|cancel( it)?',
    timeLeft: "how (much time|long)( is|'s)? (left|remaining|to go)( on (the|my) (timer|clock))?|(the )?time (left|remaining)",
    stop: "stop|quit|exit|i'm done|i am done|goodbye|bye",
  },
  /** A step asked for by its number: "step nine", "go to step twelve". */
  step: '((go|skip|jump) (on |back )?to )?step (number )?',
  /** Words that name a part of the recipe, not ask about it: "the low and slow part", "the glaze bit". */
  part: ['part', 'bit', 'section', 'stage', 'phase', 'step'],
  /** Words that make the words a question, wherever they are said. */
  asking: ['how', "how's", 'what', "what's", 'whats', 'where', "where's", 'when', "when's", 'why', 'which', 'who'],
} as const;
