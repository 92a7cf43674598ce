import type { Alternative, Ingredient, IngredientGroup, Mention, PlacedStep, Reason } from '../../../recipe';
import { speakable } from '../../text';
import { amountOf, amountWithPurpose, answer, capital, isScaled, listOf, purposeSentence, quantityWords, reasonedSwaps, recipeMainWeight, sentence, stepNumbers, weightWords } from './context';
import type { AskContext, Line } from '../../types';

/** Where the recipe mentions something it does not list, as one spoken sentence. */
export function mentionSentence(ctx: AskContext, mention: Mention): string {
  const said = (text: string) => speakable(text, ctx.system);
  switch (mention.kind) {
    case 'step':
      return `Step ${mention.placed.number} mentions it: ${sentence(said(mention.sentence))}`;
    case 'note':
      return `A chef’s note mentions it: ${sentence(said(mention.sentence))}`;
    case 'variation':
      return `The ${said(mention.variation.name)} variation uses it: ${sentence(said(mention.sentence))}`;
    case 'serviceTip':
      return `The serving tip mentions it: ${sentence(said(mention.sentence))}`;
    case 'pairing':
      return `It’s suggested on the side: ${sentence(said(mention.sentence))}`;
  }
}

/** "The rub uses pork belly, kosher salt...; the glaze uses ...": every ingredient by name. */
function whatItUses(ctx: AskContext): string {
  const groups = ctx.recipe.ingredientGroups.map(
    (g) => `the ${speakable(g.name, ctx.system)} uses ${listOf(g.ingredients.map((i) => i.name))}`,
  );
  return sentence(groups.join('; '));
}

/** The current step's own measure of an ingredient ("Rub the meat side with 1 teaspoon of the oil"). */
function inThisStep(ctx: AskContext, ingredients: readonly Ingredient[]): string {
  const step = ctx.placed?.step;
  if (!step || !ingredients.some((i) => step.ingredientIds?.includes(i.id))) return '';
  return /\d|[½¼¾]/.test(step.text) ? ` In this step: ${sentence(speakable(step.text, ctx.system))}` : '';
}

function oneAmount(ctx: AskContext, i: Ingredient): string {
  const note = i.note ? `, ${speakable(i.note, ctx.system)}` : '';
  if (i.toTaste) return `${capital(i.name)}: ${i.note ? `${speakable(i.note, ctx.system)}, ` : ''}to taste. ${purposeSentence(i.purpose)}`.trim();
  if (isScaled(ctx, i) && ctx.mainKg !== undefined && i.quantity) {
    return (
      `For your pork belly of about ${weightWords(ctx, ctx.mainKg)}: ${amountOf(ctx, i)}. ` +
      `The recipe gives ${quantityWords(i.quantity)} for ${recipeMainWeight(ctx, ctx.recipe) ?? 'its own size'}.`
    );
  }
  const yours =
    i.id === ctx.recipe.mainIngredientId && ctx.mainKg !== undefined ? ` Yours is about ${weightWords(ctx, ctx.mainKg)}.` : '';
  return `${sentence(`${amountOf(ctx, i)}${note}${reasonedSwaps(ctx, i)}`)}${yours}`;
}

function several(ctx: AskContext, items: readonly Ingredient[]): string {
  const scaled = items.some((i) => isScaled(ctx, i)) ? ', scaled to your pork belly' : '';
  return `The recipe has ${items.length} of those${scaled}: ${listOf(items.map((i) => amountWithPurpose(ctx, i)))}.`;
}

function swapsOf(ctx: AskContext, i: Ingredient, alternatives: readonly Alternative[]): string {
  const names = alternatives.map((a) => `${speakable(a.name, ctx.system)}${a.reason?.startsWith('for ') ? `, ${a.reason}` : ''}`);
  return `Instead of ${i.name}, you can use ${names.join(', or ')}.`;
}

/** Sentences for questions about ingredients: amounts, kinds, swaps, groups and the step's own. */
export const ingredientAnswers = {
  amount(ctx: AskContext, items: readonly Ingredient[]): Line {
    const body = items.length === 1 && items[0] ? oneAmount(ctx, items[0]) : several(ctx, items);
    return answer(ctx, `${body}${inThisStep(ctx, items)}`);
  },

  whichIngredient(ctx: AskContext): Line {
    const example = ctx.recipe.ingredientGroups[0]?.ingredients[1]?.name ?? 'salt';
    return answer(ctx, `Which ingredient? For example, ask: how much ${example}.`);
  },

  /**
   * Something the recipe does not use: said plainly, then where the recipe mentions it, or the
   * recipe's own ingredient of that kind, or what the recipe does use.
   */
  notInRecipe(ctx: AskContext, mention: Mention | undefined, related: readonly Ingredient[]): Line {
    let more: string;
    if (mention) more = mentionSentence(ctx, mention);
    else if (related.length) more = `It uses ${listOf(related.map((i) => amountOf(ctx, i)))}.`;
    else more = whatItUses(ctx);
    return answer(ctx, `That isn’t in this recipe. ${more}`);
  },

  about(ctx: AskContext, items: readonly Ingredient[]): Line {
    const i = items[0];
    if (items.length !== 1 || !i) return answer(ctx, several(ctx, items));
    const optional = i.optional ? ' It’s optional.' : '';
    return answer(ctx, `${oneAmount(ctx, i)}${i.toTaste ? '' : ` ${purposeSentence(i.purpose)}`}${optional}`.replace(/\s+/g, ' ').trim());
  },

  optional(ctx: AskContext, items: readonly Ingredient[]): Line {
    const i = items[0];
    if (items.length !== 1 || !i) return answer(ctx, `The recipe calls for all of these. ${several(ctx, items)}`);
    let body: string;
    // No "yes" or "no": the cook may have asked "is it optional" or "is it necessary".
    if (i.optional) body = `The ${i.name} is optional. ${purposeSentence(i.purpose)}`;
    else if (i.toTaste) body = `The ${i.name} is to taste, so how much is up to you. ${purposeSentence(i.purpose)}`;
    else body = `The recipe calls for it: ${amountOf(ctx, i)}. ${purposeSentence(i.purpose)}`;
    const swaps = (i.alternatives ?? []).filter((a) => a.reason);
    return answer(ctx, `${body.trim()}${swaps.length ? ` ${swapsOf(ctx, i, swaps)}` : ''}`);
  },

  purpose(ctx: AskContext, i: Ingredient, reason: Reason | undefined, group: IngredientGroup | undefined, steps: readonly PlacedStep[]): Line {
    const where = steps.length ? ` It’s used at ${stepNumbers(steps)}.` : '';
    if (reason) return answer(ctx, `${speakable(reason.text, ctx.system)}${where}`);
    if (i.purpose) return answer(ctx, `${capital(i.name)}: ${i.purpose}.${where}`);
    const part = group ? `It’s part of the ${speakable(group.name, ctx.system)}` : 'The recipe doesn’t say what it’s for';
    return answer(ctx, `${part}${steps.length ? `, used at ${stepNumbers(steps)}` : ''}.`);
  },

  groups(ctx: AskContext, groups: readonly IngredientGroup[]): Line {
    const parts = groups.map((g) => {
      const scaled = ctx.mainKg !== undefined && g.scalesWithMain ? ', scaled to your pork belly' : '';
      const items = g.ingredients.map((i) =>
        i.id === ctx.recipe.mainIngredientId && ctx.mainKg !== undefined
          ? `your ${i.name}, about ${weightWords(ctx, ctx.mainKg)}`
          : `${amountOf(ctx, i)}${i.optional ? ', optional' : ''}`,
      );
      return `For the ${speakable(g.name, ctx.system)}${scaled}: ${listOf(items)}.`;
    });
    return answer(ctx, parts.join(' '));
  },

  whichGroup(ctx: AskContext): Line {
    const names = ctx.recipe.ingredientGroups.map((g) => `the ${speakable(g.name, ctx.system)}`);
    return answer(ctx, `The ingredients come in ${names.length === 1 ? 'one part' : `${names.length} parts`}: ${listOf(names)}. Which one?`);
  },

  stepIngredients(ctx: AskContext, placed: PlacedStep, items: readonly Ingredient[]): Line {
    if (items.length === 0) return answer(ctx, `Step ${placed.number} doesn’t use any ingredients.`);
    const own = /\d|[½¼¾]/.test(placed.step.text) ? ` The step says: ${sentence(speakable(placed.step.text, ctx.system))}` : '';
    return answer(ctx, `For step ${placed.number}: ${listOf(items.map((i) => amountOf(ctx, i)))}.${own}`);
  },

  substitute(ctx: AskContext, items: readonly Ingredient[]): Line {
    const parts = items.map((i) => {
      const alternatives = i.alternatives ?? [];
      if (alternatives.length) return `${swapsOf(ctx, i, alternatives)}${i.optional ? ` The ${i.name} is optional, too.` : ''}`;
      if (i.optional) return `The recipe gives no swap for the ${i.name}, but it’s optional: you can leave it out.`;
      return `The recipe gives no swap for the ${i.name}.`;
    });
    return answer(ctx, parts.join(' '));
  },

  /** The cook named the swap: the pair, either way round. */
  swapPair(ctx: AskContext, i: Ingredient, alternative: Alternative): Line {
    const reason = alternative.reason?.startsWith('for ') ? `, ${alternative.reason}` : '';
    const amount = i.quantity ? `: use ${quantityWords(i.quantity)} of either` : '';
    return answer(ctx, `${capital(speakable(alternative.name, ctx.system))} is the recipe’s swap for ${i.name}${reason}${amount}.`);
  },

  diet(ctx: AskContext, diet: string, swaps: readonly { ingredient: Ingredient; alternative: Alternative }[]): Line {
    const each = swaps.map(({ ingredient, alternative }) => `use ${speakable(alternative.name, ctx.system)} instead of ${ingredient.name}`);
    return answer(ctx, `For ${diet}, ${listOf(each)}.`);
  },

  unknownDiet(ctx: AskContext, diets: readonly string[]): Line {
    if (diets.length === 0) return answer(ctx, 'The recipe doesn’t give swaps for special diets.');
    return answer(ctx, `The recipe doesn’t give a version for that. It gives swaps for ${listOf(diets)}.`);
  },
};
