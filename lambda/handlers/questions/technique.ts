import { Intent, Slot } from '../../intents';
import { allSteps, groupOfIngredient, reasonForIngredient, stepsUsingIngredient } from '../../recipe';
import { isIntent, type TurnHandler } from '../respond';
import { askContext, askWhich, reply, resolveSlot } from './common';

/** "why dry the skin": the recipe's reason; "why the butter" falls back to what the ingredient is for. */
export const WhyHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Why),
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const { found, which } = resolveSlot(h, turn, Slot.Reason, 'reason');
    if (found[0]) return reply(h, turn, speech.why(ctx, found[0]));
    const ingredient = resolveSlot(h, turn, Slot.Reason, 'ingredient').found[0];
    if (!ingredient && which) return askWhich(h, turn, which);
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
    const { found, which } = resolveSlot(h, turn, Slot.Technique, 'technique');
    if (which) return askWhich(h, turn, which);
    const placed = found[0];
    if (placed) return reply(h, turn, speech.howTo(askContext(turn), placed), { kind: 'step-text', stepIds: [placed.step.id] });
    return reply(h, turn, speech.howToUnknown(askContext(turn), taught.find((s) => s.step.topics?.[0])?.step.topics?.[0]));
  },
};

export const techniqueHandlers: readonly TurnHandler[] = [WhyHandler, HowToHandler];
