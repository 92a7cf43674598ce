import {
  inBatch,
  stepCount,
  scaledQuantity,
  scalesWithMain,
  type Alternative,
  type Ingredient,
  type PlacedStep,
  type Quantity,
  type Recipe,
} from '../../../recipe';
import { convertMeasure, spokenMeasure, spokenQuantity } from '../../quantities';
import { speakable } from '../../text';
import { handBack, line, NEXT_REPROMPT, START_REPROMPT } from '../common';
import type { AskContext, Line, SpeechContext } from '../../types';
import { articleFor, weightAdjective } from '../weights';

/**
 * What every answer to a question shares: the cook's place (to hand them back to it), the weight
 * of their pork belly (to scale amounts), and small sentence tools.
 */


/**
 * An answer and the words that hand the cook back to where they are: in full at first, shorter
 * once the cook has said next, then not at all; never after the last step.
 */
export function answer(ctx: AskContext, text: string): Line {
  const body = ctx.note ? `${text} ${ctx.note}` : text;
  if (ctx.bare) return line(body, ctx.placed ? NEXT_REPROMPT : START_REPROMPT);
  if (ctx.finished) return line(`${body} Say start over to cook it again, or stop.`, 'Say start over to begin again, or stop.');
  const back = handBack(ctx.placed, ctx.nexts ?? 0, stepCount(ctx.recipe));
  return line(`${body}${back}`, ctx.placed ? NEXT_REPROMPT : START_REPROMPT);
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
  return `${articleFor(name)} ${name}`;
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
export function weightWords(ctx: SpeechContext, kg: number): string {
  if (ctx.system === 'metric') return spokenMeasure({ min: Math.round(kg * 10) / 10, max: Math.round(kg * 10) / 10 }, 'kg');
  const lb = convertMeasure({ min: kg, max: kg }, 'kg', 'imperial').value;
  return spokenMeasure(lb, 'lb');
}

/**
 * The cook's own main ingredient, read back as they said it: "your 800 gram pork belly"; for a
 * weight kept before the skill kept their words, "your pork belly of about 2 pounds".
 */
export function yourMain(ctx: SpeechContext, name: string): string {
  if (ctx.mainSaid) return `your ${weightAdjective(ctx.mainSaid)} ${name}`;
  return `your ${name} of about ${weightWords(ctx, ctx.mainKg ?? 0)}`;
}

/** The quantity to say for an ingredient: the cook's scaled amount, or the seed's metric figure for the main one. */
export function quantityFor(ctx: AskContext, ingredient: Ingredient): Quantity | undefined {
  if (ingredient.id === ctx.recipe.mainIngredientId && ctx.system === 'metric' && ingredient.metric) return ingredient.metric;
  return scaledQuantity(ctx.recipe, ingredient, ctx.mainKg, ctx.batch);
}

/** True when this ingredient's amount was scaled to the cook's own main ingredient. */
export function isScaled(ctx: AskContext, ingredient: Ingredient): boolean {
  return inBatch(ctx.recipe, ingredient, ctx.batch) || (ctx.mainKg !== undefined && scalesWithMain(ctx.recipe, ingredient));
}

/** A swap as a cook measures it: "1 tablespoon of neutral oil", or its name when the seed gives no amount. */
export function swapWords(ctx: SpeechContext, alternative: Alternative): string {
  const name = speakable(alternative.name, ctx.system);
  return alternative.quantity ? `${quantityWords(alternative.quantity)} of ${name}` : name;
}

/**
 * "2 teaspoons of kosher salt", "freshly ground black pepper, to taste", "a few grinds of black
 * pepper", "1 tablespoon of unsalted butter, optional, or 1 tablespoon of neutral oil for a
 * dairy-free finish": the amount with what the seed says beside it wherever it is named.
 */
export function amountOf(ctx: AskContext, ingredient: Ingredient): string {
  const q = quantityFor(ctx, ingredient);
  let text: string;
  if (q) text = `${quantityWords(q)} of ${ingredient.name}`;
  else if (ingredient.measureWords) text = `${ingredient.measureWords} of ${ingredient.name}`;
  else text = `${ingredient.name}${ingredient.toTaste ? ', to taste' : ''}`;
  if (ingredient.optional) text += ', optional';
  for (const a of ingredient.alternatives ?? []) if (a.quantity) text += `, or ${swapWords(ctx, a)} ${a.reason ?? 'instead'}`;
  return text;
}

/** An amount with the purpose that tells it apart from others of its kind ("..., to rub into the skin"). */
export function amountWithPurpose(ctx: AskContext, ingredient: Ingredient): string {
  const purpose = ingredient.purpose && /^(for|to) /.test(ingredient.purpose) ? `, ${ingredient.purpose}` : '';
  return `${amountOf(ctx, ingredient)}${purpose}`;
}

/** Swaps the seed gives a reason for: ", or tamari, for gluten-free". */
export function reasonedSwaps(ctx: AskContext, ingredient: Ingredient): string {
  return (ingredient.alternatives ?? [])
    .filter((a) => a.reason && !a.quantity)
    .map((a) => `, or ${speakable(a.name, ctx.system)}, ${a.reason}`)
    .join('');
}

/** The main ingredient's weight as the recipe gives it, in the cook's units. */
export function recipeMainWeight(ctx: AskContext, recipe: Recipe): string | undefined {
  const main = recipe.ingredientGroups.flatMap((g) => g.ingredients).find((i) => i.id === recipe.mainIngredientId);
  const q = ctx.system === 'metric' ? (main?.metric ?? main?.quantity) : main?.quantity;
  return q ? spokenQuantity(q) : undefined;
}
