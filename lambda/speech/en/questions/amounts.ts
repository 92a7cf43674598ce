import {
  groupOfIngredient,
  heldToLimit,
  inBatch,
  placedStepById,
  scalesWithMain,
  sharesOf,
  withinRecipeWeight,
  type Batch,
  type Ingredient,
  type PlacedStep,
  type ShareAmount,
  type SwapInUse,
} from '../../../recipe';
import { speakable } from '../../text';
import type { AskContext } from '../../types';
import { weightAlone } from '../weights';
import { amountOf, capital, listOf, purposeSentence, quantityWords, reasonedSwaps, recipeMainWeight, sentence, weightWords, yourMain } from './context';

/** "Half a teaspoon" after a colon in mid-sentence: "half a teaspoon". */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * How much of one ingredient, as the cook needs it: scaled to their pork (or the recipe's own
 * amount inside its range), held to the recipe's limit, divided between the steps that share it,
 * and, where the cook is, the swap in use rather than the rub's ingredient of the same kind.
 */

/** "the remaining 2 teaspoons" for the share that is the rest, else "1 teaspoon". */
function shareWords(s: ShareAmount): string {
  return `${s.share.quantity ? '' : 'the remaining '}${quantityWords(s.quantity)}`;
}

function stepOf(ctx: AskContext, s: ShareAmount): PlacedStep | undefined {
  return placedStepById(ctx.recipe, s.share.stepId);
}

/** One step's share with its ingredient, for the step's own list: "the remaining 2 teaspoons of neutral oil, on the skin". */
export function shareHere(ctx: AskContext, i: Ingredient, placed: PlacedStep): string | undefined {
  const here = sharesOf(ctx.recipe, i, ctx.mainKg, ctx.batch).find((s) => s.share.stepId === placed.step.id);
  return here && `${shareWords(here)} of ${i.name}, ${here.share.use}`;
}

/**
 * Every share with its step: at a step that takes one, that share first, then where the others go
 * ("went" before, "go" after); elsewhere the whole amount and each share.
 */
function sharesSentence(ctx: AskContext, i: Ingredient, shares: readonly ShareAmount[], whole: string): string {
  const placed = ctx.placed;
  const here = placed && shares.find((s) => s.share.stepId === placed.step.id);
  if (!here || !placed) {
    const each = shares.map((s) => `${shareWords(s)} ${s.share.use} at step ${stepOf(ctx, s)?.number ?? ''}`);
    return `${sentence(`${whole}${reasonedSwaps(ctx, i)}: ${listOf(each)}`)}`;
  }
  const others = shares
    .filter((s) => s !== here)
    .map((s) => {
      const at = stepOf(ctx, s);
      const many = s.quantity.value.max > 1;
      const verb = at && at.index < placed.index ? 'went' : many ? 'go' : 'goes';
      return `${shareWords(s)} ${verb} ${s.share.use} at step ${at?.number ?? ''}`;
    });
  return `At this step, ${shareWords(here)} of the ${i.name}, ${here.share.use}. ${sentence(`${listOf(others)}: ${whole}${whole.includes(',') ? ',' : ''} in all`)}`;
}

/** "For your 10 pound pork belly: ..." and how that compares with the recipe's own amount. */
function forYourPork(ctx: AskContext, i: Ingredient, body: string): string {
  const main = ctx.recipe.ingredientGroups.flatMap((g) => g.ingredients).find((m) => m.id === ctx.recipe.mainIngredientId);
  const yours = yourMain(ctx, main?.name ?? 'one');
  const recipeSize = recipeMainWeight(ctx, ctx.recipe) ?? 'its own size';
  if (ctx.mainKg !== undefined && withinRecipeWeight(ctx.recipe, ctx.mainKg)) {
    return `For ${yours}, the recipe’s own amount: ${lowerFirst(body)} It’s written for ${recipeSize}.`;
  }
  const held = heldToLimit(ctx.recipe, i, ctx.mainKg, ctx.batch)
    ? ` That’s the most the recipe allows at any size, so spread it thinly over your larger piece.`
    : '';
  const theirs = i.quantity ? ` The recipe gives ${quantityWords(i.quantity)} for ${recipeSize}.` : '';
  return `For ${yours}: ${lowerFirst(body)}${held}${theirs}`;
}

/** How a batch is named: "double", "half", "triple"; other factors are not read (vocabulary/batch.ts). */
const BATCH_SIZE: Readonly<Record<number, string>> = { 2: 'double', 0.5: 'half', 3: 'triple' };
const PIECES: Readonly<Record<number, string>> = { 2: 'two', 3: 'three' };
const TIMES: Readonly<Record<number, string>> = { 2: 'twice', 0.5: 'half', 3: 'three times' };

/**
 * The part the cook scaled, as a cook says it: "a double batch of the glaze", "two pieces of
 * pork belly", "twice the pork belly". A group is named by the last word of its name ("Pork Belly
 * & Drying Rub" is "the rub", "Maple Glaze" is "the glaze"), which is what a cook calls it.
 */
function batchName(ctx: AskContext, batch: Batch): string {
  const main = ctx.recipe.ingredientGroups.flatMap((g) => g.ingredients).find((m) => m.id === ctx.recipe.mainIngredientId)?.name ?? 'main ingredient';
  if (batch.pieces) return `${PIECES[batch.factor] ?? batch.factor} pieces of ${main}`;
  if (batch.part === 'main') return `${TIMES[batch.factor] ?? batch.factor} the ${main}`;
  const group = ctx.recipe.ingredientGroups.find((g) => g.id === batch.part);
  const last = group?.name.trim().split(/\s+/).pop()?.toLowerCase();
  return `a ${BATCH_SIZE[batch.factor] ?? ''} batch${last ? ` of the ${last}` : ''}`;
}

/** "For a double batch of the glaze: 2 cups of pure maple syrup. The recipe gives 1 cup for one batch." */
function forYourBatch(ctx: AskContext, batch: Batch, i: Ingredient, body: string): string {
  const held = heldToLimit(ctx.recipe, i, ctx.mainKg, batch)
    ? ' That’s the most the recipe allows for one piece, so spread it thinly.'
    : '';
  const one = batch.part === 'main' || batch.pieces ? 'one piece' : 'one batch';
  // More pieces each take the recipe's own amount of what it limits, and no more ("do not exceed" is per piece).
  const each = batch.pieces && i.neverExceed && i.quantity ? ` That’s ${quantityWords(i.quantity)} for each piece, and no more.` : '';
  const theirs = i.quantity && !held && !each ? ` The recipe gives ${quantityWords(i.quantity)} for ${one}.` : '';
  return `For ${batchName(ctx, batch)}: ${lowerFirst(body)}${held}${each}${theirs}`;
}

/** An ingredient the scaled part does not hold: the recipe's own amount, and why it stays. */
function notInBatch(ctx: AskContext, batch: Batch, body: string): string {
  return `${body} That’s the recipe’s own amount: ${batchName(ctx, batch)} doesn’t change it.`;
}

/** The answer to "how much" of one ingredient. */
export function oneAmount(ctx: AskContext, i: Ingredient): string {
  // A limit held for a larger piece is said in full below; the note would say it twice.
  const perPiece = inBatch(ctx.recipe, i, ctx.batch) && ctx.batch.pieces === true && i.neverExceed === true;
  const note = i.note && !heldToLimit(ctx.recipe, i, ctx.mainKg, ctx.batch) && !perPiece ? `, ${speakable(i.note, ctx.system)}` : '';
  if (i.toTaste) return `${capital(i.name)}: ${i.note ? `${speakable(i.note, ctx.system)}, ` : ''}to taste. ${purposeSentence(i.purpose)}`.trim();
  const shares = sharesOf(ctx.recipe, i, ctx.mainKg, ctx.batch);
  const whole = `${amountOf(ctx, i)}${note}`;
  const body = shares.length ? sharesSentence(ctx, i, shares, whole) : sentence(`${whole}${reasonedSwaps(ctx, i)}`);
  if (ctx.batch) return inBatch(ctx.recipe, i, ctx.batch) ? forYourBatch(ctx, ctx.batch, i, body) : notInBatch(ctx, ctx.batch, body);
  if (ctx.mainKg !== undefined && scalesWithMain(ctx.recipe, i)) return forYourPork(ctx, i, body);
  const yours =
    i.id === ctx.recipe.mainIngredientId && ctx.mainKg !== undefined
      ? ` Yours is ${ctx.mainSaid ? weightAlone(ctx.mainSaid) : `about ${weightWords(ctx, ctx.mainKg)}`}.`
      : '';
  return `${body}${yours}`;
}

/** The swap in use where the cook is: "In the Maple Glaze: 1 tablespoon of neutral oil in place of the unsalted butter, ...". */
export function swapAmount(ctx: AskContext, swap: SwapInUse): string {
  const { owner, alternative } = swap;
  const group = groupOfIngredient(ctx.recipe, owner.id);
  const where = group ? `In the ${speakable(group.name, ctx.system)}: ` : '';
  const amount = alternative.quantity ? `${quantityWords(alternative.quantity)} of ` : '';
  const reason = alternative.reason ? `, ${alternative.reason}` : '';
  const optional = owner.optional ? ` The ${owner.name} is optional.` : '';
  return `${where}${amount}${speakable(alternative.name, ctx.system)} in place of the ${owner.name}${reason}.${optional}`;
}

/** What the swap in use is for: the job of what it replaces. */
export function swapPurpose(ctx: AskContext, swap: SwapInUse): string {
  const { owner, alternative } = swap;
  const group = groupOfIngredient(ctx.recipe, owner.id);
  const where = group ? `In the ${speakable(group.name, ctx.system)}, ` : '';
  const job = owner.purpose ? ` ${owner.purpose}` : ' does its job';
  const reason = alternative.reason ? `, ${alternative.reason}` : '';
  return `${where}${speakable(alternative.name, ctx.system)} in place of the ${owner.name}${job}${reason}.`;
}
