import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Slot } from '../../intents';
import { allSteps, ovenPlan, placedStepById, type Ingredient, type IngredientGroup, type Phase, type Recipe } from '../../recipe';
import { readTopic, type Topic } from '../../state/last-topic';
import type { Turn } from '../../turn/turn';
import { things, vocabularyFor } from '../../vocabulary';
import type { TurnHandle } from '../respond';
import { askContext, reply, resolveSlot } from './common';
import { answerAmount } from './ingredients';

/** The phase that first uses a group's ingredients: the rub's is the prep, the glaze's the glaze. */
function phaseOfGroup(recipe: Recipe, group: IngredientGroup): Phase | undefined {
  const ids = new Set(group.ingredients.map((i) => i.id));
  return allSteps(recipe).find((s) => s.step.ingredientIds?.some((id) => ids.has(id)))?.phase;
}

/**
 * The group's own ingredient of the same kind as the last answer's ("salt" then "and the glaze?" is
 * the glaze's salt): one that shares a name a cook uses with one of them.
 */
function sameKindIn(turn: Turn, group: IngredientGroup, lastIds: readonly string[]): Ingredient[] {
  const named = things(vocabularyFor(turn.locale), turn.recipe, 'ingredient');
  const namesOf = (id: string) => new Set(named.find((n) => n.id === id)?.names.map((x) => x.toLowerCase()) ?? []);
  const last = lastIds.map(namesOf);
  return group.ingredients.filter((i) => {
    if (lastIds.includes(i.id)) return false;
    const own = namesOf(i.id);
    return last.some((names) => [...names].some((n) => own.has(n)));
  });
}

/** "and the glaze?" after a question: the same question about that part of the recipe. */
function aboutGroup(h: HandlerInput, turn: Turn, group: IngredientGroup, topic: Topic | undefined): Response {
  const { recipe, speech } = turn;
  const ctx = askContext(turn);
  const phase = phaseOfGroup(recipe, group);
  if (topic?.kind === 'amount') {
    const same = sameKindIn(turn, group, topic.ingredientIds);
    if (same.length) return answerAmount(h, turn, same, true);
  }
  if (topic?.kind === 'step-text' && phase) {
    const asked = topic.stepIds.map((id) => placedStepById(recipe, id)).find((s) => s?.step.duration);
    const wait = asked && allSteps(recipe).find((s) => s.phase.id === phase.id && s.step.duration);
    if (wait) return reply(h, turn, speech.timedStep(ctx, wait), { kind: 'step-text', stepIds: [wait.step.id] });
  }
  if (topic?.kind === 'oven-temp' && phase) {
    const settings = ovenPlan(recipe);
    const own = settings.find((s) => s.placed.phase.id === phase.id);
    const topicOf = { kind: 'oven-temp', stepIds: (own ? [own] : settings).map((s) => s.placed.step.id) } as const;
    return reply(h, turn, own ? speech.ovenNow(ctx, own) : speech.ovenNotInPhase(ctx, phase, settings), topicOf);
  }
  turn.screen = { kind: 'ingredients', groupId: group.id };
  return reply(h, turn, speech.groups(ctx, [group]), { kind: 'amount', ingredientIds: group.ingredients.map((i) => i.id) });
}

/**
 * "and the pepper?", "what about the glaze?": the last question again, about something else. An
 * ingredient is asked how much (narrowed to the cook's place); a part of the recipe gets the last
 * question's answer for that part: its own salt, its wait, its oven; else what goes in it.
 */
export const FollowUpHandler: TurnHandle = {
  handle(h, turn) {
    const topic = readTopic(h)?.topic;
    const ingredients = resolveSlot(h, turn, Slot.Ingredient, 'ingredient').found;
    if (ingredients.length) return answerAmount(h, turn, ingredients);
    const group = resolveSlot(h, turn, Slot.Group, 'group').found[0];
    if (group) return aboutGroup(h, turn, group, topic);
    return reply(h, turn, turn.speech.whichIngredient(askContext(turn)));
  },
};

