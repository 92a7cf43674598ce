import { Intent, Slot } from '../../intents';
import { allIngredients, allSteps, byName, groupOfIngredient, ingredientNames, reasonForIngredient, reasonNames, stepsUsingIngredient, techniqueNames } from '../../recipe';
import { isIntent, type TurnHandler } from '../respond';
import { askContext, reply, resolveSlot } from './common';

/** "why dry the skin": the recipe's reason; "why the butter" falls back to what the ingredient is for. */
export const WhyHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Why),
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const { found, heard } = resolveSlot(
      h,
      Slot.Reason,
      (id) => recipe.reasons.find((r) => r.id === id),
      (words) => byName(recipe.reasons, reasonNames, words),
    );
    if (found[0]) return reply(h, turn, speech.why(ctx, found[0]));
    const ingredient = heard.words ? byName(allIngredients(recipe), ingredientNames, heard.words)[0] : undefined;
    if (ingredient) {
      const { id } = ingredient;
      const line = speech.purpose(ctx, ingredient, reasonForIngredient(recipe, id), groupOfIngredient(recipe, id), stepsUsingIngredient(recipe, id));
      return reply(h, turn, line, { kind: 'amount', ingredientIds: [id] });
    }
    return reply(h, turn, speech.whyUnknown(ctx));
  },
};

/** "how do I score", "how thick do I slice": the step that teaches it, in its own words. */
export const HowToHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.HowTo),
  handle(h, turn) {
    const { recipe, speech } = turn;
    const taught = allSteps(recipe).filter((s) => s.step.topics?.length);
    const { found } = resolveSlot(
      h,
      Slot.Technique,
      (id) => taught.find((s) => s.step.id === id),
      (words) => byName(taught, techniqueNames, words),
    );
    const placed = found[0];
    if (placed) return reply(h, turn, speech.howTo(askContext(turn), placed), { kind: 'step-text', stepIds: [placed.step.id] });
    return reply(h, turn, speech.howToUnknown(askContext(turn), taught.find((s) => s.step.topics?.[0])?.step.topics?.[0]));
  },
};

export const techniqueHandlers: readonly TurnHandler[] = [WhyHandler, HowToHandler];
