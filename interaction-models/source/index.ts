import { porkBelly, type Recipe } from '../../lambda/recipe';
import { conversationModel } from './conversation';
import { correctionsModel } from './corrections';
import { formalModel } from './formal';
import { secondLanguageModel } from './second-language';
import { misheardModel } from './misheard';
import { movesModel } from './moves';
import { navigationModel } from './navigation';
import { planModel } from './plan';
import { questionsModel } from './questions';
import { timerPhrasingsModel } from './timer-phrasings';
import { batchesModel } from './batches';
import { timersModel } from './timers';
import { ASIDE_INTENTS, ASIDE_LEADS, isFiller, SLANG_INTENTS, SLANG_LEADS, SLANG_TAILS } from './fillers';
import type { IntentDef, ModelFragment, SlotTypeDef } from './types';

/** The invocation name a cook says: "Alexa, open crispy pork belly". */
export const INVOCATION_NAME = 'crispy pork belly';

/** Every capability's fragment; a new capability adds its own here. */
export function fragments(recipe: Recipe): readonly ModelFragment[] {
  return [navigationModel(recipe), questionsModel(recipe), timersModel(recipe), planModel(recipe), conversationModel(), correctionsModel(), movesModel(), timerPhrasingsModel(), formalModel(), secondLanguageModel(), batchesModel(recipe), misheardModel()];
}

/** The interaction model as the Skill Management API takes it, for one locale. */
export function buildModel(recipe: Recipe = porkBelly) {
  const intents: IntentDef[] = [];
  const types: SlotTypeDef[] = [];
  for (const fragment of fragments(recipe)) {
    for (const intent of fragment.intents) {
      // A fragment may add samples (and their slots) to an intent another defines (corrections.ts).
      const at = intents.findIndex((i) => i.name === intent.name);
      const earlier = intents[at];
      if (!earlier) {
        intents.push(intent);
        continue;
      }
      const slots = [...(earlier.slots ?? []), ...(intent.slots ?? []).filter((s) => !earlier.slots?.some((e) => e.name === s.name))];
      intents[at] = { ...earlier, slots, samples: [...earlier.samples, ...intent.samples], variants: [...(earlier.variants ?? []), ...(intent.variants ?? [])] };
    }
    types.push(...(fragment.types ?? []));
  }
  // Hand-written samples first; a filler-wrapped variant is added only where no intent has it.
  const taken = new Set(intents.flatMap((i) => i.samples.map((s) => s.toLowerCase())));
  const samplesOf = new Map<string, string[]>();
  for (const intent of intents) {
    const own = [...intent.samples];
    for (const variant of intent.variants ?? []) {
      if (taken.has(variant.toLowerCase())) continue;
      taken.add(variant.toLowerCase());
      own.push(variant);
    }
    samplesOf.set(intent.name, own);
  }
  // Slang and a word to a child (fillers.ts) are taught with each intent's shortest sample only: Alexa learns a wrapper
  // for the whole intent from one sample (tools/wrapped-match.ts), and the model is near its limit.
  // No tail after a slot: the slot would hold it, and the skill reads it off there (vocabulary/en/tidy.ts).
  for (const name of new Set<string>([...SLANG_INTENTS, ...ASIDE_INTENTS])) {
    const own = samplesOf.get(name) ?? [];
    // Two words that carry the request, before any slot: never a filler around a slot alone.
    const short = own.filter((s) => s.split(' ').filter((w) => !isFiller(w) && !w.startsWith('{')).length >= 2 && !s.startsWith('{')).sort((a, b) => a.length - b.length)[0];
    const slang = (SLANG_INTENTS as readonly string[]).includes(name);
    const leads = [...(slang ? SLANG_LEADS : []), ...((ASIDE_INTENTS as readonly string[]).includes(name) ? ASIDE_LEADS : [])];
    const taught = short ? [...leads.map((w) => `${w} ${short}`), ...(short.endsWith('}') || !slang ? [] : SLANG_TAILS.map((w) => `${short} ${w}`))] : [];
    own.push(...taught.filter((t) => !taken.has(t.toLowerCase())));
  }
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: intents.map((i) => ({
          name: i.name,
          ...(i.slots?.length ? { slots: i.slots.map((s) => ({ name: s.name, type: s.type })) } : {}),
          samples: samplesOf.get(i.name) ?? [],
        })),
        types: types.map((t) => ({ name: t.name, values: t.values })),
      },
    },
  };
}
