import { baseMainKg, scaledQuantity, scalesWithMain, type Ingredient, type PlacedStep, type Quantity, type Recipe } from '../../../recipe';
import { convertMeasure, spokenMeasure, spokenQuantity } from '../../quantities';
import { speakable } from '../../text';
import { line, NEXT_REPROMPT, START_REPROMPT } from '../common';
import type { AskContext, Line } from '../../types';

/**
 * What every answer to a question shares: the cook's place (to hand them back to it), the weight
 * of their pork belly (to scale amounts), and small sentence tools.
 */


/** An answer and the words that hand the cook back to where they are. */
export function answer(ctx: AskContext, text: string): Line {
  const body = ctx.note ? `${text} ${ctx.note}` : text;
  if (ctx.finished) return line(`${body} Say start over to cook it again, or stop.`, 'Say start over to begin again, or stop.');
  if (ctx.placed) return line(`${body} When you’re ready, say next.`, NEXT_REPROMPT);
  return line(`${body} When you’re ready, say start.`, START_REPROMPT);
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Ends a sentence with a full stop unless it has one. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? capital(trimmed) : `${capital(trimmed)}.`;
}

/** The first sentence of a text ("Roast for 2 hours. The goal is..." gives "Roast for 2 hours."). */
export function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? text;
}

/** "a, b and c"; with "; " between items that have commas of their own. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const sep = items.some((i) => i.includes(',')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(sep)}${sep === '; ' ? '; and ' : ' and '}${items[items.length - 1]}`;
}

export function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** "step 6", "steps 6 and 7". */
export function stepNumbers(steps: readonly PlacedStep[]): string {
  const numbers = steps.map((s) => String(s.number));
  return `${numbers.length === 1 ? 'step' : 'steps'} ${listOf(numbers)}`;
}

/** A purpose as its own sentence: "It’s for seasoning the meat.", "It brightens the glaze." */
export function purposeSentence(purpose: string | undefined): string {
  if (!purpose) return '';
  return /^(for|to) /.test(purpose) ? `It’s ${purpose}.` : `It ${purpose}.`;
}

/** An amount as a cook says it: "a pinch" rather than "1 pinch". */
export function quantityWords(q: Quantity): string {
  const single = q.value.min === 1 && q.value.max === 1;
  if (single && (q.unit === 'pinch' || q.unit === 'grind')) return `a ${q.unit}`;
  return spokenQuantity(q);
}

/** The cook's main ingredient weight in their units, rounded as a cook would say it. */
export function weightWords(ctx: AskContext, kg: number): string {
  if (ctx.system === 'metric') return spokenMeasure({ min: Math.round(kg * 10) / 10, max: Math.round(kg * 10) / 10 }, 'kg');
  const lb = convertMeasure({ min: kg, max: kg }, 'kg', 'imperial').value;
  return spokenMeasure(lb, 'lb');
}

/** The quantity to say for an ingredient: the cook's scaled amount, or the seed's metric figure for the main one. */
export function quantityFor(ctx: AskContext, ingredient: Ingredient): Quantity | undefined {
  if (ingredient.id === ctx.recipe.mainIngredientId && ctx.system === 'metric' && ingredient.metric) return ingredient.metric;
  return scaledQuantity(ctx.recipe, ingredient, ctx.mainKg);
}

/** True when this ingredient's amount was scaled to the cook's own main ingredient. */
export function isScaled(ctx: AskContext, ingredient: Ingredient): boolean {
  return ctx.mainKg !== undefined && scalesWithMain(ctx.recipe, ingredient) && baseMainKg(ctx.recipe) !== undefined;
}

/** "2 teaspoons of kosher salt", "freshly ground black pepper, to taste", "a pinch of flaky sea salt". */
export function amountOf(ctx: AskContext, ingredient: Ingredient): string {
  const q = quantityFor(ctx, ingredient);
  if (!q) return `${ingredient.name}${ingredient.toTaste ? ', to taste' : ''}`;
  return `${quantityWords(q)} of ${ingredient.name}`;
}

/** An amount with the purpose that tells it apart from others of its kind ("..., to rub into the skin"). */
export function amountWithPurpose(ctx: AskContext, ingredient: Ingredient): string {
  const purpose = ingredient.purpose && /^(for|to) /.test(ingredient.purpose) ? `, ${ingredient.purpose}` : '';
  return `${amountOf(ctx, ingredient)}${purpose}`;
}

/** Swaps the seed gives a reason for: ", or tamari, for gluten-free". */
export function reasonedSwaps(ctx: AskContext, ingredient: Ingredient): string {
  return (ingredient.alternatives ?? [])
    .filter((a) => a.reason)
    .map((a) => `, or ${speakable(a.name, ctx.system)}, ${a.reason}`)
    .join('');
}

/** The main ingredient's weight as the recipe gives it, in the cook's units. */
export function recipeMainWeight(ctx: AskContext, recipe: Recipe): string | undefined {
  const main = recipe.ingredientGroups.flatMap((g) => g.ingredients).find((i) => i.id === recipe.mainIngredientId);
  const q = ctx.system === 'metric' ? (main?.metric ?? main?.quantity) : main?.quantity;
  return q ? spokenQuantity(q) : undefined;
}
