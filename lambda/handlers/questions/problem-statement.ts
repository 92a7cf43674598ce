import type { HandlerInput } from 'ask-sdk-core';
import { Slot } from '../../intents';
import type { Troubleshooting } from '../../recipe';
import type { Turn } from '../../turn/turn';
import { resolveWords, things, vocabularyFor } from '../../vocabulary';
import { heardSlot, resolveSlot, type SlotThings } from './common';

/**
 * The problem a cook names: whole in the problem slot ("what if {problem}"), or said as a
 * statement in two slots ("my {problemThing} is {problemState}", "it's {problemState}"). Alexa
 * sends a statement's two halves without the verb between them, so they are put back together
 * ("crackling" and "soft" as "crackling soft"; "it" when no thing was named) and resolved like
 * the slot's own words, through the one resolver (lambda/vocabulary).
 */
export function heardProblem(h: HandlerInput, turn: Turn): SlotThings<Troubleshooting> {
  const whole = resolveSlot(h, turn, Slot.Problem, 'problem');
  if (whole.heard.words || whole.found.length) return whole;
  const state = heardSlot(h, Slot.ProblemState).words;
  if (!state) return whole;
  const words = `${heardSlot(h, Slot.ProblemThing).words ?? 'it'} ${state}`;
  const heard = { ids: [], words, notInRecipe: false };
  const resolved = resolveWords(vocabularyFor(), things(vocabularyFor(), turn.recipe, 'problem'), words);
  if (resolved.kind === 'found') return { found: resolved.items.map((t) => t.item), heard, nearest: resolved.by === 'words' };
  if (resolved.kind === 'which') return { found: [], heard, which: resolved.items };
  return { found: [], heard };
}
