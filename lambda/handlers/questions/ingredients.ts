import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../../intents';
import { allIngredients, groupOfIngredient, type Batch, ingredientById, mentionOf, normalise, reasonForIngredient, relatedIngredients, stepsUsingIngredient, type Ingredient } from '../../recipe';
import type { Speech } from '../../speech';
import { currentStep, type Turn } from '../../turn/turn';
import type { TurnHandle } from '../respond';
import { askContext, askWhich, heardSlot, reply, resolveSlot, unitAsked } from './common';
import { speakGroup } from '../conversation/lists';
import { answerOpen, askedInside, openFromSlot, systemAsked } from './open';
import { factIndex } from '../../facts';
import type { AskContext, Line } from '../../speech/types';
import { batchSaid, phraseKey, resolveWords, things, vocabularyFor, wordsOf, type Want } from '../../vocabulary';

/** The ingredients some words name by one of their names. */
function resolveSlotWords(turn: Turn, words: string): Ingredient[] {
  const r = resolveWords(vocabularyFor(), things(vocabularyFor(), turn.recipe, 'ingredient'), words);
  return r.kind === 'found' && r.by === 'name' ? r.items.map((t) => t.item) : [];
}

function ingredientsFrom(h: HandlerInput, turn: Turn) {
  return resolveSlot(h, turn, Slot.Ingredient, 'ingredient');
}

/**
 * Something the recipe does not use: where the recipe mentions it ("lemon zest"), else the
 * recipe's own ingredient of that kind ("olive oil" finds the neutral oil), else what it uses.
 */
export function answerNotInRecipe(h: HandlerInput, turn: Turn, words: string | undefined): Response {
  const { recipe, speech } = turn;
  const mention = words ? mentionOf(recipe, words) : undefined;
  const related = !mention && words ? relatedIngredients(recipe, words) : [];
  return reply(h, turn, speech.notInRecipe(askContext(turn), mention, related));
}

/**
 * The shared path of questions about named ingredients: the answer for what was found, the
 * honest "not in this recipe" for what wasn't, and `missing` when no ingredient was named.
 */
function aboutIngredients(
  speak: (speech: Speech, ctx: AskContext, items: readonly Ingredient[]) => Line,
  asked: string,
  missing: (h: HandlerInput, turn: Turn) => Response = (h, turn) => reply(h, turn, turn.speech.whichIngredient(askContext(turn))),
) {
  return (h: HandlerInput, turn: Turn): Response | Promise<Response> => {
    const { found, heard, which } = ingredientsFrom(h, turn);
    const own = heard.words && !heard.ids.length && !heard.notInRecipe ? heard.words : undefined;
    // The cook's own words asking what no ingredient answers ("the finishing temperature in celsius",
    // "the objective of the low temperature phase"): the open question's answer, when a fact fits.
    const beyond = own && asksBeyondIngredient(turn, own) ? openFromSlot(h, turn, heard, asked) : undefined;
    if (beyond) return beyond;
    // "the ratio of salt to soda": an amount asked of each ingredient named either side of the "to".
    const parts = own && factIndex(vocabularyFor(), turn.recipe).asks(own).includes('amount') ? own.split(/ (?:to|and) /) : [];
    const several = [...new Set(parts.flatMap((p) => resolveSlotWords(turn, p)))];
    if (parts.length > 1 && several.length > 1) return answerAmount(h, turn, several);
    if (which) return askWhich(h, turn, which);
    const topic = { kind: 'amount', ingredientIds: found.map((i) => i.id) } as const;
    // "the specified weight range of the pork belly in kilograms": in the units the cook named.
    const ctx = askContext(turn, own ? systemAsked(turn, wordsOf(own)) : undefined);
    if (found.length) return reply(h, turn, speak(turn.speech, ctx, found), topic);
    if (heard.words) return openFromSlot(h, turn, heard, asked) ?? answerNotInRecipe(h, turn, heard.words);
    return missing(h, turn);
  };
}

/** What an ingredient's answer never says: how long, how hot, why, how, how to tell it is done, which way up. */
const NOT_AN_INGREDIENT: ReadonlySet<Want> = new Set<Want>(['time', 'temperature', 'inside', 'reason', 'how', 'done', 'side']);

/** True when the words ask outright for something an ingredient's answer never says. */
function asksBeyondIngredient(turn: Turn, words: string): boolean {
  return factIndex(vocabularyFor(), turn.recipe).asks(words).some((w) => NOT_AN_INGREDIENT.has(w));
}

/** The current step's ingredients, or every ingredient before the cook starts. */
function stepIngredients(h: HandlerInput, turn: Turn): Response {
  const placed = turn.cook.finished ? undefined : currentStep(turn);
  if (!placed) return reply(h, turn, turn.speech.groups(askContext(turn), turn.recipe.ingredientGroups));
  const items = (placed.step.ingredientIds ?? []).map((id) => ingredientById(turn.recipe, id)).filter((i): i is Ingredient => !!i);
  return reply(h, turn, turn.speech.stepIngredients(askContext(turn), placed, items), { kind: 'amount', ingredientIds: items.map((i) => i.id) });
}

/**
 * Of several ingredients a word names ("salt": kosher, fine sea and flaky), the ones the cook's
 * place narrows it to: those this step uses, else those its phase uses; all of them before the
 * cook starts, after the end, or where the phase uses none of them.
 */
export function narrowToPlace(turn: Turn, found: readonly Ingredient[]): readonly Ingredient[] {
  if (found.length < 2 || turn.cook.finished) return found;
  const placed = currentStep(turn);
  if (!placed) return found;
  const inStep = found.filter((i) => placed.step.ingredientIds?.includes(i.id));
  if (inStep.length) return inStep;
  const inPhase = found.filter((i) => placed.phase.steps.some((s) => s.ingredientIds?.includes(i.id)));
  return inPhase.length ? inPhase : found;
}

/**
 * The batch said before an amount question: the slot tells the scaling word (the carrier's, which
 * Alexa does not send), the slot's words the part, read together by vocabulary/batch.ts.
 */
const BATCH_WORD: readonly [string, string][] = [
  [Slot.BatchDoubled, 'doubling'], [Slot.BatchHalved, 'halving'], [Slot.BatchTripled, 'tripling'],
];
function batchHeard(h: HandlerInput, turn: Turn): Batch | undefined {
  for (const [slot, word] of BATCH_WORD) {
    const words = heardSlot(h, slot).words;
    if (words) return batchSaid(turn.recipe, `${word} ${words}`);
  }
  // The model's samples say "two" before {batchPieces} ("I've got two bellies").
  const pieces = heardSlot(h, Slot.BatchPieces).words;
  return pieces ? batchSaid(turn.recipe, `two ${pieces}`) : undefined;
}

/** The amount of what the cook named, narrowed to their place; the topic is what was answered. */
export function answerAmount(h: HandlerInput, turn: Turn, found: readonly Ingredient[], withUse = false): Response {
  const items = narrowToPlace(turn, found);
  const topic = { kind: 'amount', ingredientIds: items.map((i) => i.id) } as const;
  // "how many millilitres of maple syrup": in the units named, the recipe's own figure where it has one (units.ts).
  const { system, unit } = unitAsked(h);
  if (system === 'metric') return reply(h, turn, turn.speech.amountsInUnits(askContext(turn, system), items, unit === 'g' || unit === 'kg'), topic);
  // "I'm doubling the glaze so how much maple syrup": the batch said with the question scales its answer.
  const batch = batchHeard(h, turn);
  const ctx = batch ? { ...askContext(turn, system), batch } : askContext(turn, system);
  // One of several that share a word says its use, which tells it from the others.
  const line = withUse || items.length < found.length ? turn.speech.amountHere(ctx, items) : turn.speech.amount(ctx, items);
  return reply(h, turn, line, topic);
}

/**
 * "how much glaze": words that name a group of the recipe (the glaze, the rub), not one of its
 * ingredients, ask how much of the whole to use. Where the cook's step uses it whole ("brush a thin
 * layer of glaze"), that sentence; elsewhere the group's own list, with its amounts.
 */
function groupAmount(h: HandlerInput, turn: Turn, words: string): Response | undefined {
  const vocabulary = vocabularyFor();
  const named = resolveWords(vocabulary, things(vocabulary, turn.recipe, 'group'), words);
  if (named.kind !== 'found' || named.by !== 'name' || named.items.length !== 1) return undefined;
  const group = named.items[0]!;
  const index = turn.recipe.ingredientGroups.findIndex((g) => g.id === group.id);
  const placed = turn.cook.finished ? undefined : currentStep(turn);
  const keys = new Set(group.names.map((n) => phraseKey(vocabulary, n)));
  // A step that makes the group (it uses the group's ingredients) is not one that uses it whole.
  const makes = placed?.step.ingredientIds?.some((id) => group.item.ingredients.some((i) => i.id === id)) ?? false;
  const sentence = makes ? undefined : placed?.step.text
    .split(/(?<=[.!?:])\s+(?=[A-Z])/)
    .find((text) => wordsOf(text).some((w) => keys.has(phraseKey(vocabulary, w))));
  if (placed && sentence) return reply(h, turn, turn.speech.fromStep(askContext(turn), placed, sentence), { kind: 'step-text', stepIds: [placed.step.id] });
  return index >= 0 ? speakGroup(h, turn, index) : undefined;
}

export const IngredientAmountHandler: TurnHandle = {
  handle(h, turn) {
    const { found, heard, which, nearest } = ingredientsFrom(h, turn);
    if (which) return askWhich(h, turn, which);
    const whole = (nearest || !found.length) && heard.words ? groupAmount(h, turn, heard.words) : undefined;
    if (whole) return whole;
    if (found.length) return answerAmount(h, turn, found);
    if (heard.words) return openFromSlot(h, turn, heard, Intent.AskAmount) ?? answerNotInRecipe(h, turn, heard.words);
    // "how much?" with no ingredient means the step's own.
    const placed = currentStep(turn);
    return placed?.step.ingredientIds?.length ? stepIngredients(h, turn) : reply(h, turn, turn.speech.whichIngredient(askContext(turn)));
  },
};

export const IngredientAboutHandler: TurnHandle = {
  handle: aboutIngredients((speech, ctx, items) => speech.about(ctx, items), Intent.AskWhat),
};

export const IngredientOptionalHandler: TurnHandle = {
  handle: aboutIngredients((speech, ctx, items) => speech.optional(ctx, items), Intent.AskYesNo),
};

/**
 * "I don't have soy sauce": the recipe's swaps. When the cook named the swap itself ("I don't
 * have tamari", "can I use tamari instead"), either way round the answer is the same pair.
 */
export const SubstituteHandler: TurnHandle = {
  handle(h, turn) {
    const { found, heard } = ingredientsFrom(h, turn);
    const said = heard.words ? normalise(heard.words) : '';
    const one = found.length === 1 ? found[0] : undefined;
    const named = said ? one?.alternatives?.find((a) => normalise(a.name).includes(said)) : undefined;
    if (one && named) return reply(h, turn, turn.speech.swapPair(askContext(turn), one, named), { kind: 'amount', ingredientIds: [one.id] });
    // What the cook lacks that is no ingredient, then a question ("i don't have time for the whole night what i can do"): a problem to solve.
    if (!found.length && heard.words && !heard.notInRecipe && askedInside(heard.words)) return answerOpen(h, turn, heard.words, Intent.Tell);
    return aboutIngredients((speech, ctx, items) => speech.substitute(ctx, items), Intent.AskWhat)(h, turn);
  },
};

export const IngredientPurposeHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const { found, heard, which } = ingredientsFrom(h, turn);
    if (which) return askWhich(h, turn, which);
    const one = found.length === 1 ? found[0] : undefined;
    if (one) {
      const line = speech.purpose(askContext(turn), one, reasonForIngredient(recipe, one.id), groupOfIngredient(recipe, one.id), stepsUsingIngredient(recipe, one.id));
      return reply(h, turn, line, { kind: 'amount', ingredientIds: [one.id] });
    }
    if (found.length) return reply(h, turn, speech.about(askContext(turn), found), { kind: 'amount', ingredientIds: found.map((i) => i.id) });
    if (heard.words) return openFromSlot(h, turn, heard, Intent.AskWhy) ?? answerNotInRecipe(h, turn, heard.words);
    return reply(h, turn, speech.whichIngredient(askContext(turn)));
  },
};

export const StepIngredientsHandler: TurnHandle = {
  handle: stepIngredients,
};

/** "ingredients", "what are the ingredients": a group at a time, with the cook's own amounts; the screen shows them all. */
export const ListIngredientsHandler: TurnHandle = {
  handle(h, turn) {
    const response = speakGroup(h, turn, 0);
    turn.screen = { kind: 'ingredients' };
    return response;
  },
};

export const GroupIngredientsHandler: TurnHandle = {
  handle(h, turn) {
    const { speech } = turn;
    const { found, heard } = resolveSlot(h, turn, Slot.Group, 'group');
    // "give me the preheat setpoint": the cook's own words after "give me the", which name no group, are a question.
    if (found.length === 0) return openFromSlot(h, turn, heard, Intent.AskWhat) ?? reply(h, turn, speech.whichGroup(askContext(turn)));
    turn.screen = { kind: 'ingredients', groupId: found.length === 1 ? found[0]?.id : undefined };
    return reply(h, turn, speech.groups(askContext(turn), found), { kind: 'amount', ingredientIds: found.flatMap((g) => g.ingredients.map((i) => i.id)) });
  },
};

export const DietHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const swaps = allIngredients(recipe).flatMap((ingredient) =>
      (ingredient.alternatives ?? []).filter((a) => a.diet).map((alternative) => ({ ingredient, alternative })),
    );
    const diets = [...new Set(swaps.map((s) => s.alternative.diet as string))];
    const heard = heardSlot(h, Slot.Diet);
    const wanted = heard.ids.find((id) => diets.includes(id)) ?? diets.find((d) => heard.words?.replace(/-/g, ' ') === d.replace(/-/g, ' '));
    // "is it {diet}" also carries any "is it ..." question: a sentence the model doesn't know as a
    // diet ("is it safe to leave it out", "is it that i should turn the pan") is that question,
    // answered as "is it {query}" would answer it; a few words ("keto friendly") are a diet it has no swap for
    // (no diet the model lists is longer than three words).
    const words = heard.words ?? '';
    if (!wanted) return words.split(' ').length > 3 ? answerOpen(h, turn, words, Intent.AskYesNo) : (openFromSlot(h, turn, heard, Intent.AskWhat) ?? reply(h, turn, speech.unknownDiet(askContext(turn), diets)));
    return reply(h, turn, speech.diet(askContext(turn), wanted, swaps.filter((s) => s.alternative.diet === wanted)));
  },
};

