import {
  groupOfIngredient,
  heldToLimit,
  placedStepById,
  scalesWithMain,
  sharesOf,
  withinRecipeWeight,
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
  const here = sharesOf(ctx.recipe, i, ctx.mainKg).find((s) => s.share.stepId === placed.step.id);
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
  const held = heldToLimit(ctx.recipe, i, ctx.mainKg)
    ? ` That’s the most the recipe allows at any size, so spread it thinly over your larger piece.`
    : '';
  const theirs = i.quantity ? ` The recipe gives ${quantityWords(i.quantity)} for ${recipeSize}.` : '';
  return `For ${yours}: ${lowerFirst(body)}${held}${theirs}`;
}

/** The answer to "how much" of one ingredient. */
export function oneAmount(ctx: AskContext, i: Ingredient): string {
  // A limit held for a larger piece is said in full below; the note would say it twice.
  const note = i.note && !heldToLimit(ctx.recipe, i, ctx.mainKg) ? `, ${speakable(i.note, ctx.system)}` : '';
  if (i.toTaste) return `${capital(i.name)}: ${i.note ? `${speakable(i.note, ctx.system)}, ` : ''}to taste. ${purposeSentence(i.purpose)}`.trim();
  const shares = sharesOf(ctx.recipe, i, ctx.mainKg);
  const whole = `${amountOf(ctx, i)}${note}`;
  const body = shares.length ? sharesSentence(ctx, i, shares, whole) : sentence(`${whole}${reasonedSwaps(ctx, i)}`);
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
