import { allSteps, type PlacedStep, type Recipe } from '../recipe';
import { resolveWords, vocabularyFor, type Named } from '../vocabulary';

/**
 * "go to the bit about checking the internal temperature", "skip to the simmer and reduce step": a
 * cook reading the printed recipe names a step by what it says. Each step is named by its own
 * text, its techniques and its wait, and the cook's words are resolved against them as any slot's
 * words are (lambda/vocabulary/resolve.ts).
 */
const NAMED = new WeakMap<Recipe, readonly Named<PlacedStep>[]>();

function stepsByWhatTheySay(recipe: Recipe): readonly Named<PlacedStep>[] {
  let named = NAMED.get(recipe);
  if (!named) {
    named = allSteps(recipe).map((placed) => ({
      id: placed.step.id,
      item: placed,
      names: [placed.step.text, ...(placed.step.topics ?? []), ...(placed.step.duration ? [placed.step.duration.label] : [])],
    }));
    NAMED.set(recipe, named);
  }
  return named;
}

/** The one step the words describe, or undefined when none does or two fit about as well. */
export function stepFromWords(recipe: Recipe, words: string): PlacedStep | undefined {
  const resolved = resolveWords(vocabularyFor(), stepsByWhatTheySay(recipe), words);
  return resolved.kind === 'found' && resolved.items.length === 1 ? resolved.items[0]?.item : undefined;
}
