import type { HandlerInput } from 'ask-sdk-core';
import { Slot } from '../../intents';
import type { Troubleshooting } from '../../recipe';
import type { Turn } from '../../turn/turn';
import { resolveWords, things, vocabularyFor } from '../../vocabulary';
import { heardSlot, resolveSlot, type SlotThings } from './common';

/** The verbs a problem is said with ("skin is wet", "it tastes soapy"), tried in turn, then none. */
const VERBS = ['is', 'tastes', 'looks', ''];

/**
 * The problem a cook names: whole in the problem slot ("what if {problem}"), or said as a
 * statement in two slots ("my {problemThing} is {problemState}", "it's {problemState}"). Alexa
 * sends a statement's two halves without the verb between them, so they are put back together
 * with each verb a problem is said with ("skin is still wet", "it tastes soapy") and resolved like
 * the slot's own words, through the one resolver (lambda/vocabulary): the first that names a
 * problem outright, else the two halves side by side ("skin puffing"), matched by their words.
 */
export function heardProblem(h: HandlerInput, turn: Turn): SlotThings<Troubleshooting> {
  const whole = resolveSlot(h, turn, Slot.Problem, 'problem');
  if (whole.heard.words || whole.found.length) return whole;
  const state = heardSlot(h, Slot.ProblemState).words;
  if (!state) return whole;
  const thing = heardSlot(h, Slot.ProblemThing).words ?? 'it';
  const all = things(vocabularyFor(), turn.recipe, 'problem');
  const tries = VERBS.map((verb): SlotThings<Troubleshooting> => {
    const words = [thing, verb, state].filter(Boolean).join(' ');
    const heard = { ids: [], words, notInRecipe: false };
    const resolved = resolveWords(vocabularyFor(), all, words);
    if (resolved.kind === 'found') return { found: resolved.items.map((t) => t.item), heard, nearest: resolved.by === 'words' };
    if (resolved.kind === 'which') return { found: [], heard, which: resolved.items };
    return { found: [], heard };
  });
  // Named outright beats the nearest by words, which beats two that fit, which beats none.
  const rank = (t: SlotThings<Troubleshooting>) => (t.found.length ? (t.nearest ? 1 : 0) : t.which ? 2 : 3);
  return tries.reduce((best, t) => (rank(t) < rank(best) ? t : best));
}
