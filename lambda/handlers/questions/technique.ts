import { Intent, Slot } from '../../intents';
import { allSteps, groupOfIngredient, normalise, reasonForIngredient, stepsUsingIngredient, type PlacedStep, type Recipe } from '../../recipe';
import { things, vocabularyFor } from '../../vocabulary';
import type { TurnHandle } from '../respond';
import { askContext, askWhich, reply, resolveSlot, unitAsked } from './common';
import { openFromSlot } from './open';

/** "how do I know when the glaze has reduced enough": a readiness question, whatever technique its words name. */
const READINESS = /^(know|tell|see|check|be sure) (when|if|whether|that)\b/;

/** "why dry the skin": the recipe's reason; "why the butter" falls back to what the ingredient is for. */
export const WhyHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const ctx = askContext(turn);
    const { found, which, heard } = resolveSlot(h, turn, Slot.Reason, 'reason');
    if (found[0]) return reply(h, turn, speech.why(ctx, found[0]));
    const ingredient = resolveSlot(h, turn, Slot.Reason, 'ingredient').found[0];
    if (!ingredient && which) return askWhich(h, turn, which);
    if (ingredient) {
      const { id } = ingredient;
      const line = speech.purpose(ctx, ingredient, reasonForIngredient(recipe, id), groupOfIngredient(recipe, id), stepsUsingIngredient(recipe, id));
      return reply(h, turn, line, { kind: 'amount', ingredientIds: [id] });
    }
    return openFromSlot(h, turn, heard, Intent.AskWhy) ?? reply(h, turn, speech.whyUnknown(ctx));
  },
};

/**
 * "how do I make the glaze": the words name a whole phase (its name after "make" or "do"), not the
 * one action of its first step, so the answer is the phase's method, its steps from the first.
 */
function methodOf(recipe: Recipe, placed: PlacedStep, words: string): readonly PlacedStep[] | undefined {
  const { phase } = placed;
  if (phase.steps[0]?.id !== placed.step.id || phase.steps.length < 2) return undefined;
  const said = normalise(words);
  const named = said.replace(/^(make|making|do|doing) /, '');
  const names = (things(vocabularyFor(), recipe, 'phase').find((p) => p.id === phase.id)?.names ?? [phase.shortName]).map(normalise);
  if (named === said || !names.includes(named)) return undefined;
  return allSteps(recipe).filter((s) => s.phase.id === phase.id);
}

/** "how do I score", "how thick do I slice": the step that teaches it, in its own words. */
export const HowToHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const taught = allSteps(recipe).filter((s) => s.step.topics?.length);
    const { found, which, heard } = resolveSlot(h, turn, Slot.Technique, 'technique');
    // Asked by "how", answered by what the recipe says it looks like when ready (open.ts reads "know when").
    const readiness = heard.words && READINESS.test(heard.words) ? openFromSlot(h, turn, heard, Intent.AskHow) : undefined;
    if (readiness) return readiness;
    if (which) return askWhich(h, turn, which);
    const placed = found[0];
    const method = placed && heard.words ? methodOf(recipe, placed, heard.words) : undefined;
    if (method) return reply(h, turn, speech.method(askContext(turn), method), { kind: 'step-text', stepIds: [method[0]!.step.id] });
    if (placed) return reply(h, turn, speech.howTo(askContext(turn, unitAsked(h).system), placed), { kind: 'step-text', stepIds: [placed.step.id] });
    return openFromSlot(h, turn, heard, Intent.AskHow) ?? reply(h, turn, speech.howToUnknown(askContext(turn), taught.find((s) => s.step.topics?.[0])?.step.topics?.[0]));
  },
};

