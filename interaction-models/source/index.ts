import { porkBelly, type Recipe } from '../../lambda/recipe';
import { Slot } from '../../lambda/intents';
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
import { ASIDE_INTENTS, ASIDE_LEADS, isFiller, isWrapper, LONGEST_WRAPPER, SLANG_INTENTS, SLANG_LEADS, SLANG_TAILS } from './fillers';
import type { IntentDef, ModelFragment, SlotTypeDef } from './types';

/** The invocation name a cook says: "Alexa, open crispy pork belly". */
export const INVOCATION_NAME = 'crispy pork belly';

/** Every capability's fragment; a new capability adds its own here. */
export function fragments(recipe: Recipe): readonly ModelFragment[] {
  return [navigationModel(recipe), questionsModel(recipe), timersModel(recipe), planModel(recipe), conversationModel(), correctionsModel(), movesModel(), timerPhrasingsModel(), formalModel(), secondLanguageModel(), batchesModel(recipe), misheardModel()];
}

/**
 * How many of an intent's samples teach it one lead-in or tail ("um", "okay so", "please"). Alexa
 * learns a wrapper for the whole intent from a sample or two (Amazon's guidance on prefixes and
 * suffixes; tools/wrapped-match.ts learns it from one), but templates that write "[um|okay|sorry]"
 * before each of an intent's carrier phrases wrote the same wrapper with dozens: thousands of
 * samples that taught nothing the first had not. Three kept lists A to P failing on the same lines
 * and freed 26,000 characters; one, the same again, and 10,000 more.
 */
const TAUGHT_AT_MOST = 1;

/**
 * A sample around a phrase slot ("and what do I {query}") is kept whatever its wrapper: the
 * wrapper decides which carrier takes the words, and so what the slot holds ("what {query}" inside
 * "and" hears "do I do after that" where "and what do I {query}" hears "do after that"). Dropping
 * them too saved 75,000 more characters and changed eight answers in the conversation tests.
 */
const PHRASE_SLOT = new RegExp(`\\{${Slot.Query}\\}`);

/** One way to read a sample: a lead-in ("um …") or a tail ("… please") around a request. */
interface WrapperSplit {
  readonly wrapper: string;
  readonly inner: string;
  readonly lead: boolean;
}

/** Every way to read a sample's words as a wrapper around a request, the shortest wrappers first. */
function wrapperSplits(parts: readonly string[]): WrapperSplit[] {
  const splits: WrapperSplit[] = [];
  for (let n = 1; n <= LONGEST_WRAPPER && n < parts.length; n++) {
    if (isWrapper(parts.slice(0, n))) splits.push({ wrapper: `${parts.slice(0, n).join(' ')} …`, inner: parts.slice(n).join(' '), lead: true });
    if (isWrapper(parts.slice(-n))) splits.push({ wrapper: `… ${parts.slice(-n).join(' ')}`, inner: parts.slice(0, -n).join(' '), lead: false });
  }
  return splits;
}

/**
 * An intent's samples without a wrapper written with more than TAUGHT_AT_MOST of its other
 * samples. Shortest first, so a wrapper's inner sample is kept or dropped before the wrapper is
 * counted: every wrapper kept is taught by samples whose request is itself kept.
 */
function taughtEnough(samples: readonly string[]): string[] {
  const read = new Map(samples.map((sample) => [sample, wrapperSplits(sample.toLowerCase().split(' '))]));
  // A sample another is written around ("what was that again" in "... again love") is a request in
  // its own right and what teaches that other's wrapper: never dropped.
  const around = new Set([...read.values()].flatMap((splits) => splits.map((s) => s.inner)));
  const kept = new Set<string>();
  const uses = new Map<string, number>();
  const dropped = new Set<string>();
  for (const sample of [...samples].sort((a, b) => a.length - b.length)) {
    const splits = read.get(sample) ?? [];
    const words = sample.toLowerCase();
    const wrapper = splits.find((s) => kept.has(s.inner))?.wrapper;
    // A lead-in and a tail written together ("okay so plan it for {time} please") is kept: read inside
    // both, a request with two slots side by side can split its words another way ("8" the time and
    // "pm" the day), as the conversation tests found.
    const bothEnds = splits.some((s) => s.lead) && splits.some((s) => !s.lead);
    const taught = wrapper ? (uses.get(wrapper) ?? 0) : 0;
    if (wrapper && taught >= TAUGHT_AT_MOST && !around.has(words) && !PHRASE_SLOT.test(sample) && !bothEnds) {
      dropped.add(sample);
      continue;
    }
    if (wrapper) uses.set(wrapper, taught + 1);
    kept.add(words);
  }
  return samples.filter((s) => !dropped.has(s));
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
          samples: taughtEnough(samplesOf.get(i.name) ?? []),
        })),
        types: types.map((t) => ({ name: t.name, values: t.values })),
      },
    },
  };
}
