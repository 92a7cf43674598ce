/**
 * The shape of a recipe. It holds the recipe's own names only: what cooks call its things in
 * each language (the interaction model's synonyms) is lambda/vocabulary's. This module knows nothing about Alexa: handlers, speech,
 * timers and screens all read these records, so the recipe is the single source of truth.
 */

/** An inclusive range. A single value has `min === max`. */
/** Which measures a cook hears first: the recipe gives both, US measures first. */
export type UnitSystem = 'imperial' | 'metric';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Units the recipe uses, in their written abbreviations. */
export type Unit =
  | 'lb' | 'kg' | 'g' | 'oz'
  | 'tsp' | 'tbsp' | 'cup' | 'ml'
  | 'pinch' | 'grind'
  | 'inch' | 'cm';

/** An amount as numbers, e.g. 3–4 lb is `{ value: {min: 3, max: 4}, unit: 'lb' }`. */
export interface Quantity {
  readonly value: Range;
  readonly unit: Unit;
}

/** A temperature as the seed gives it: Fahrenheit with its Celsius figure. */
export interface Temperature {
  readonly f: Range;
  readonly c: Range;
  /** True when the seed gives it as "about" (a target, not an exact reading). */
  readonly about?: boolean;
}

/** Something you could use instead of an ingredient, and why you would. */
export interface Alternative {
  readonly name: string;
  /** When to choose it, e.g. "for gluten-free". */
  readonly reason?: string;
  /** The diet this swap makes the dish fit, as an id ("gluten-free"); diet questions find swaps by it. */
  readonly diet?: string;
  /** How much of the swap to use, when the seed says ("1 tbsp neutral oil" for the butter). */
  readonly quantity?: Quantity;
  /**
   * The recipe ingredient this swap is a kind of (the glaze's oil is a neutral oil): a cook who asks
   * about that ingredient where only the swap is used (at the glaze) means the swap, not the rub's.
   */
  readonly kindOf?: string;
}

/**
 * One step's share of an ingredient the recipe divides between steps (the rub's oil: 1 tsp on the
 * meat side, the remaining oil on the skin). A share without a quantity is the rest.
 */
export interface Share {
  readonly stepId: string;
  /** The seed's own figure for this share; absent for "the remaining" one. */
  readonly quantity?: Quantity;
  /** Where this share goes, as the seed says it ("on the meat side"). */
  readonly use: string;
}

export interface Ingredient {
  /** Stable id; interaction-model slot ids resolve straight to it. */
  readonly id: string;
  readonly name: string;
  /** Absent for "to taste" ingredients. */
  readonly quantity?: Quantity;
  /** The metric figure where the seed gives one. */
  readonly metric?: Quantity;
  /** What it is for, in the seed's words. */
  readonly purpose?: string;
  /** Other remarks from the seed ("very important: measured"). */
  readonly note?: string;
  /** What the seed also calls it, in brackets ("sodium bicarbonate"): said when a cook asks if another thing is the same. */
  readonly alsoCalled?: string;
  readonly optional?: boolean;
  readonly toTaste?: boolean;
  /** An amount the seed gives in words, not numbers ("a few grinds"). */
  readonly measureWords?: string;
  /**
   * True when the recipe's amount is the most to use whatever the size ("do not exceed"): scaling
   * may lower it for a smaller piece, never raise it for a larger one.
   */
  readonly neverExceed?: boolean;
  /** How the amount divides between steps, in recipe order; the shares add up to the whole amount. */
  readonly shares?: readonly Share[];
  readonly alternatives?: readonly Alternative[];
}

export interface IngredientGroup {
  readonly id: string;
  readonly name: string;
  /** True when the group's amounts follow the main ingredient's weight (the rub does; the glaze is a batch). */
  readonly scalesWithMain?: boolean;
  readonly ingredients: readonly Ingredient[];
}

export interface Equipment {
  readonly id: string;
  readonly name: string;
  readonly purpose?: string;
}

/** How long a step takes or waits. `passive` time needs no hands (drying, roasting). */
export interface Duration {
  readonly minutes: Range;
  readonly kind: 'active' | 'passive';
  /** Names the wait, e.g. "roast"; timers use it for their label. */
  readonly label: string;
  /**
   * Short names for this wait's timer ("roast", "glaze"), without "the": the skill says the first
   * ("a 2-hour roast timer"). How else cooks ask about the wait lives in lambda/vocabulary.
   */
  readonly aliases?: readonly string[];
  /** What to check when the time is up. */
  readonly check?: string;
  /** True when this wait runs during the previous step's wait (the glaze simmers while the pork rests). */
  readonly overlapsPrevious?: boolean;
  /**
   * The recipe's quicker way when there is no time for the whole wait (a fan instead of the
   * overnight dry): the planner offers it for a dinner too soon for the wait.
   */
  readonly shortcut?: Shortcut;
}

/** A quicker, lesser way through a wait, as the seed gives it. */
export interface Shortcut {
  readonly minutes: Range;
  /** What to do, as written ("pat the skin very dry and use a fan to blow air on it for 1–2 hours"). */
  readonly text: string;
  /** What it costs, as written ("not as effective as overnight, but helpful"). */
  readonly caveat?: string;
}

/**
 * Something a cook may report about the food at a step ("it's puffed and golden"), and what it
 * means: `ready` moves on to `thenStepId`; `not-yet` stays on the step and checks again in the
 * step's `recheckMinutes`; `stop` means act at once, moving on to `thenStepId`.
 */
export interface DonenessCue {
  readonly id: string;
  readonly verdict: 'ready' | 'not-yet' | 'stop';
  readonly thenStepId?: string;
}

export interface Step {
  readonly id: string;
  /** The step as written, one action, faithful to the seed (symbols kept: "½ tsp", "275°F (135°C)"). */
  readonly text: string;
  /** Short tips spoken with the step. */
  readonly tips?: readonly string[];
  /** Warnings spoken with the step. */
  readonly warnings?: readonly string[];
  readonly duration?: Duration;
  readonly ovenTemp?: Temperature;
  /** How the oven may be set instead of a temperature ("broil, top element only"). */
  readonly ovenAlternative?: string;
  readonly internalTemp?: Temperature;
  /** Ids of the ingredients this step uses. */
  readonly ingredientIds?: readonly string[];
  /** Ids of the equipment this step uses. */
  readonly equipmentIds?: readonly string[];
  /** The technique this step teaches, as a cook asks about it ("score", "how far from the broiler"). */
  readonly topics?: readonly string[];
  /**
   * How the cook knows this step is done, in the seed's words, for "is it done" ("the skin is
   * crackled and crisp, golden to deep amber"); a step with `internalTemp` goes by the thermometer.
   */
  readonly doneWhen?: string;
  /** What a cook may report here and what it means (doneness by conversation). */
  readonly cues?: readonly DonenessCue[];
  /** Minutes before looking again when it is not done yet (a reading below the target, no puff yet). */
  readonly recheckMinutes?: number;
}

export interface Phase {
  readonly id: string;
  /** The name as written ("Low & slow roast to render fat"). */
  readonly title: string;
  /** A short landmark name spoken before each step ("low and slow roast"). */
  readonly shortName: string;
  /** True for a phase done ahead of cooking day (the overnight drying): its waits count as `waitAhead`. */
  readonly ahead?: boolean;
  readonly steps: readonly Step[];
}

/** Advice that replaces the general advice while the cook is in certain phases. */
export interface PhaseAdvice {
  readonly phaseIds: readonly string[];
  readonly advice: string;
}

/** A problem and the seed's advice for it. */
export interface Troubleshooting {
  readonly id: string;
  /** The problem as it follows "If": "the skin doesn’t puff". */
  readonly problem: string;
  /** The advice, in the seed's words where the seed gives it. */
  readonly advice: string;
  /** The phases where this problem comes up; unknown problems get the advice of the cook's phase. */
  readonly phaseIds?: readonly string[];
  /** Different advice in some phases (skin not puffing during the low roast is expected). */
  readonly byPhase?: readonly PhaseAdvice[];
  /**
   * The likely causes the advice names, each as a yes-or-no question, asked one at a time before
   * the advice (skin that didn't puff: was it dried overnight? did the oven get hot enough?).
   */
  readonly causes?: readonly Cause[];
  /** True when the advice starts with something to do at once ("Take it out now"): said first, alone. */
  readonly urgent?: boolean;
}

/** A likely cause of a problem, asked about as a question a cook answers yes to when it is not the cause. */
export interface Cause {
  readonly question: string;
  /** Said when the answer is no: what that means. The problem's advice follows. */
  readonly ifNot: string;
}

export interface Variation {
  readonly id: string;
  readonly name: string;
  readonly text: string;
}

export interface Reason {
  readonly id: string;
  readonly topic: string;
  readonly text: string;
  /** For the intro's own reasons, how a cook asks for it ("why dry the skin"); the welcome offers these. */
  readonly intro?: string;
  /** Ingredients this reason explains; "what is the baking soda for" answers with it. */
  readonly ingredientIds?: readonly string[];
}

export interface Recipe {
  readonly id: string;
  readonly title: string;
  /** The ingredient whose weight the cook may tell us, to scale the groups marked `scalesWithMain`. */
  readonly mainIngredientId?: string;
  /** The intro, whole. */
  readonly intro: string;
  /** The intro's reasons, one per topic (why dry, why baking soda, why low and slow then hot). */
  readonly reasons: readonly Reason[];
  readonly ingredientGroups: readonly IngredientGroup[];
  readonly equipment: readonly Equipment[];
  readonly phases: readonly Phase[];
  /** The seed's chef notes, whole. */
  readonly chefNotes: readonly Troubleshooting[];
  /**
   * Problems a cook may raise that the chef notes don't name, each answered from the seed's own
   * warnings and tips (the off taste from the intro, the finish's "do not leave unattended").
   */
  readonly troubleshooting: readonly Troubleshooting[];
  readonly variations: readonly Variation[];
  readonly pairing: string;
  readonly serviceTip: string;
  /**
   * The recipe's declared timings in minutes; tests check them against the steps' durations.
   * `waitAhead` is the wait before cooking (drying); `cooking` is from taking it out of the fridge
   * to serving.
   */
  readonly totals: { readonly waitAhead: Range; readonly cooking: Range };
}
