import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import {
  allIngredients,
  byName,
  groupOfIngredient,
  ingredientById,
  ingredientNames,
  mentionOf,
  normalise,
  reasonForIngredient,
  relatedIngredients,
  stepsUsingIngredient,
  type Ingredient,
  type IngredientGroup,
} from '../../recipe';
import type { AskContext, Line, Speech } from '../../speech';
import { currentStep, turnOf } from '../../state/turn';
import { isIntent } from '../respond';
import { askContext, heardSlot, reply, resolveSlot } from './common';

function ingredientsFrom(h: HandlerInput) {
  const { recipe } = turnOf(h);
  return resolveSlot(
    h,
    Slot.Ingredient,
    (id) => ingredientById(recipe, id),
    (words) => byName(allIngredients(recipe), ingredientNames, words),
  );
}

/**
 * Something the recipe does not use: where the recipe mentions it ("lemon zest"), else the
 * recipe's own ingredient of that kind ("olive oil" finds the neutral oil), else what it uses.
 */
export function answerNotInRecipe(h: HandlerInput, words: string | undefined): Response {
  const { recipe, speech } = turnOf(h);
  const mention = words ? mentionOf(recipe, words) : undefined;
  const related = !mention && words ? relatedIngredients(recipe, words) : [];
  return reply(h, speech.notInRecipe(askContext(h), mention, related));
}

/**
 * The shared path of questions about named ingredients: the answer for what was found, the
 * honest "not in this recipe" for what wasn't, and `missing` when no ingredient was named.
 */
function aboutIngredients(
  speak: (speech: Speech, ctx: AskContext, items: readonly Ingredient[]) => Line,
  missing: (h: HandlerInput) => Response = (h) => reply(h, turnOf(h).speech.whichIngredient(askContext(h))),
) {
  return (h: HandlerInput): Response => {
    const { found, heard } = ingredientsFrom(h);
    const topic = { kind: 'amount', ingredientIds: found.map((i) => i.id) } as const;
    if (found.length) return reply(h, speak(turnOf(h).speech, askContext(h), found), topic);
    if (heard.words) return answerNotInRecipe(h, heard.words);
    return missing(h);
  };
}

/** The current step's ingredients, or every ingredient before the cook starts. */
function stepIngredients(h: HandlerInput): Response {
  const turn = turnOf(h);
  const placed = turn.cook.finished ? undefined : currentStep(turn);
  if (!placed) return reply(h, turn.speech.groups(askContext(h), turn.recipe.ingredientGroups));
  const items = (placed.step.ingredientIds ?? []).map((id) => ingredientById(turn.recipe, id)).filter((i): i is Ingredient => !!i);
  return reply(h, turn.speech.stepIngredients(askContext(h), placed, items), { kind: 'amount', ingredientIds: items.map((i) => i.id) });
}

export const IngredientAmountHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.IngredientAmount),
  // "how much?" with no ingredient means the step's own.
  handle: aboutIngredients((speech, ctx, items) => speech.amount(ctx, items), (h) => {
    const placed = currentStep(turnOf(h));
    return placed?.step.ingredientIds?.length ? stepIngredients(h) : reply(h, turnOf(h).speech.whichIngredient(askContext(h)));
  }),
};

export const IngredientAboutHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.IngredientAbout),
  handle: aboutIngredients((speech, ctx, items) => speech.about(ctx, items)),
};

export const IngredientOptionalHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.IngredientOptional),
  handle: aboutIngredients((speech, ctx, items) => speech.optional(ctx, items)),
};

/**
 * "I don't have soy sauce": the recipe's swaps. When the cook named the swap itself ("I don't
 * have tamari", "can I use tamari instead"), either way round the answer is the same pair.
 */
export const SubstituteHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Substitute),
  handle(h) {
    const { found, heard } = ingredientsFrom(h);
    const said = heard.words ? normalise(heard.words) : '';
    const one = found.length === 1 ? found[0] : undefined;
    const named = said ? one?.alternatives?.find((a) => normalise(a.name).includes(said)) : undefined;
    if (one && named) return reply(h, turnOf(h).speech.swapPair(askContext(h), one, named), { kind: 'amount', ingredientIds: [one.id] });
    return aboutIngredients((speech, ctx, items) => speech.substitute(ctx, items))(h);
  },
};

export const IngredientPurposeHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.IngredientPurpose),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const { found, heard } = ingredientsFrom(h);
    const one = found.length === 1 ? found[0] : undefined;
    if (one) {
      const line = speech.purpose(askContext(h), one, reasonForIngredient(recipe, one.id), groupOfIngredient(recipe, one.id), stepsUsingIngredient(recipe, one.id));
      return reply(h, line, { kind: 'amount', ingredientIds: [one.id] });
    }
    if (found.length) return reply(h, speech.about(askContext(h), found), { kind: 'amount', ingredientIds: found.map((i) => i.id) });
    if (heard.words) return answerNotInRecipe(h, heard.words);
    return reply(h, speech.whichIngredient(askContext(h)));
  },
};

export const StepIngredientsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.StepIngredients),
  handle: stepIngredients,
};

/** "ingredients", "what are the ingredients": every group, with the cook's own amounts. */
export const ListIngredientsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.ListIngredients),
  handle(h) {
    const turn = turnOf(h);
    turn.screen = { kind: 'ingredients' };
    return reply(h, turn.speech.groups(askContext(h), turn.recipe.ingredientGroups));
  },
};

export const GroupIngredientsHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.GroupIngredients),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const groupNames = (g: IngredientGroup) => [g.id, g.name, ...(g.synonyms ?? [])];
    const { found } = resolveSlot(
      h,
      Slot.Group,
      (id) => recipe.ingredientGroups.find((g) => g.id === id),
      (words) => byName(recipe.ingredientGroups, groupNames, words),
    );
    if (found.length === 0) return reply(h, speech.whichGroup(askContext(h)));
    turnOf(h).screen = { kind: 'ingredients', groupId: found.length === 1 ? found[0]?.id : undefined };
    return reply(h, speech.groups(askContext(h), found), { kind: 'amount', ingredientIds: found.flatMap((g) => g.ingredients.map((i) => i.id)) });
  },
};

export const DietHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Diet),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const swaps = allIngredients(recipe).flatMap((ingredient) =>
      (ingredient.alternatives ?? []).filter((a) => a.diet).map((alternative) => ({ ingredient, alternative })),
    );
    const diets = [...new Set(swaps.map((s) => s.alternative.diet as string))];
    const heard = heardSlot(h, Slot.Diet);
    const wanted = heard.ids.find((id) => diets.includes(id)) ?? diets.find((d) => heard.words?.replace(/-/g, ' ') === d.replace(/-/g, ' '));
    if (!wanted) return reply(h, speech.unknownDiet(askContext(h), diets));
    return reply(h, speech.diet(askContext(h), wanted, swaps.filter((s) => s.alternative.diet === wanted)));
  },
};

export const ingredientHandlers: readonly RequestHandler[] = [
  IngredientAmountHandler,
  IngredientAboutHandler,
  IngredientOptionalHandler,
  IngredientPurposeHandler,
  SubstituteHandler,
  StepIngredientsHandler,
  ListIngredientsHandler,
  GroupIngredientsHandler,
  DietHandler,
];
