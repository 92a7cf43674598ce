/**
 * The shape of a locale's vocabulary: the words cooks use for things, kept apart from the recipe
 * (which holds only its own names) so that the interaction model's slot synonyms and the resolver
 * that maps a slot's spoken words to a recipe thing read the same lists.
 */

/** The kinds of recipe thing a slot can name. */
export type ThingKind =
  | 'ingredient' | 'group' | 'equipment' | 'phase' | 'wait' | 'reason' | 'problem' | 'variation' | 'cue';

/** What cooks call one recipe's things: per kind, the recipe's id to the ways of saying it. */
export type RecipeWords = { readonly [K in ThingKind]?: Readonly<Record<string, readonly string[]>> };

/** A word, or a word with other ways of saying it (the first is the one searched for in the recipe's text). */
export type Word = string | readonly [string, ...string[]];

/**
 * Words only the interaction model is built from (interaction-models/source/questions-types.ts), never
 * read at run time: apart from `Vocabulary`, so the shipped vocabulary (dist/en-words.js) does not
 * carry them. A slot value's id tells the skill all it needs (`not-in-recipe:`, a diet's id).
 */
export interface ModelWords {
  /** Common ingredients a recipe may not use, so "garlic" is heard as garlic, not misheard. */
  readonly otherIngredients: readonly Word[];
  readonly otherEquipment: readonly Word[];
  /** What a cook calls each diet a recipe's swaps may serve. */
  readonly diets: Readonly<Record<string, readonly string[]>>;
  readonly otherDiets: readonly Word[];
}

export interface Vocabulary {
  /**
   * Words that mean the same thing in a kitchen, each group's first word the one the recipe's own
   * text uses ("broiler" for the grill, "baking soda" for bicarb): both the model's synonyms and the
   * resolver's equivalences come from these.
   */
  readonly kitchen: readonly (readonly [string, ...string[]])[];
  /** What cooks say for what a step does: the verb the recipe's text uses, and a pattern of the cook's words (en/actions.ts). */
  readonly actions: readonly (readonly [string, string])[];
  /** Per recipe id, what cooks call that recipe's things. */
  readonly recipes: Readonly<Record<string, RecipeWords>>;
  /** Units by the ids the units handler reads. */
  readonly units: Readonly<Record<string, readonly string[]>>;
  /** The words that tell what a question wants ("how much", "instead", "compulsory"). */
  readonly wants: Readonly<Record<Want, readonly string[]>>;
  /** The words that ask outright ("how long", "instead"): the form of a question, naming nothing. */
  readonly asks: Readonly<Partial<Record<Want, readonly string[]>>>;
  /**
   * Words the answer to a want says, when the question's own words name nothing the answer shares:
   * "skin up or down" is answered by the sentence that says "up".
   */
  readonly says: Readonly<Partial<Record<Want, readonly string[]>>>;
  /**
   * Small words that, ending a question, ask for the thing that follows them in the answer: "what
   * do I dry it with" is answered by the sentence that says "with paper towels".
   */
  readonly endings: readonly string[];
  /** Where an ingredient goes ("in the glaze", "on the skin"): said with its name, they name no other ingredient. */
  readonly places: readonly string[];
  /** The words a cook narrates with: a step done, a step skipped, a worry, a reading (lambda/facts/statement.ts). */
  readonly statements: StatementWords;
}

/** Kinds of word in what a cook says rather than asks, each a list of words or short phrases. */
export interface StatementWords {
  /** Words that say an action is finished ("done", "in", "out", "up"). */
  readonly done: readonly string[];
  /** Words that finish the step outright when said first ("out and it looks amazing"). */
  readonly doneFirst: readonly string[];
  /** Words that ask to move on ("next", "carry on"). */
  readonly moveOn: readonly string[];
  /** Words that skip a step or swap its way of doing ("skip", "leaving out", "instead"). */
  readonly skip: readonly string[];
  /** Words that say the step was done before it came ("already"). */
  readonly already: readonly string[];
  /** Words that make a statement a worry rather than a step done ("still", "not", "too"). */
  readonly notYet: readonly string[];
  /** Words that make it a question, answered as one. */
  readonly question: readonly string[];
  /** Words that make a number a thermometer reading. */
  readonly reading: readonly string[];
  /** Words that name a part of the recipe, not a step ("skip the fridge part"). */
  readonly part: readonly string[];
  /** Words that say the cook is taken away for now ("on the phone"): the place is kept. */
  readonly away: readonly string[];
}

/** What a question is after, told by its words ("how much" wants an amount): the fact index weighs facts of that kind up. */
export type Want =
  | 'amount' | 'time' | 'temperature' | 'inside' | 'reason' | 'swap' | 'need' | 'problem' | 'serve' | 'how'
  /** How to tell it is ready: the recipe's "crackled and crisp", "slightly syrupy". */
  | 'done'
  /** Which way round a thing goes: "skin-side up". */
  | 'side';
