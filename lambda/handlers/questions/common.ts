import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from '../../sdk';
import type { Response } from 'ask-sdk-model';
import { NOT_IN_RECIPE } from '../../intents';
import { writeTopic, type Topic } from '../../state/last-topic';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import type { AskContext, Line } from '../../speech/types';
import type { UnitSystem } from '../../recipe';

/** The speech context of a question: the cook's place and what they told us, never changed by asking. */
export function askContext(turn: Turn, system?: UnitSystem): AskContext {
  const base = speechContext(turn);
  return {
    ...base,
    system: system ?? base.system,
    placed: turn.cook.finished ? undefined : currentStep(turn),
    finished: turn.cook.finished,
    nexts: turn.talk?.nexts ?? 0,
    mainKg: turn.cook.prefs.porkKg,
  };
}

/** Speaks an answer, remembering what it was about (as ids) for "what's that in Celsius". */
export function reply(h: HandlerInput, turn: Turn, line: Line, topic?: Topic): Response {
  if (topic) writeTopic(h, topic, turn.cook.step);
  return say(h, line);
}

/** What a slot held: the ids entity resolution matched, and the words the cook said. */
export interface SlotHeard {
  readonly ids: readonly string[];
  /**
   * The words heard; for a value the model knows the recipe doesn't use, that value's own name
   * ("foil" when the cook said "tin foil"), which is the word to look for in the recipe's text.
   */
  readonly words?: string;
  /** True when the cook named something the model knows is not in the recipe. */
  readonly notInRecipe: boolean;
}

export function heardSlot(h: HandlerInput, name: string): SlotHeard {
  const slot = getSlot(h.requestEnvelope, name);
  const ids: string[] = [];
  let notInRecipe = false;
  let outsideName: string | undefined;
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    for (const { value } of authority.values) {
      if (value.id.startsWith(NOT_IN_RECIPE)) {
        notInRecipe = true;
        outsideName ??= value.name;
      } else if (!ids.includes(value.id)) {
        ids.push(value.id);
      }
    }
  }
  const outside = notInRecipe && ids.length === 0;
  const words = (outside ? outsideName : undefined) ?? slot?.value?.trim();
  return { ids, words: words || undefined, notInRecipe: outside };
}

/**
 * Resolves a slot to recipe items: by the ids entity resolution matched, else by the recipe's own
 * names for the words heard (so a value the model lacks still finds a recipe item by its name).
 */
export function resolveSlot<T>(
  h: HandlerInput,
  name: string,
  byId: (id: string) => T | undefined,
  byWords: (words: string) => readonly T[],
): { found: readonly T[]; heard: SlotHeard } {
  const heard = heardSlot(h, name);
  const found = heard.ids.map(byId).filter((x): x is T => x !== undefined);
  if (found.length || heard.notInRecipe || !heard.words) return { found, heard };
  return { found: byWords(heard.words), heard };
}
