import type { Alternative, Ingredient, Range, Reason, Recipe, Step, Temperature, Troubleshooting, Variation } from './types';
import { allIngredients, allSteps, normalise, type PlacedStep } from './lookup';

/**
 * Lookups the question answers need: which steps use an ingredient, what the oven does in each
 * phase, how much time is left, which problem a cook described. Plain data in, plain data out.
 */

export function placedStepById(recipe: Recipe, id: string): PlacedStep | undefined {
  return allSteps(recipe).find((s) => s.step.id === id);
}

/** Every problem the recipe has advice for: the chef notes first, then the troubleshooting list. */
export function problems(recipe: Recipe): readonly Troubleshooting[] {
  return [...recipe.chefNotes, ...recipe.troubleshooting];
}

export function problemById(recipe: Recipe, id: string): Troubleshooting | undefined {
  return problems(recipe).find((p) => p.id === id);
}

/** The advice for a problem as it stands in the cook's phase. */
export function adviceIn(entry: Troubleshooting, phaseId: string | undefined): string {
  const special = phaseId ? entry.byPhase?.find((b) => b.phaseIds.includes(phaseId)) : undefined;
  return special?.advice ?? entry.advice;
}

/** Steps that use an ingredient or a piece of equipment, in order. */
export function stepsUsingIngredient(recipe: Recipe, id: string): readonly PlacedStep[] {
  return allSteps(recipe).filter((s) => s.step.ingredientIds?.includes(id));
}

export function stepsUsingEquipment(recipe: Recipe, id: string): readonly PlacedStep[] {
  return allSteps(recipe).filter((s) => s.step.equipmentIds?.includes(id));
}

/** The reason that explains an ingredient, when the recipe gives one ("why baking soda"). */
export function reasonForIngredient(recipe: Recipe, id: string): Reason | undefined {
  return recipe.reasons.find((r) => r.ingredientIds?.includes(id));
}

/** One oven setting: the first step of a phase that sets the oven. */
export interface OvenSetting {
  readonly placed: PlacedStep;
  readonly temp: Temperature;
  readonly alternative?: string;
}

/** The oven's settings in recipe order, one per phase that uses the oven. */
export function ovenPlan(recipe: Recipe): readonly OvenSetting[] {
  const out: OvenSetting[] = [];
  for (const placed of allSteps(recipe)) {
    const temp = placed.step.ovenTemp;
    if (!temp || out.some((o) => o.placed.phase.id === placed.phase.id)) continue;
    const alternative = allSteps(recipe).find((s) => s.phase.id === placed.phase.id && s.step.ovenAlternative)?.step.ovenAlternative;
    out.push({ placed, temp, alternative });
  }
  return out;
}

/** Steps with an internal temperature to check. */
export function internalChecks(recipe: Recipe): readonly PlacedStep[] {
  return allSteps(recipe).filter((s) => s.step.internalTemp);
}

/** Steps with a wait or a timed action, in order. */
export function stepsWithDuration(recipe: Recipe): readonly PlacedStep[] {
  return allSteps(recipe).filter((s) => s.step.duration);
}

/** The time still ahead from a step (itself included); waits that overlap the one before are not added. */
export function minutesFrom(recipe: Recipe, index: number): Range {
  let min = 0;
  let max = 0;
  for (const { step } of allSteps(recipe).slice(index)) {
    const d = step.duration;
    if (!d || d.overlapsPrevious) continue;
    min += d.minutes.min;
    max += d.minutes.max;
  }
  return { min, max };
}

const lastWord = (text: string) => normalise(text).split(' ').pop() ?? '';

/**
 * Ingredients of the same kind as something the recipe does not use: "olive oil" finds the
 * neutral oil, "table salt" the three salts. Compares the last word, the noun that names the kind.
 */
export function relatedIngredients(recipe: Recipe, spoken: string): Ingredient[] {
  const head = lastWord(spoken);
  if (!head) return [];
  return allIngredients(recipe).filter((i) => lastWord(i.name) === head);
}

/** Where the recipe's own text mentions something, with the sentence that mentions it. */
export type Mention =
  | { readonly kind: 'step'; readonly placed: PlacedStep; readonly sentence: string }
  | { readonly kind: 'note'; readonly entry: Troubleshooting; readonly sentence: string }
  | { readonly kind: 'variation'; readonly variation: Variation; readonly sentence: string }
  | { readonly kind: 'serviceTip' | 'pairing'; readonly sentence: string };

function wordPattern(words: string): RegExp | undefined {
  const cleaned = words.toLowerCase().replace(/[^a-z' ]+/g, ' ').trim().replace(/\s+/g, '\\s+');
  return cleaned ? new RegExp(`\\b${cleaned}(?:e?s)?\\b`, 'i') : undefined;
}

/** The sentence of a text that matches, or undefined. */
function sentenceMatching(text: string, pattern: RegExp): string | undefined {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).find((s) => pattern.test(s));
}

function stepTexts(step: Step): string[] {
  return [step.text, ...(step.warnings ?? []), ...(step.tips ?? [])];
}

/**
 * Chef notes first: a towel or a blowtorch is theirs, though a step may mention paper towels; then
 * variations, whose own text a step may repeat where it goes in (the miso, while the glaze reduces).
 */
function findMention(recipe: Recipe, pattern: RegExp): Mention | undefined {
  for (const entry of recipe.chefNotes) {
    const sentence = sentenceMatching(entry.advice, pattern);
    if (sentence) return { kind: 'note', entry, sentence };
  }
  for (const variation of recipe.variations) {
    const sentence = sentenceMatching(variation.text, pattern);
    if (sentence) return { kind: 'variation', variation, sentence };
  }
  for (const placed of allSteps(recipe)) {
    for (const text of stepTexts(placed.step)) {
      const sentence = sentenceMatching(text, pattern);
      if (sentence) return { kind: 'step', placed, sentence };
    }
  }
  for (const kind of ['serviceTip', 'pairing'] as const) {
    const sentence = sentenceMatching(kind === 'serviceTip' ? recipe.serviceTip : recipe.pairing, pattern);
    if (sentence) return { kind, sentence };
  }
  return undefined;
}

/**
 * The first place the recipe's own text mentions what the cook named, as whole words ("lemon
 * zest" in the service tip, "foil" in the rest step). Only the whole name: a last word alone
 * finds the wrong things ("baking paper" is not the paper towels).
 */
export function mentionOf(recipe: Recipe, spoken: string): Mention | undefined {
  const pattern = wordPattern(spoken);
  return pattern && findMention(recipe, pattern);
}

/** The problem advice that belongs to a phase: what to offer when the cook's problem is not covered. */
export function problemsOfPhase(recipe: Recipe, phaseId: string | undefined): readonly Troubleshooting[] {
  return phaseId ? problems(recipe).filter((p) => p.phaseIds?.includes(phaseId)) : [];
}

/** A swap in use where the cook is: the ingredient it stands in for, and the swap. */
export interface SwapInUse {
  readonly owner: Ingredient;
  readonly alternative: Alternative;
}

/**
 * The swap of an ingredient's kind that the cook's part of the recipe uses, when that part does not
 * use the ingredient itself: asked "how much oil" at the glaze, the cook means the oil that may
 * replace the butter, not the rub's.
 */
export function swapInUse(recipe: Recipe, ingredientId: string, placed: PlacedStep | undefined): SwapInUse | undefined {
  if (!placed) return undefined;
  const here = allSteps(recipe).filter((s) => s.phase.id === placed.phase.id);
  if (here.some((s) => s.step.ingredientIds?.includes(ingredientId))) return undefined;
  for (const id of here.flatMap((s) => s.step.ingredientIds ?? [])) {
    const owner = allIngredients(recipe).find((i) => i.id === id);
    const alternative = owner?.alternatives?.find((a) => a.kindOf === ingredientId);
    if (owner && alternative) return { owner, alternative };
  }
  return undefined;
}

/** The last step that uses the oven: after it, the oven's work is done. */
export function lastOvenStep(recipe: Recipe): PlacedStep | undefined {
  return allSteps(recipe).filter((s) => s.step.ovenTemp).pop();
}
