import { porkBelly, type Recipe } from '../../lambda/recipe';
import { navigationModel } from './navigation';
import { questionsModel } from './questions';
import { timersModel } from './timers';
import type { IntentDef, ModelFragment, SlotTypeDef } from './types';

/** The invocation name a cook says: "Alexa, open crispy pork belly". */
export const INVOCATION_NAME = 'crispy pork belly';

/** Every capability's fragment; a new capability adds its own here. */
export function fragments(recipe: Recipe): readonly ModelFragment[] {
  return [navigationModel(recipe), questionsModel(recipe), timersModel(recipe)];
}

/** The interaction model as the Skill Management API takes it, for one locale. */
export function buildModel(recipe: Recipe = porkBelly) {
  const intents: IntentDef[] = [];
  const types: SlotTypeDef[] = [];
  for (const fragment of fragments(recipe)) {
    intents.push(...fragment.intents);
    types.push(...(fragment.types ?? []));
  }
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: intents.map((i) => ({
          name: i.name,
          ...(i.slots?.length ? { slots: i.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
          samples: [...i.samples],
        })),
        types: types.map((t) => ({ name: t.name, values: t.values })),
      },
    },
  };
}
