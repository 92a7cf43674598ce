export type { RecipeWords, ThingKind, Vocabulary, Want, Word } from './types';
export { contentStems, folded, phraseKey, sayings, stem, STOP_WORDS, wordsOf } from './words';
export { asksAgain, meant, type Meant } from './corrections';
export { figureThenQuestion, subjectOf, twoQuestions, type TwoQuestions } from './two-questions';
export { namesOf, resolveWords, things, type Named, type Resolution, type ThingOf } from './resolve';
import type { Recipe } from '../recipe';
import { en } from './en';
import type { RecipeWords, Vocabulary } from './types';

/** The vocabulary for a locale; every English locale shares one (the model is one English model). */
export function vocabularyFor(_locale = 'en-US'): Vocabulary {
  return en;
}

/** What cooks call one recipe's things; a recipe with no words of its own is found by its own names alone. */
export function recipeWords(vocabulary: Vocabulary, recipe: Recipe): RecipeWords {
  return vocabulary.recipes[recipe.id] ?? {};
}
