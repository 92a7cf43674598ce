import type { HandlerInput } from 'ask-sdk-core';

/**
 * What the cook last asked about, as facts (ids), never as speech, so "what's that in Celsius"
 * can answer the same question again in other units. It lives in the session attributes only:
 * "that" means something within one conversation, not the next day.
 */
export type Topic =
  | { readonly kind: 'amount'; readonly ingredientIds: readonly string[] }
  | { readonly kind: 'oven-temp'; readonly stepIds: readonly string[] }
  | { readonly kind: 'internal-temp'; readonly stepIds: readonly string[] }
  /** An answer read from steps' own text (a technique, a timing), which may hold measures. */
  | { readonly kind: 'step-text'; readonly stepIds: readonly string[] }
  | { readonly kind: 'pork-size' };

/** The topic with the step the cook was on when they asked (null before they start). */
export interface TopicRecord {
  readonly topic: Topic;
  readonly at: number | null;
}

/** Its session attribute. */
export const TOPIC_KEY = 'lastTopic';
const KEY = TOPIC_KEY;
const KINDS = ['amount', 'oven-temp', 'internal-temp', 'step-text', 'pork-size'];

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** Reads the last topic defensively: anything malformed is as if nothing was asked. */
export function readTopic(h: HandlerInput): TopicRecord | undefined {
  const raw = (h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { topic, at } = raw as { topic?: Record<string, unknown>; at?: unknown };
  if (!topic || typeof topic.kind !== 'string' || !KINDS.includes(topic.kind)) return undefined;
  if (at !== null && typeof at !== 'number') return undefined;
  const ids = topic.kind === 'amount' ? topic.ingredientIds : topic.stepIds;
  if (topic.kind !== 'pork-size' && !isStringList(ids)) return undefined;
  return { topic: topic as unknown as Topic, at };
}

export function writeTopic(h: HandlerInput, topic: Topic, at: number | null): void {
  (h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY] = { topic, at };
}
