export type { RecipeWords, StatementWords, ThingKind, Vocabulary, Want, Word } from './types';
export { contentStems, folded, phraseKey, sayings, stem, STOP_WORDS, wordsOf } from './words';
export { asksAgain, meant, type Meant } from './corrections';
export { tidied, tidiedPhrase } from './tidy';
export { saidAgain, type SaidAgain, type SaidAgainRequest } from './said-again';
export { figureThenQuestion, questionBeforeJoin, subjectOf, twoQuestions, type TwoQuestions } from './two-questions';
export { namesDish, requestAfterAside, requestInAside, withoutDish, type AfterAside, type AsideRequest, type AsideRequestKind } from './asides';
export { namesOf, resolveWords, things, type Named, type Resolution, type ThingOf } from './resolve';
import type { Recipe } from '../recipe';
import type { RecipeWords, Vocabulary } from './types';

let english: Vocabulary | undefined;

/**
 * The vocabulary for a locale; every English locale shares one (the model is one English model).
 * Loaded at the first call (en-words.ts says why), synchronously: it is a file beside the bundle.
 */
export function vocabularyFor(_locale = 'en-US'): Vocabulary {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  english ??= (require('./en-words') as typeof import('./en-words')).en;
  return english;
}

/** What cooks call one recipe's things; a recipe with no words of its own is found by its own names alone. */
export function recipeWords(vocabulary: Vocabulary, recipe: Recipe): RecipeWords {
  return vocabulary.recipes[recipe.id] ?? {};
}
export { requestAsked, type RequestAsked } from './requests';
export { batchSaid } from './batch';
