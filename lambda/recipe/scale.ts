import type { Ingredient, Quantity, Range, Recipe, Share, Unit } from './types';
import { allIngredients } from './lookup';

/**
 * Scaling the rub to the cook's own pork belly. Only the groups marked `scalesWithMain` scale
 * (the rub is measured for the skin; the glaze is one batch whatever the size), and "to taste"
 * ingredients never do. Inside the weight the recipe is written for, its own amounts stand;
 * outside, amounts scale from the nearer end of that range, are never raised past a limit the
 * recipe sets ("do not exceed"), and are rounded to what measuring spoons and cups hold.
 * Cooking time is not scaled: the recipe gives none for other sizes.
 */

const KG_PER: Partial<Record<Unit, number>> = { kg: 1, g: 0.001, lb: 0.45359237, oz: 0.028349523125 };

/**
 * The weights of pork belly the skill plans for, in kilograms. Not from the seed: a whole pork
 * belly is sold at up to about 7 kg (15 lb), so anything heavier is more likely misheard ("1.5"
 * heard as "15") and is confirmed first; past 15 kg, or under a quarter kilo, the skill will not
 * plan at all. The state reads the same bounds, so a stored weight outside them is ignored.
 */
export const PLANNED_KG = { least: 0.25, usualMost: 7, most: 15 } as const;

/** A weight in kilograms, or undefined for a quantity that is not a weight. */
export function kilograms(value: number, unit: Unit): number | undefined {
  const per = KG_PER[unit];
  return per === undefined ? undefined : value * per;
}

function mainIngredient(recipe: Recipe): Ingredient | undefined {
  return allIngredients(recipe).find((i) => i.id === recipe.mainIngredientId);
}

/**
 * The weights, in kilograms, the recipe's own amounts are written for. The seed gives two figures
 * that don't quite agree (3–4 lb is 1.36–1.81 kg; it says 1.5–1.8 kg): both are the recipe's, so
 * the range covers both, and a cook who says "3 pounds" or "1.5 kilos" gets the recipe as written.
 */
export function mainRangeKg(recipe: Recipe): Range | undefined {
  const main = mainIngredient(recipe);
  const ranges: Range[] = [];
  for (const q of [main?.quantity, main?.metric]) {
    const min = q && kilograms(q.value.min, q.unit);
    const max = q && kilograms(q.value.max, q.unit);
    if (min !== undefined && max !== undefined) ranges.push({ min, max });
  }
  if (ranges.length === 0) return undefined;
  return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
}

/** True when `kg` is inside the weight the recipe is written for. */
export function withinRecipeWeight(recipe: Recipe, kg: number): boolean {
  const range = mainRangeKg(recipe);
  return !range || (kg >= range.min - 1e-9 && kg <= range.max + 1e-9);
}

/** True when `kg` is above the weight the recipe is written for. */
export function aboveRecipeWeight(recipe: Recipe, kg: number): boolean {
  const range = mainRangeKg(recipe);
  return range !== undefined && kg > range.max + 1e-9;
}

/** How much to multiply scaled amounts by: 1 inside the recipe's range, else from its nearer end. */
export function scaleFactor(recipe: Recipe, kg: number): number {
  const range = mainRangeKg(recipe);
  if (!range || !(kg > 0)) return 1;
  if (kg < range.min) return kg / range.min;
  if (kg > range.max) return kg / range.max;
  return 1;
}

/** True when this ingredient's amount follows the main ingredient's weight. */
export function scalesWithMain(recipe: Recipe, ingredient: Ingredient): boolean {
  if (ingredient.toTaste || !ingredient.quantity || ingredient.id === recipe.mainIngredientId) return false;
  return recipe.ingredientGroups.some((g) => g.scalesWithMain && g.ingredients.includes(ingredient));
}

/** Teaspoons in each spoon and cup measure (US). */
const TEASPOONS: Partial<Record<Unit, number>> = { tsp: 1, tbsp: 3, cup: 48 };

/**
 * Every amount, in teaspoons, a cook measures with one standard spoon or cup, said in the unit a
 * cook would use: ⅛ to ¾ tsp, whole and quarter teaspoons to 3, then whole or half tablespoons
 * (4 and 5 teaspoons too, which no tablespoon holds), then cups by quarters and thirds, with 5 to 7
 * tablespoons between ¼ and ½ cup. The steps
 * between them are at most about a fifth of the amount, finer than the recipe's own range (its
 * amounts serve 3 to 4 lb alike).
 */
const CUP_AMOUNTS: readonly number[] = (() => {
  const out: number[] = [];
  for (let cups = 0; cups < 8; cups += 1) {
    for (const part of [0, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4]) if (cups + part >= 1 / 4) out.push(cups + part);
  }
  return out;
})();

const SPOONS: readonly number[] = (() => {
  const out = [1 / 8, 1 / 4, 1 / 3, 1 / 2, 3 / 4];
  for (let t = 1; t < 3; t += 0.25) out.push(t);
  out.push(3, 4, 4.5, 5, 6, 7.5, 9, 10.5, 15, 18, 21);
  for (const cups of CUP_AMOUNTS) out.push(cups * 48);
  return out.sort((a, b) => a - b);
})();

const same = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** True when `tsp` teaspoons is one of the amounts a cook measures with one spoon or cup. */
export function isSpoonAmount(tsp: number): boolean {
  return SPOONS.some((s) => same(s, tsp));
}

/** The nearest amount a cook can measure, in teaspoons. */
function nearestSpoon(tsp: number): number {
  return SPOONS.reduce((best, s) => (Math.abs(s - tsp) < Math.abs(best - tsp) ? s : best));
}

/** Teaspoons in the unit a cook would name: 3 teaspoons are a tablespoon, 12 are a quarter cup. */
export function spoonQuantity(tsp: number): Quantity {
  const value = (n: number) => ({ min: n, max: n });
  if (CUP_AMOUNTS.some((c) => same(c * 48, tsp))) return { value: value(tsp / 48), unit: 'cup' };
  const halfTablespoons = tsp / 1.5;
  if (tsp >= 3 - 1e-6 && same(halfTablespoons, Math.round(halfTablespoons))) return { value: value(tsp / 3), unit: 'tbsp' };
  return { value: value(tsp), unit: 'tsp' };
}

/** A spoon or cup quantity in teaspoons (its larger end), or undefined for any other unit. */
export function teaspoonsOf(q: Quantity): number | undefined {
  const per = TEASPOONS[q.unit];
  return per === undefined ? undefined : q.value.max * per;
}

/** Rounds to the nearest quarter, for measures other than spoons and cups (pinches, weights). */
function toQuarter(n: number): number {
  return Math.max(0.25, Math.round(n * 4) / 4);
}

/** A quantity times `factor`, at most the original when `capped`, rounded to what a cook measures. */
function scaleBy(q: Quantity, factor: number, capped: boolean): Quantity {
  const per = TEASPOONS[q.unit];
  const limit = (n: number) => (capped ? Math.min(n * factor, n) : n * factor);
  if (per === undefined) return { unit: q.unit, value: { min: toQuarter(limit(q.value.min)), max: toQuarter(limit(q.value.max)) } };
  const min = spoonQuantity(nearestSpoon(limit(q.value.min * per)));
  const max = spoonQuantity(nearestSpoon(limit(q.value.max * per)));
  if (min.unit === max.unit) return { unit: max.unit, value: { min: min.value.min, max: max.value.max } };
  return { unit: 'tsp', value: { min: min.value.min * (TEASPOONS[min.unit] ?? 1), max: max.value.max * (TEASPOONS[max.unit] ?? 1) } };
}

/**
 * A batch or a piece the cook scales by a word ("I'm doubling the glaze", "two bellies"): the
 * factor, and the part it scales: a group's id, 'main' for the main ingredient (which scales the
 * groups that follow it), or none said ("if I double it"), which scales whatever is asked about.
 * `pieces` when the cook has more pieces of the recipe's own size ("two bellies side by side"):
 * each gets the recipe's amount, so a limit per piece ("do not exceed") is not one for the total.
 */
export interface Batch {
  readonly factor: number;
  readonly part?: string;
  readonly pieces?: boolean;
}

/** True when the cook's batch scales this ingredient: it is in the part they scaled (and "to taste" never scales). */
export function inBatch(recipe: Recipe, ingredient: Ingredient, batch: Batch | undefined): batch is Batch {
  if (!batch || ingredient.toTaste || !ingredient.quantity || ingredient.id === recipe.mainIngredientId) return false;
  if (batch.part === undefined) return true;
  if (batch.part === 'main') return scalesWithMain(recipe, ingredient);
  return recipe.ingredientGroups.some((g) => g.id === batch.part && g.ingredients.includes(ingredient));
}

/** True when the recipe's limit holds this ingredient back in a larger batch (one larger piece, not more pieces). */
function batchCapped(ingredient: Ingredient, batch: Batch): boolean {
  return ingredient.neverExceed === true && !batch.pieces;
}

/**
 * The ingredient's amount for a main ingredient of `kg` kilograms (the recipe's own when it does
 * not scale), or, when the cook scaled its part by a word, the recipe's own amount times that.
 */
export function scaledQuantity(recipe: Recipe, ingredient: Ingredient, kg: number | undefined, batch?: Batch): Quantity | undefined {
  const q = ingredient.quantity;
  if (q && inBatch(recipe, ingredient, batch)) return batch.factor === 1 ? q : scaleBy(q, batch.factor, batchCapped(ingredient, batch));
  if (!q || kg === undefined || !scalesWithMain(recipe, ingredient)) return q;
  const factor = scaleFactor(recipe, kg);
  return factor === 1 ? q : scaleBy(q, factor, ingredient.neverExceed === true);
}

/**
 * True when the recipe's limit held this ingredient back for a piece larger than the recipe's
 * (the baking soda stays at ½ tsp): the cook spreads the same amount more thinly.
 */
export function heldToLimit(recipe: Recipe, ingredient: Ingredient, kg: number | undefined, batch?: Batch): boolean {
  if (inBatch(recipe, ingredient, batch)) return batch.factor > 1 && batchCapped(ingredient, batch);
  return kg !== undefined && ingredient.neverExceed === true && scalesWithMain(recipe, ingredient) && scaleFactor(recipe, kg) > 1;
}

/** One step's share of a divided ingredient, in the cook's amounts. */
export interface ShareAmount {
  readonly share: Share;
  readonly quantity: Quantity;
}

/**
 * The ingredient's shares for a main ingredient of `kg` kilograms: the seed's own figures inside
 * its range; outside, the fixed shares keep their part of the whole (1 tsp of 1 tbsp is a third),
 * each rounded to a spoon, and the rest is what remains, so the shares always add up to the whole.
 * Empty when the recipe does not divide the ingredient.
 */
export function sharesOf(recipe: Recipe, ingredient: Ingredient, kg: number | undefined, batch?: Batch): readonly ShareAmount[] {
  const shares = ingredient.shares ?? [];
  const whole = ingredient.quantity && teaspoonsOf(ingredient.quantity);
  const scaled = scaledQuantity(recipe, ingredient, kg, batch);
  const total = scaled && teaspoonsOf(scaled);
  if (shares.length === 0 || whole === undefined || total === undefined) return [];
  const fixed = shares.filter((s) => s.quantity).map((s) => (teaspoonsOf(s.quantity!) ?? 0) * (total / whole));
  const rounded = fixed.map((tsp) => (scaled === ingredient.quantity ? tsp : nearestSpoon(tsp)));
  const rest = () => total - rounded.reduce((a, b) => a + b, 0);
  const last = rounded.length - 1;
  if (last >= 0 && scaled !== ingredient.quantity && !(rest() > 0 && isSpoonAmount(rest()))) {
    // Move the last fixed share to the nearest spoon that leaves a measurable rest.
    const ideal = fixed[last] ?? 0;
    const others = rest() + (rounded[last] ?? 0);
    const fits = SPOONS.filter((s) => s < others && isSpoonAmount(others - s));
    if (fits.length) rounded[last] = fits.reduce((best, s) => (Math.abs(s - ideal) < Math.abs(best - ideal) ? s : best));
  }
  let next = 0;
  return shares.map((share) => {
    const tsp = share.quantity ? (rounded[next++] ?? 0) : rest();
    return { share, quantity: spoonQuantity(tsp) };
  });
}

/** This step's share of a divided ingredient, or undefined when the step takes all of it (or none). */
export function shareAt(recipe: Recipe, ingredient: Ingredient, stepId: string, kg: number | undefined): ShareAmount | undefined {
  return sharesOf(recipe, ingredient, kg).find((s) => s.share.stepId === stepId);
}
