export type { ModelWords, RecipeWords, StatementWords, ThingKind, Vocabulary, Want, Word } from './types';
export { actionStems, contentStems, folded, phraseKey, sayings, stem, STOP_WORDS, wordsOf } from './words';
export type { Meant } from './corrections';
export type { SaidAgain, SaidAgainRequest } from './said-again';
export type { TwoQuestions } from './two-questions';
export type { AfterAside, AsideRequest, AsideRequestKind } from './asides';
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
export type { RequestAsked } from './requests';

type Readers = typeof import('./readers');
let readers: Readers | undefined;

/**
 * A reader of the cook's words (readers.ts), loaded at its first call, synchronously (a file beside
 * the bundle): a launch, or any turn without words, never loads them or builds their tables.
 */
function reader<K extends keyof Readers>(name: K): Readers[K] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return ((...args: unknown[]) => ((readers ??= require('./readers') as Readers)[name] as (...args: unknown[]) => unknown)(...args)) as Readers[K];
}

export const asksAgain = reader('asksAgain');
export const meant = reader('meant');
export const asksLongest = reader('asksLongest');
export const tidied = reader('tidied');
export const tidiedPhrase = reader('tidiedPhrase');
export const addressed = reader('addressed');
export const afterWake = reader('afterWake');
export const saidAgain = reader('saidAgain');
export const figureThenQuestion = reader('figureThenQuestion');
export const questionBeforeJoin = reader('questionBeforeJoin');
export const subjectOf = reader('subjectOf');
export const twoQuestions = reader('twoQuestions');
export const namesDish = reader('namesDish');
export const requestAfterAside = reader('requestAfterAside');
export const requestInAside = reader('requestInAside');
export const questionAtEnd = reader('questionAtEnd');
export const withoutDish = reader('withoutDish');
export const requestAsked = reader('requestAsked');
export const batchSaid = reader('batchSaid');

/** Whether the readers are loaded: for the test that a launch never loads them (test/unit/readers-lazy.test.ts). */
export const readersLoaded = (): boolean => readers !== undefined;
