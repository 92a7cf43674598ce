/**
 * The second half of matching as Alexa does it. Alexa's recogniser does not treat a custom slot
 * as an enumeration: when a cook's words fit a sample's carrier phrase, whatever fills a custom
 * slot is sent as spoken, with resolution ER_SUCCESS_NO_MATCH. virtual-core only accepts listed
 * values, so the driver asks this matcher when no sample matched exactly.
 *
 * Rules (each chosen so the local driver is no stricter than a device, and no looser than the
 * model's carrier words justify):
 * - literal words of the sample must all be said, in order; each slot takes at least one word;
 * - a built-in slot is not free text: AMAZON.NUMBER takes a number, AMAZON.DURATION a duration;
 * - a custom slot takes any words; words that are a listed value or synonym count as listed;
 * - a sample may take unlisted words only when it has at least two carrier words that are not
 *   fillers, so "the {timerName}" or "okay {problem}" cannot swallow everything the model lacks;
 * - unlisted words must share a word (or its singular) with some slot type's listed values:
 *   Alexa weighs slot words towards the listed values and sends out-of-domain requests ("what is
 *   the capital of peru") to AMAZON.FallbackIntent, so words about nothing in the recipe don't fill;
 * - the best match has the fewest unlisted slot words, then the fewest slot words, then comes
 *   first in the model.
 *
 * AMAZON.SearchQuery, Alexa's phrase slot, the way Alexa treats it:
 * - it takes any words, in or out of the model's vocabulary (that is what it is for);
 * - its sample must have a carrier phrase (Alexa refuses to build a sample that is the slot alone:
 *   MissingCarrierPhraseWithPhraseSlot) and no other slot; here the carrier must hold a word that
 *   is not a filler, so "um {query}" cannot catch everything;
 * - it is the last resort: a sample that matches exactly, or a custom-slot sample (even with
 *   unlisted words), always beats it, because Alexa weighs a phrase slot below the model's own
 *   words; among SearchQuery samples the one with the most carrier words wins, then the first.
 */
import { isFiller } from '../interaction-models/source/fillers';
import { wordsToDuration, wordsToNumber } from './spoken-values';

/** The parts of an interaction model this matcher reads. */
export interface MatchableModel {
  readonly interactionModel: {
    readonly languageModel: {
      readonly intents: readonly {
        readonly name: string;
        readonly slots?: readonly { readonly name: string; readonly type: string }[];
        readonly samples?: readonly string[];
      }[];
      readonly types?: readonly {
        readonly name: string;
        readonly values: readonly { readonly id?: string; readonly name: { readonly value: string; readonly synonyms?: readonly string[] } }[];
      }[];
    };
  };
}

/** A slot as the matcher filled it: the words as spoken, and whether they are a listed value. */
export interface LooseSlot {
  readonly value: string;
  readonly type: string;
  /** True for a custom slot whose words are not a listed value or synonym (ER_SUCCESS_NO_MATCH). */
  readonly unlisted: boolean;
}

export interface LooseMatch {
  readonly intent: string;
  readonly sample: string;
  readonly slots: Readonly<Record<string, LooseSlot>>;
}

type Part = { readonly word: string } | { readonly slot: string; readonly type: string };

interface CompiledSample {
  readonly intent: string;
  readonly sample: string;
  readonly parts: readonly Part[];
  /** Carrier words that are not fillers: at least two are needed to take unlisted words. */
  readonly carrier: number;
}

interface Candidate {
  readonly slots: Record<string, LooseSlot>;
  readonly unlistedWords: number;
  readonly slotWords: number;
}

/** Alexa's phrase slot: any words, behind a carrier phrase. */
export const SEARCH_QUERY = 'AMAZON.SearchQuery';

/** Lower case words, without the punctuation a transcript might carry (apostrophes stay). */
export function words(phrase: string): string[] {
  return phrase.toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
}

export class LooseMatcher {
  private readonly samples: CompiledSample[] = [];
  /** Per custom slot type, every listed value and synonym, as space-joined words. */
  private readonly listed = new Map<string, Set<string>>();
  /** Every word of every listed value and synonym, singular: the model's slot vocabulary. */
  private readonly vocabulary = new Set<string>();

  constructor(model: MatchableModel) {
    const language = model.interactionModel.languageModel;
    for (const type of language.types ?? []) {
      const set = new Set<string>();
      for (const v of type.values) {
        for (const s of [v.name.value, ...(v.name.synonyms ?? [])]) {
          set.add(words(s).join(' '));
          for (const w of words(s)) if (!STOP_WORDS.has(w)) this.vocabulary.add(singular(w));
        }
      }
      this.listed.set(type.name, set);
    }
    for (const intent of language.intents) {
      const types = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
      for (const sample of intent.samples ?? []) {
        const parts: Part[] = sample.split(/\s+/).filter(Boolean).flatMap((token): Part[] => {
          const slot = /^\{(\w+)\}$/.exec(token);
          if (slot) return [{ slot: slot[1] ?? '', type: types.get(slot[1] ?? '') ?? '' }];
          return words(token).map((word) => ({ word }));
        });
        if (!parts.some((p) => 'slot' in p)) continue;
        const carrier = parts.filter((p) => 'word' in p && !isFiller(p.word)).length;
        this.samples.push({ intent: intent.name, sample, parts, carrier });
      }
    }
  }

  /** The best sample the phrase fits with its slots filled, or undefined when none fits. */
  match(phrase: string): LooseMatch | undefined {
    const said = words(phrase);
    const present = new Set(said);
    let best: { match: LooseMatch; candidate: Candidate } | undefined;
    let query: { match: LooseMatch; carrier: number } | undefined;
    for (const sample of this.samples) {
      if (!sample.parts.every((p) => !('word' in p) || present.has(p.word))) continue;
      const isQuery = sample.parts.some((p) => 'type' in p && p.type === SEARCH_QUERY);
      if (isQuery && (sample.carrier < 1 || best)) continue;
      const candidate = this.fit(sample, said);
      if (!candidate) continue;
      if (isQuery) {
        const literal = sample.parts.filter((p) => 'word' in p).length;
        if (!query || literal > query.carrier) query = { match: { intent: sample.intent, sample: sample.sample, slots: candidate.slots }, carrier: literal };
        continue;
      }
      if (candidate.unlistedWords > 0 && sample.carrier < 2) continue;
      if (!best || better(candidate, best.candidate)) {
        best = { match: { intent: sample.intent, sample: sample.sample, slots: candidate.slots }, candidate };
      }
    }
    return best?.match ?? query?.match;
  }

  /** The best way a sample's slots can take the phrase's words, or undefined when it can't. */
  private fit(sample: CompiledSample, said: readonly string[]): Candidate | undefined {
    const literal = sample.parts.filter((p) => 'word' in p).length;
    if (literal >= said.length) return undefined;
    let best: Candidate | undefined;
    const walk = (part: number, at: number, slots: Record<string, LooseSlot>, unlisted: number, slotWords: number): void => {
      if (part === sample.parts.length) {
        if (at !== said.length) return;
        const candidate = { slots: { ...slots }, unlistedWords: unlisted, slotWords };
        if (!best || better(candidate, best)) best = candidate;
        return;
      }
      const p = sample.parts[part];
      if (!p) return;
      if ('word' in p) {
        if (said[at] === p.word) walk(part + 1, at + 1, slots, unlisted, slotWords);
        return;
      }
      const literalsAfter = sample.parts.slice(part + 1).filter((q) => 'word' in q).length;
      for (let end = at + 1; end <= said.length - literalsAfter; end++) {
        const value = said.slice(at, end).join(' ');
        const filled = this.fill(p.type, value);
        if (!filled) continue;
        slots[p.slot] = filled;
        const n = end - at;
        walk(part + 1, end, slots, unlisted + (filled.unlisted ? n : 0), slotWords + n);
        delete slots[p.slot];
      }
    };
    walk(0, 0, {}, 0, 0);
    return best;
  }

  private fill(type: string, value: string): LooseSlot | undefined {
    if (type === 'AMAZON.NUMBER') return wordsToNumber(value) === undefined ? undefined : { value, type, unlisted: false };
    if (type === 'AMAZON.DURATION') return wordsToDuration(value) === undefined ? undefined : { value, type, unlisted: false };
    if (type === SEARCH_QUERY) return { value, type, unlisted: false };
    const listed = this.listed.get(type);
    if (!listed) return { value, type, unlisted: false };
    if (listed.has(value)) return { value, type, unlisted: false };
    if (!words(value).some((w) => !STOP_WORDS.has(w) && this.vocabulary.has(singular(w)))) return undefined;
    return { value, type, unlisted: true };
  }
}

/** Words too common to say what a slot is about. */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'is', 'it', "it's", 'its', 'my', 'i', "i'm", 'do', 'does',
  'with', 'at', 'from', 'this', 'that', 'what', 'how', 'be', 'are', 'was', 'too', 'not', 'no', 'so', 'up', 'out', 'off',
  'some', 'any', 'all', 'much', 'many', 'me', 'you', 'your', 'we', 'our', 'get', 'got', 'can', 'should', 'will', 'just',
]);

/** "towels" and "towel" are one word to the vocabulary check. */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && /(ch|sh|x|s)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.unlistedWords !== b.unlistedWords) return a.unlistedWords < b.unlistedWords;
  return a.slotWords < b.slotWords;
}
