import type { RequestInterceptor } from 'ask-sdk-core';

/**
 * Keeps the session attributes to the keys the skill itself writes, before anything reads them.
 * Alexa hands back what the last response set, so this changes nothing for a real session; but a
 * session that arrives with something else (not an object, or keys the skill never wrote) would
 * otherwise break the readers or be echoed back in every response, past Alexa's 24 KB.
 */
export function sessionShapeInterceptor(
  knownKeys: readonly string[],
  /** For a key whose owner can rebuild its value: the rebuilt value, or undefined to drop it. */
  rebuild: Readonly<Record<string, (value: unknown) => unknown>> = {},
  /**
   * The most one value may take as JSON. Nothing the skill writes comes near it (the state keeps at
   * most 4 KB of alerts), so a larger value was not written by the skill: it is dropped rather than
   * echoed back, even on a turn that ends in the error handler, past Alexa's 24 KB.
   */
  maxValueChars = 12_000,
): RequestInterceptor {
  return {
    process(h) {
      if (!h.requestEnvelope.session) return;
      const given: unknown = h.attributesManager.getSessionAttributes();
      const kept: Record<string, unknown> = {};
      if (typeof given === 'object' && given !== null && !Array.isArray(given)) {
        for (const key of knownKeys) {
          if (!Object.prototype.hasOwnProperty.call(given, key)) continue;
          const value = (given as Record<string, unknown>)[key];
          const shaped = rebuild[key] ? rebuild[key](value) : value;
          if (shaped !== undefined && (JSON.stringify(shaped)?.length ?? 0) <= maxValueChars) kept[key] = shaped;
        }
      }
      h.attributesManager.setSessionAttributes(kept);
    },
  };
}
