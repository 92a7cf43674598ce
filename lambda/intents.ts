/**
 * Intent, slot and slot-type names, shared by the handlers and the interaction model source
 * so the two cannot drift apart.
 */
/**
 * Alexa's name for each intent: `{prefix}{key}Intent`, built from the keys, so the bundle carries each
 * name once (issue 10's size target); the names are the same strings, typed as literals.
 */
function named<const K extends readonly string[], P extends string>(prefix: P, keys: K): { readonly [Q in K[number]]: `${P}${Q}Intent` } {
  return Object.fromEntries(keys.map((k) => [k, `${prefix}${k}Intent`])) as never;
}

export const Intent = {
  ...named('AMAZON.', [
    // Built-ins
    'Next',
    'Previous',
    'Repeat',
    'StartOver',
    'Yes',
    'No',
    'Help',
    'Stop',
    'Cancel',
    'Fallback',
    'NavigateHome',
    'Pause',
    'Resume',
  ]),
  ...named('', [
    // Walking the recipe
    'StartCooking',
    /** "resume the recipe", "back to the recipe": the recipe by name, so never a paused timer (AMAZON.ResumeIntent may mean either). */
    'ResumeRecipe',
    /** "pause the recipe", "pause cooking": the walkthrough by name, so never a running timer (AMAZON.PauseIntent may mean either). */
    'PauseRecipe',
    'NextStep',
    'PreviousStep',
    'RepeatStep',
    'GoToStep',
    'GoToPhase',
    /** The printed recipe's numbering: "section five", "step five of the recipe" (its phases, in order). */
    'GoToSection',
    /** "go back to the preheat step", "the tent with foil bit again": a step or part named in the cook's own words. */
    'GoToWords',
    /** "skip the fridge part", "skip the scoring step": on to the step after the part or step named. */
    'SkipPart',
    'WhereAmI',
    'Overview',
    'ListIngredients',
    // The conversation: holding on, and the rest of a list given a part at a time
    'HoldOn',
    /** "just a minute I'm getting the brush out": a hold with its reason in the cook's own words (a phrase slot). */
    'HoldOnReason',
    /**
     * A goodbye said after narration ("right that's in the fridge i'm off to bed", "i'll come back to
     * this tomorrow goodbye"): the narration in a phrase slot, the goodbye kept by the intent. It ends
     * the session as stop does, the place kept.
     */
    'StopSaid',
    /**
     * "next" said after narration ("ok it's reduced next", "okay the oven's on i heard it beep next"):
     * the narration in a phrase slot, the move kept by the intent. It moves on as next does.
     */
    'NextSaid',
    'More',
    /** "no I said {query}", "that's not what I asked {query}": a request said again after the skill took it wrong (a phrase slot). */
    'SaidAgain',
    /** "okay", "alright", "cool": heard, the place kept. */
    'Acknowledge',
    /** "thanks", "cheers": you're welcome, the place kept. */
    'Thanks',
    // Timers and reminders
    'SetTimer',
    /** "the recipe says two to two and a half hours, set a timer for that": a length quoted, then a timer for it (a phrase slot). */
    'SetTimerSaid',
    'TimeLeft',
    'CancelTimer',
    'PauseTimer',
    'ResumeTimer',
    'WhichTimer',
    // Questions about the recipe
    'IngredientAmount',
    'IngredientAbout',
    'IngredientOptional',
    'IngredientPurpose',
    'GroupIngredients',
    'StepIngredients',
    'Substitute',
    'Diet',
    'EquipmentList',
    'EquipmentAbout',
    'OvenTemperature',
    'InternalTemperature',
    'ConvertUnits',
    'SetUnits',
    'HowLong',
    'TotalTime',
    'Why',
    'HowTo',
    'Troubleshoot',
    /** "is it done": how to tell at the cook's step. */
    'IsItDone',
    /** "what do I do while it rests": what the wait at the cook's step leaves to do. */
    'WhileWaiting',
    /** "and the pepper?", "what about the glaze?": the last question, about something else. */
    'FollowUp',
    'Variation',
    'Pairing',
    'ServiceTip',
    'PorkSize',
    // The dinner plan and doneness
    'PlanDinner',
    'MoveDinner',
    'CancelPlan',
    'PlanSummary',
    'PlanTakeOut',
    'PlanGoesIn',
    'PlanFridge',
    'Doneness',
    /**
     * Open questions, answered from the recipe's facts: one intent per question word, because
     * Alexa sends only the phrase slot's words ("should I {query}" sends what follows "should I").
     */
    'AskWhat',
    'AskHow',
    'AskTime',
    'AskAmount',
    'AskTemperature',
    'AskWhy',
    'AskYesNo',
    /** "skin up or down", "which way up does it go": which way round a thing goes. */
    'AskSide',
    /** What the cook sees or did, said as a statement ("the skin is starting to burn"). */
    'Tell',
    /**
     * The same, after a carrier that denies it ("I didn't {query}", "I forgot to {query}"). Alexa
     * sends only the words after the carrier, so the denial is kept by the intent: "I didn't put it on
     * the rack" must never read as the step done.
     */
    'TellNot',
    /**
     * A terse question said with the scale it wants last ("temperature celsius", "finish temp
     * fahrenheit"): Alexa sends only the words before the scale, so the scale is kept by the intent.
     */
    'AskMetric',
    'AskImperial',
    /** A length asked by its noun, said last ("slice thickness", "rack distance broiler"). */
    'AskLength',
  ]),
    /** "last step", "skip to the final step": the recipe's last step, whatever step the cook is on. */
  GoToLast: 'GoToLastStepIntent',
} as const;

export type IntentName = (typeof Intent)[keyof typeof Intent];

/** Each slot's name is its key with a lower-case first letter ('StepNumber' is 'stepNumber'), built from the keys like the intents'. */
function uncapitalized<const K extends readonly string[]>(keys: K): { readonly [Q in K[number]]: Uncapitalize<Q> } {
  return Object.fromEntries(keys.map((k) => [k, k.charAt(0).toLowerCase() + k.slice(1)])) as never;
}

export const Slot = uncapitalized([
  'StepNumber',
  'Phase',
  /** A section of the printed recipe, by its number (AMAZON.NUMBER). */
  'Section',
  /** How many steps to move at once: "advance three steps", "go back two steps" (AMAZON.NUMBER). */
  'StepCount',
  'TimerName',
  'Duration',
  /** Which end of a step's range to time: "the longest it says", "the minimum" (ids `longest`, `shortest`). */
  'TimerBound',
  'Ingredient',
  'Group',
  'Equipment',
  'Diet',
  'Unit',
  'Timing',
  'Reason',
  'Technique',
  'Problem',
  /** A problem said as a statement, in two parts ("my {problemThing} is {problemState}"): what, and how it is. */
  'ProblemThing',
  'ProblemState',
  'Variation',
  /**
   * The part of a batch or piece scaled by a word said before an amount question, one slot per
   * word ("doubling {batchDoubled}", "two {batchPieces}"), since the carrier's words are not sent:
   * read with that word by vocabulary/batch.ts.
   */
  'BatchDoubled',
  'BatchHalved',
  'BatchTripled',
  'BatchPieces',
  /** The cook's pork belly weight, one slot per unit said ("a two kilo pork belly"). */
  'Kilograms',
  'Pounds',
  'Grams',
  'KilogramsAndAHalf',
  'PoundsAndAHalf',
  /** Dinner time: AMAZON.TIME ("19:00") and AMAZON.DATE ("2024-11-09"). */
  'Time',
  'Date',
  /** A thermometer reading, in the unit said or, unsaid, told apart by its size. */
  'Reading',
  'Celsius',
  'Fahrenheit',
  /** What the cook sees ("puffed and golden"), resolved to a recipe cue id. */
  'Cue',
  /** An open question's words after its carrier phrase (AMAZON.SearchQuery). */
  'Query',
  /**
   * A step or a length the cook took back ("go to step {takenBackStep} no step {stepNumber}",
   * interaction-models/source/corrections.ts): filled so the slot read holds the one meant; never read.
   */
  'TakenBackStep',
  'TakenBackDuration',
]);

export const SlotType = {
  Phase: 'RecipePhase',
  Timer: 'RecipeTimer',
  TimerBound: 'TimerBound',
  Ingredient: 'RecipeIngredient',
  Group: 'RecipeIngredientGroup',
  Equipment: 'RecipeEquipment',
  Diet: 'RecipeDiet',
  Unit: 'MeasureUnit',
  Timing: 'RecipeTiming',
  Reason: 'RecipeReason',
  Technique: 'RecipeTechnique',
  Problem: 'RecipeProblem',
  ProblemThing: 'RecipeProblemThing',
  ProblemState: 'RecipeProblemState',
  Variation: 'RecipeVariation',
  Cue: 'RecipeCue',
  Batch: 'RecipeBatch',
} as const;

/** Slot value ids for things a cook may name that the recipe does not use start with this. */
export const NOT_IN_RECIPE = 'not-in-recipe:';

/**
 * The custom task this skill declares (skill.json `apis.custom.tasks`, defined in
 * skill-package/tasks/): a recipe wait's timer launches it when it rings, and the skill opens at the
 * check that wait ends with. Alexa names it "<skill id>.<name>" in the timer and the LaunchRequest.
 */
export const CheckTask = { name: 'CheckTheWait', version: '1' } as const;
