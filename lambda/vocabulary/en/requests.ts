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
    // What is left of "start again from the top" once a carrier took the move: the place alone.
    '(the )?(very )?(beginning|start|top)',
  ],
  /** What the skill just said, asked for again: "what did you say", "say that again". */
  repeat: [
    '(what )?(did|do) you (just )?say',
    'say (that|it) again', 'what was that( again)?', 'what was it you said', 'come again',
    // "abeg repeat am", "abeg read am again" (Pidgin, read by pidgin.ts as "repeat it", "read it again").
    '(repeat|read)( it| that)?( again)?',
  ],
  /** A timer asked for with its length: "put timer for six minutes", "set a timer six minutes". */
  timer: ["(put|set|start|keep|make|give me) (a |the |one )?timer (for |of )?(?<length>([a-z']+ ){1,5}(seconds?|minutes?|mins?|hours?|hrs?))"],
  /**
   * A timer request said inside a longer sentence, a reason or an aside before or after it ("their
   * oven's fierce count me down six minutes", "cancel it the skin's done already", "okay it's lit
   * resume the timer"): each names the timer or a length, so it is read wherever it stands, unless
   * the word before it asks about it ("should i cancel the timer"). `^` marks one read only first.
   */
  within: {
    timer: [
      "(put|set|start|do|make|give me|run|initiate|throw|pop|get)( me| on| up)? (a |an |the |one )?(timer|countdown|clock)( on| going)? (for|of|to) (?<length>([a-z']+ ){1,5}(seconds?|minutes?|mins?|hours?|hrs?))",
      "(?<length>([a-z']+ ){1,4}(seconds?|minutes?|mins?|hours?|hrs?)) on (a|the|my) (timer|clock)",
      "count (me |us |it )?down( from)? (?<length>([a-z']+ ){1,5}(seconds?|minutes?|mins?|hours?|hrs?))",
      "(do|set|start|make|give me|put on|run) (a|an|one) (?<length>([a-z']+ ){1,4}(seconds?|minutes?|mins?|hours?|hrs?|hour|minute)) (timer|countdown)",
      // The recipe's own length, by its end or its wait: "a timer for the shortest glaze time", "for however long it needs to rest".
      "(timer|time it|time this) (for|matching|to match|of|at) (?<length>(the |its )?(shortest|longest|minimum|maximum|full|however long|as long as)( [a-z']+)*)",
    ],
    'pause-timer': ['(pause|hold|freeze|suspend) (the |that |my |this )?(timer|countdown)'],
    'resume-timer': ['(resume|unpause|unfreeze|restart|continue) (the |that |my |this )?(timer|countdown)', '(start|get|set) (the |that |my )?timer (back up|going|running)'],
    'cancel-timer': ['(cancel|kill|scrap|delete|get rid of|(turn|switch|shut) off) (the |that |my |this )?(timer|countdown)', '^(cancel|kill) (it|that)'],
    // After the carrier took "how long's": "left i can't read their oven clock".
    // "how much longer before it goes in": the carrier took "how much"; while a timer runs, its time left.
    'time-until': ['^longer (before|till|until)'],
    'time-left': ["(time|minutes|long|longer)( is| are|'s)? (left|remaining)", '^(are |is )?(left|remaining)'],
  },
  /** Words before a timer request said within a sentence that make it a question about it ("should i", "when do i", "to"). */
  notWithin: "(should|shall|when|why|whether|if|to|don't|not|never|do|does) (i |we |you )?$",
  /** What is left on a timer: "left on the", "time is left in the timer", "remaining". */
  timeLeft: [
    '(is |time is |time |much |long )?(left|remaining|to go)( on| in| for)?( the| my| that| this)?( timer| clock| roast| pork| glaze| rest| one)?( timer)?',
    '(time |how much )?(is )?(left|remaining) (on|in) (the |my )?timer',
    // "the timer remain how many minutes" (Pidgin "remain", read as "left").
    '(the )?timer (is )?left',
    // The timer named first, or what it does when it ends: "the timer remain", "till the roast timer goes off".
    "(the |my |that )?([a-z']+ )?timer( is| has)? (remain|remains|remaining|left)",
    "(till|until|til|before) (the |my |that )?([a-z']+ )?timer (goes off|rings|ends|finishes|beeps|runs out|is (done|up|over))",
  ],
  /**
   * Till a running timer ends, said of what it times: "how long till the pork's done", "until the rest
   * is over", "how long's left on the rest". Only while a timer runs (request-asked.ts): without one it
   * asks how long the step takes.
   */
  timeUntil: [
    "(is |time is |time )?(left|remaining|to go) (on|in|for) (the |my |that )?[a-z']+( [a-z']+)?","(till|until|til|before) (the |my |it |it's |its )?([a-z']+ )?(is |are |'s )?(done|ready|finished|over|cooked|up|out)( cooking| roasting)?"],
  /** The next step asked for as a question, word order aside: "what is the next", "the next one". */
  next: ["(the )?next( one| step| thing| bit| please)?",
    // After "what": "what do i do after that", "what's coming up after this", "what happens next".
    '((i |we )?(do|comes?|coming|happens?|goes|is)( up| on)? )?(next|after (this|that))( one| step)?'],
  /** The first thing to do, asked without the word step: "what's the first thing i do". */
  first: ["(the )?(very )?first thing( (i|we|you) (do|need to do|have to do|should do|must do)| to do)"],
  /** The step before: "go back to the before step", "the step before this". */
  previous: ['(the )?(before|previous|preceding)( step| one)?', '(the )?(step|one) before( of)?( this( one)?| that)?'],
  /** Where the cook is, the question word anywhere: "i am in what step now", "what step am i at". */
  where: [
    "(in |on |at )?(what|which) (step|part|section|stage)( number)?( (am i|are we|i am|we are|i'm|we're|is it|is this))?( (in|on|at|up to))?( now| currently| right now| please)?",
    "(step|part|section|stage) (am i|are we|i am|we are)( (in|on|at|up to))?( now| right now| please)?",
  ],
  /** The timer stopped: "off the timer abeg" (Pidgin "off" is turn off), "switch off the timer". */
  cancelTimer: ['(turn |switch )?off (the )?timer'],
  /** What to get in: "wetin i need to buy for this pork belly". */
  ingredients: ["(i |we )?need to buy( for( [a-z']+)+)?"],
  /** A step by its number, in any order: "the step number sixteen". */
  step: ['(the )?step (number )?(?<number>[a-z]+( [a-z]+)?)', '(the )?number (?<number>[a-z]+( [a-z]+)?) step'],
  /**
   * A request said last, after what the cook is telling ("okay i read it to my dad what's next"):
   * whole questions only, so "how long is the next step" stays a question about it.
   */
  closing: {
    next: ["(what|what's|whats|what is|what comes) ((the )?next|after (this|that))( one| step)?"],
    // "i don come back where we reach" (Pidgin, read as "where were we"), "i've got the meat out where were we": where the cook had got to.
    where: ['(what|which) step (am i|are we) (on|in|at)( now)?', 'where (were|was|are|am) (we|i)( up to| at)?'],
  },
} as const;
