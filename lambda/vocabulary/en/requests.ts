/**
 * The English a request is asked in when it is put as a question ("can start from beginning again
 * or not", "can put timer for six minutes or not", "what did you what did you say", "how much time
 * is balance in the timer"), read by lambda/vocabulary/requests.ts. The words are the cook's own,
 * after the tags and particles tidy.ts takes off.
 */
/**
 * The ends of a timed wait's range in words ("the longest it says", "the minimum"): the model's
 * TimerBound slot values (interaction-models/source/timer-phrasings.ts) and the reading of a timer
 * said in the cook's own words (`asksLongest`, lambda/vocabulary/requests.ts).
 */
export const TIMER_BOUNDS = {
  longest: ['longest', 'longest time', 'maximum', 'max', 'most', 'longer end', 'upper end', 'full time'],
  shortest: ['shortest', 'shortest time', 'minimum', 'min', 'least', 'shorter end', 'lower end'],
} as const;

export const REQUEST_WORDS = {
  /** Said before a request asked as a question: "can", "must", "now can", "can you". */
  askers: ['can you please', 'can you', 'could you', 'will you', 'now can', 'also can', 'can i', 'can we', 'can', 'could', 'must', 'please', 'just', 'i want to', 'we want to', 'i want', 'let me', 'let us', 'lets', 'okay'],
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
    // "what did it just say" too (the carrier "what did it" took the question): what the step said, said again.
    '(what )?((did|do|does) (you|it|that) )?(just )?say( again)?',
    'say (that|it) again', 'what was that( again)?', 'what was it you said', 'come again',
    // "abeg repeat am", "abeg read am again" (Pidgin, read by pidgin.ts as "repeat it", "read it again").
    '(repeat|read)( it| that)?( again)?',
  ],
  /**
   * Timer requests, read wherever they stand in the words: with a reason or an aside before or after
   * them ("their oven's fierce count me down six minutes", "cancel it the skin's done already", "okay
   * it's lit resume the timer"), or asked ("can put timer for six minutes or not"). Each names the
   * timer or a length, unless the word before asks about it (`notWithin`: "should i cancel the
   * timer"). `^` marks one read only first. A timer's length is said (a unit), or is the recipe's own,
   * by its end or its wait ("for the shortest glaze time", "for however long it needs to rest").
   */
  within: {
    timer: [
      // "time" is the verb only said first ("can you time two hours"): "is the roast time two hours right" asks.
      "((put|set|start|keep|make|give me|do|get)( me| on)? (a |the |one )?(timer|countdown)( on)?|set it|^time) (for |of )?(?<length>([a-z']+ ){1,5}(second|minute|min|hour|hr)s?)",
      "(timer|time it) (for|matching|of) (?<length>(the )?(shortest|longest|minimum|maximum|however long)( [a-z']+)*)",
    ],
    'resume-timer': ['(resume|unpause|restart) (the |that |my )?timer'],
    'cancel-timer': ['(cancel|kill|stop|remove|delete|get rid of|(turn|switch) off) (the |that |my )?timer', '(turn|switch) (the |that |my )?timer off', '^cancel (it|that)'],
    'pause-timer': ['(pause|suspend|freeze) (the |that |my )?timer'],
    // After the carrier took "how long's" or "how much": "left i can't read their oven clock", "longer before it goes in".
    'time-left': ["(time|minutes|long)( is| are|'s)? (left|remaining)", '^(are )?(left|remaining|longer (before|till))'],
  },
  notWithin: "\\b(should|when|why|if|to|not|never|do|does|don't)( i| we| you)?",
  /** What is left on a timer: "left on the", "time is left in the timer", "remaining". */
  timeLeft: [
    '(is |time is |time |much |long )?(left|remaining|to go)( on| in| for)?( the| my| that| this)?( timer| clock| roast| pork| glaze| rest| one)?( timer)?',
    '(time |how much )?(is )?(left|remaining) (on|in) (the |my )?timer',
    // "how many minutes more for the timer", "how long has the thing got left" (the carrier took "how long").
    '((minutes |time )?(more|longer)|(more|longer) (minutes|time)) (for|on|in) (the |my |that )?timer', "(has|have|does) (the |my |that |this )?([a-z']+ )?(got|have) (left|remaining)",
    // The timer named first, or what it does when it ends: "the timer remain", "till the roast timer goes off".
    // "the timer remain how many minutes" (Pidgin "remain"), "the timer is left".
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
    '((i |we )?(do|comes?|coming|happens?|goes|is)( up| on)? )?((next )?after (this|that)|next)( one| step)?'],
  /** The step after one the words name: "comes after the reduction", "what do i do after the scoring" (the carrier took "what"). */
  after: "((i |we )?(do|comes?|coming|happens?|goes|is)( up| on)? )after (the )?(?<words>[a-z' ]+)",
  /** The first thing to do, asked without the word step: "what's the first thing i do". */
  /** Starting the recipe, said after a word to someone else ("okay kids let's start"): what is left once "let's" is read off. */
  start: ["(let's )?(start|begin|get started|get cooking)( cooking| the recipe)?"],
  first: ["(the )?(very )?first thing( (i|we|you) (do|need to do|have to do|should do|must do)| to do)"],
  /** The step before: "go back to the before step", "the step before this". */
  // "go back to the last one" (the carrier took "go back to"): "last one", never "last step", which is the recipe's last.
  previous: ['(the )?(before|previous|preceding)( step| one)?', '(the )?last one', '(the )?(step|one|bit|part) before( of)?( this( one)?| that)?'],
  /** Where the cook is, the question word anywhere: "i am in what step now", "what step am i at". */
  where: [
    "(in |on |at )?(what|which) (step|part|section|stage)( number)?( (am i|are we|i am|we are|i'm|we're|is it|is this))?( (in|on|at|up to))?( now| currently| right now| please)?",
    "(step|part|section|stage) (am i|are we|i am|we are)( (in|on|at|up to))?( now| right now| please)?",
    // "where am i in this whole thing" (the carrier took "where"): the place, in the whole recipe.
    "(am i|are we)( (in|on|at|up to))?( (this|the)( whole)? (thing|recipe|process|lot))?( now)?",
  ],
  /** The timer stopped: "off the timer abeg" (Pidgin "off" is turn off), "switch off the timer". */
  cancelTimer: ['(turn |switch )?off (the )?timer'],
  /** What to get in: "wetin i need to buy for this pork belly", "wah mi need fi mek dis pork belly" (Jamaican English, read as "need to make this"). */
  ingredients: ["(i |we )?need to (buy( for( [a-z']+)+)?|make (it|this( pork belly)?))"],
  /** What to cook with, asked in a frame's words ("what equipment i shall require", read "what equipment do i need"). */
  equipment: ['(what |which )?(equipment|tools|utensils|kit)( (do|shall|will) (i|we) (need|require))?'],
  /** A step by its number, in any order: "the step number sixteen". */
  step: ['(the )?step (number )?(?<number>[a-z]+( [a-z]+)?)', '(the )?number (?<number>[a-z]+( [a-z]+)?) step'],
  /** A step by its number alone, after a carrier that goes somewhere ("go back to nineteen", "go to the twenty fifth step"). */
  goneTo: '(the )?(?<number>[a-z]+( [a-z]+)??)( step| one)?',
  /** Ordinals that are not their number plus "th" ("twenty fifth" is step twenty five). */
  ordinals: { first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' } as Readonly<Record<string, string>>,
  /**
   * A request said last, after what the cook is telling ("okay i read it to my dad what's next"):
   * whole questions only, so "how long is the next step" stays a question about it.
   */
  closing: {
    next: ["(what|what's|whats|what is|what comes) ((the )?next|after (this|that))( one| step)?"],
    // "i don come back where we reach" (Pidgin, read as "where were we"), "i've got the meat out where were we": where the cook had got to.
    where: ['(what|which) step (am i|are we) (on|in|at)( now)?', 'where (were|was|are|am) (we|i)( up to| at)?'],
    // "we're eating now bye": the cook leaving.
    stop: ['(bye|goodbye|bye bye|see you)( now| then)?'],
  },
  /** Before a step by its number (`step`) asked for after what the cook tells: "sorry i was on the wrong one go to step twenty". */
  closingStep: '(go|skip|jump|move|take me)( back| on)? to ',
} as const;
