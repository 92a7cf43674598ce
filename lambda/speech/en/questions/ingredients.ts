import type { Alternative, Ingredient, IngredientGroup, Mention, PlacedStep, Reason } from '../../../recipe';
import { speakable } from '../../text';
import { swapInUse } from '../../../recipe';
import { oneAmount, shareHere, swapAmount, swapPurpose } from './amounts';
import { amountOf, amountWithPurpose, answer, capital, isScaled, listOf, purposeSentence, quantityWords, sentence, stepNumbers, swapWords, yourMain } from './context';
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

/**
 * The current step's own measure of an ingredient, when the step's text gives one; not for an
 * ingredient the step takes a share of, whose answer already says this step's share.
 */
function inThisStep(ctx: AskContext, ingredients: readonly Ingredient[]): string {
  const step = ctx.placed?.step;
  if (!step || !ingredients.some((i) => step.ingredientIds?.includes(i.id))) return '';
  if (ingredients.some((i) => i.shares?.some((sh) => sh.stepId === step.id))) return '';
  return /\d|[\u00BD\u00BC\u00BE]/.test(step.text) ? ` In this step: ${sentence(speakable(step.text, ctx.system))}` : '';
}

function several(ctx: AskContext, items: readonly Ingredient[]): string {
  const scaled = items.some((i) => isScaled(ctx, i)) ? ', scaled to your pork belly' : '';
  return `The recipe has ${items.length} of those${scaled}: ${listOf(items.map((i) => amountWithPurpose(ctx, i)))}.`;
}

function swapsOf(ctx: AskContext, i: Ingredient, alternatives: readonly Alternative[]): string {
  const names = alternatives.map((a) => `${swapWords(ctx, a)}${a.reason?.startsWith('for ') ? `, ${a.reason}` : ''}`);
  return `Instead of ${i.name}, you can use ${names.join(', or ')}.`;
}

/** Sentences for questions about ingredients: amounts, kinds, swaps, groups and the step's own. */
export const ingredientAnswers = {
  amount(ctx: AskContext, items: readonly Ingredient[]): Line {
    const swap = items.length === 1 && items[0] ? swapInUse(ctx.recipe, items[0].id, ctx.placed) : undefined;
    if (swap) return answer(ctx, swapAmount(ctx, swap));
    const body = items.length === 1 && items[0] ? oneAmount(ctx, items[0]) : several(ctx, items);
    return answer(ctx, `${body}${inThisStep(ctx, items)}`);
  },

  /**
   * The amount of the one (or few) of several same-named ingredients the cook's place narrows a
   * word to ("salt" at the seasoning step): with its use, which tells it apart from the others.
   */
  amountHere(ctx: AskContext, items: readonly Ingredient[]): Line {
    const i = items[0];
    if (items.length !== 1 || !i) return answer(ctx, several(ctx, items));
    const swap = swapInUse(ctx.recipe, i.id, ctx.placed);
    if (swap) return answer(ctx, swapAmount(ctx, swap));
    // Shares, "to taste" and a scaled amount say their own use already.
    if (i.toTaste || i.shares?.length || isScaled(ctx, i)) return answer(ctx, `${oneAmount(ctx, i)}${inThisStep(ctx, items)}`);
    return answer(ctx, `${sentence(amountWithPurpose(ctx, i))}${inThisStep(ctx, items)}`);
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
    return answer(ctx, `${oneAmount(ctx, i)}${i.toTaste ? '' : ` ${purposeSentence(i.purpose)}`}`.replace(/\s+/g, ' ').trim());
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
    const swap = swapInUse(ctx.recipe, i.id, ctx.placed);
    if (swap) return answer(ctx, swapPurpose(ctx, swap));
    // "optional" and the butter's swap go with the ingredient wherever it is named.
    const swaps = (i.alternatives ?? []).filter((a) => a.quantity).map((a) => ` ${capital(a.reason ?? 'instead')}, use ${swapWords(ctx, a)} instead.`);
    const where = `${steps.length ? ` It’s used at ${stepNumbers(steps)}.` : ''}${i.optional ? ' It’s optional.' : ''}${swaps.join('')}`;
    if (reason) return answer(ctx, `${speakable(reason.text, ctx.system)}${where}`);
    if (i.purpose) return answer(ctx, `${capital(i.name)}: ${i.purpose}.${where}`);
    const part = group ? `It’s part of the ${speakable(group.name, ctx.system)}` : 'The recipe doesn’t say what it’s for';
    return answer(ctx, `${part}${steps.length ? `, used at ${stepNumbers(steps)}` : ''}.`);
  },

  groups(ctx: AskContext, groups: readonly IngredientGroup[]): Line {
    const parts = groups.map((g) => {
      const scaled = ctx.mainKg !== undefined && g.scalesWithMain ? ', scaled to your pork belly' : '';
      const items = g.ingredients.map((i) =>
        i.id === ctx.recipe.mainIngredientId && ctx.mainKg !== undefined ? yourMain(ctx, i.name) : amountOf(ctx, i),
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
    const shared = items.map((i) => shareHere(ctx, i, placed));
    const own =
      /\d|[\u00BD\u00BC\u00BE]/.test(placed.step.text) && !shared.some(Boolean) ? ` The step says: ${sentence(speakable(placed.step.text, ctx.system))}` : '';
    return answer(ctx, `For step ${placed.number}: ${listOf(items.map((i, n) => shared[n] ?? amountOf(ctx, i)))}.${own}`);
  },

  substitute(ctx: AskContext, items: readonly Ingredient[]): Line {
    const parts = items.map((i) => {
      const alternatives = i.alternatives ?? [];
      if (alternatives.length) return `${swapsOf(ctx, i, alternatives)}${i.optional ? ` The ${i.name} is optional, too.` : ''}`;
      if (i.optional) return `The recipe gives no swap for the ${i.name}, but it’s optional: you can leave it out.`;
      // What it is and what it does, in the recipe's words: the cook asking about another thing can tell whether it is the same.
      const also = i.alsoCalled ? `, ${i.alsoCalled}` : '';
      const what = i.purpose ? `. ${purposeSentence(i.purpose)}` : i.note ? `: ${speakable(i.note, ctx.system)}.` : '.';
      return `The recipe gives no swap for the ${i.name}${also}${what}`;
    });
    return answer(ctx, parts.join(' '));
  },

  /** The cook named the swap: the pair, either way round. */
  swapPair(ctx: AskContext, i: Ingredient, alternative: Alternative): Line {
    // Options the seed gives as equals ("grapeseed or canola"): without one, use the other.
    const equals = (i.alternatives ?? []).filter((a) => !a.reason);
    const others = equals.filter((a) => a !== alternative);
    if (!alternative.reason && others.length) {
      const names = equals.map((a) => speakable(a.name, ctx.system)).join(' or ');
      return answer(ctx, `Use ${others.map((a) => swapWords(ctx, a)).join(', or ')}: the recipe’s ${i.name} can be ${names}.`);
    }
    const reason = alternative.reason?.startsWith('for ') ? `, ${alternative.reason}` : '';
    const amount = i.quantity ? `: use ${quantityWords(i.quantity)} of either` : '';
    return answer(ctx, `${capital(speakable(alternative.name, ctx.system))} is the recipe’s swap for ${i.name}${reason}${amount}.`);
  },

  diet(ctx: AskContext, diet: string, swaps: readonly { ingredient: Ingredient; alternative: Alternative }[]): Line {
    const each = swaps.map(({ ingredient, alternative }) => `use ${swapWords(ctx, alternative)} instead of ${ingredient.name}`);
    return answer(ctx, `For ${diet}, ${listOf(each)}.`);
  },

  unknownDiet(ctx: AskContext, diets: readonly string[]): Line {
    if (diets.length === 0) return answer(ctx, 'The recipe doesn’t give swaps for special diets.');
    return answer(ctx, `The recipe doesn’t give a version for that. It gives swaps for ${listOf(diets)}.`);
  },
};
