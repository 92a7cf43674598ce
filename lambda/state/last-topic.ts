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

/**
 * A topic record read defensively and rebuilt from its known fields: anything malformed is as if
 * nothing was asked, and nothing else it carried is kept (the session echoes what it holds).
 */
export function topicOf(raw: unknown): TopicRecord | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { topic, at } = raw as { topic?: Record<string, unknown>; at?: unknown };
  if (typeof topic !== 'object' || topic === null || typeof topic.kind !== 'string' || !KINDS.includes(topic.kind)) return undefined;
  if (at !== null && typeof at !== 'number') return undefined;
  if (topic.kind === 'pork-size') return { topic: { kind: 'pork-size' }, at };
  const field = topic.kind === 'amount' ? 'ingredientIds' : 'stepIds';
  const ids = topic[field];
  // Ids are the recipe's own: a handful of short words.
  if (!isStringList(ids) || ids.length > 50 || ids.some((id) => id.length > 100)) return undefined;
  return { topic: { kind: topic.kind, [field]: [...ids] } as unknown as Topic, at };
}

/** Reads the last topic defensively: anything malformed is as if nothing was asked. */
export function readTopic(h: HandlerInput): TopicRecord | undefined {
  return topicOf((h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY]);
}

export function writeTopic(h: HandlerInput, topic: Topic, at: number | null): void {
  (h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY] = { topic, at };
}
