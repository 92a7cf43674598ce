import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot as SlotValue } from 'ask-sdk-model';
import { NOT_IN_RECIPE, Slot } from '../intents';
import { getRequestType, getSlot, ResponseFactory } from '../sdk';
import type { Turn } from '../turn/turn';
import { meant, resolveWords, tidiedPhrase, things, vocabularyFor, type Named, type ThingOf } from '../vocabulary';

/**
 * Reading a custom slot: what Alexa's entity resolution matched, and the words as spoken. Every
 * handler that reads a custom slot resolves it here, through the one resolver (lambda/vocabulary).
 */

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
  /**
   * True when the slot's words held a correction ("pepper sorry i mean how much salt") and `words`
   * are what the cook meant after it (lambda/vocabulary/corrections.ts).
   */
  readonly corrected?: boolean;
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
  if (outside) return { ids, words: outsideName ?? (slot?.value?.trim() || undefined), notInRecipe: true };
  // Words the model matched are a value as said; words it did not match are the cook's own, and may hold a correction.
  const own = ids.length === 0 && slot?.value ? meant(slot.value.trim()) : undefined;
  const words = own ? tidiedPhrase(own.words) : slot?.value?.trim();
  return { ids, words: words || undefined, notInRecipe: false, corrected: own?.corrected };
}

/**
 * A phrase slot's words (AMAZON.SearchQuery: always the cook's own words), as the cook meant them.
 * A correction in a phrase slot takes back everything before it, the carrier phrase that chose the
 * intent included ("how hot, wait no, how long does it roast" sends "wait no how long does it
 * roast" to the temperature question): `corrected` tells the handler not to go by its intent.
 * `untidied`: the meant words before tidy.ts took a dangling join off, which in a slot before the
 * carrier's own question is no cut-off sentence ("temp and" of "{query} time").
 */
export function heardPhrase(h: HandlerInput, name: string): { readonly words: string; readonly untidied: string; readonly corrected: boolean } {
  const own = meant(getSlot(h.requestEnvelope, name)?.value?.trim() ?? '');
  return { words: tidiedPhrase(own.words), untidied: own.words, corrected: own.corrected };
}

/** Slots that name a timer or a length: the timers' to read, never a question's words. */
const TIMER_SLOTS: ReadonlySet<string> = new Set([Slot.TimerName, Slot.Duration]);

/**
 * The slots of a question's request that hold the cook's own words as spoken: a phrase slot, or a
 * custom slot the model matched to no listed value. Such words may hold a correction or a second
 * question (handlers/questions/asked-again.ts, two-questions.ts); a listed value holds neither.
 */
export function slotsInOwnWords(h: HandlerInput): { readonly name: string; readonly value: string }[] {
  if (getRequestType(h.requestEnvelope) !== 'IntentRequest') return [];
  const request = h.requestEnvelope.request as IntentRequest;
  return Object.values(request.intent.slots ?? {})
    .filter((slot) => slot.value && !TIMER_SLOTS.has(slot.name))
    .filter((slot) => !slot.resolutions?.resolutionsPerAuthority?.some((a) => a.status.code === 'ER_SUCCESS_MATCH'))
    .map((slot) => ({ name: slot.name, value: slot.value ?? '' }));
}

/**
 * The same request with one slot holding other words, as the cook's own (no resolution): the
 * first of two questions asked at once, answered by the handler of the intent its carrier chose;
 * with `intent`, the request that intent's carrier would have sent (the second question).
 */
export function withSlotWords(h: HandlerInput, name: string, words: string, intent?: string): HandlerInput {
  const envelope = JSON.parse(JSON.stringify(h.requestEnvelope)) as RequestEnvelope;
  const request = envelope.request as IntentRequest;
  // Another intent (a second question's, chosen by its opening words) carries only this slot.
  const slots = intent ? {} : { ...(request.intent.slots ?? {}) };
  slots[name] = { name, confirmationStatus: 'NONE', ...(words ? { value: words } : {}) } as SlotValue;
  request.intent = { ...request.intent, ...(intent ? { name: intent } : {}), slots };
  return { ...h, requestEnvelope: envelope, responseBuilder: ResponseFactory.init() };
}

/** A slot resolved to recipe things; `which` when two fit about as well and the cook must choose. */
export interface SlotThings<T> {
  readonly found: readonly T[];
  readonly heard: SlotHeard;
  readonly which?: readonly [Named<T>, Named<T>];
  /** True when only some of the cook's words fit what was found: the nearest thing, not the thing named. */
  readonly nearest?: boolean;
}

/**
 * Resolves a slot to recipe things of one kind (lambda/vocabulary/resolve.ts): the ids entity
 * resolution matched, else the words as spoken against the things' names and what cooks call them.
 */
export function resolveSlot<K extends keyof ThingOf>(
  h: HandlerInput,
  turn: Turn,
  name: string,
  kind: K,
): SlotThings<ThingOf[K]> {
  const all = things(vocabularyFor(), turn.recipe, kind);
  const heard = heardSlot(h, name);
  const found = heard.ids.flatMap((id) => all.filter((t) => t.id === id).map((t) => t.item));
  if (found.length || heard.notInRecipe || !heard.words) return { found, heard };
  const resolved = resolveWords(vocabularyFor(), all, heard.words);
  if (resolved.kind === 'found') return { found: resolved.items.map((t) => t.item), heard, nearest: resolved.by === 'words' };
  if (resolved.kind === 'which') return { found: [], heard, which: resolved.items };
  return { found: [], heard };
}

