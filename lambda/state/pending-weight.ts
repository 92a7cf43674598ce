import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';

/**
 * A weight the skill asked the cook to confirm ("Did you say 15 kilograms?"), kept in the session
 * attributes for the next turn only: a "yes" several turns later answers something else, so the
 * question expires with the turn after it was asked.
 */
export interface PendingWeight {
  readonly value: number;
  readonly unit: 'kg' | 'lb' | 'g';
}

/** Its session attribute. */
export const PENDING_WEIGHT_KEY = 'pendingWeight';
const KEY = PENDING_WEIGHT_KEY;
/** Request attribute: set on the turn that asked, so the expiry below leaves that one alone. */
const ASKED_NOW = 'pendingWeightAskedNow';

export function readPendingWeight(h: HandlerInput): PendingWeight | undefined {
  if (!h.requestEnvelope.session) return undefined;
  const raw = (h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY];
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { value, unit } = raw as { value?: unknown; unit?: unknown };
  if (typeof value !== 'number' || !(value > 0)) return undefined;
  return unit === 'kg' || unit === 'lb' || unit === 'g' ? { value, unit } : undefined;
}

export function writePendingWeight(h: HandlerInput, weight: PendingWeight): void {
  (h.attributesManager.getSessionAttributes() as Record<string, unknown>)[KEY] = { ...weight };
  h.attributesManager.getRequestAttributes()[ASKED_NOW] = true;
}

/** Clears the question on every turn but the one that asked it. */
export const expirePendingWeight: ResponseInterceptor = {
  process(h) {
    // Events outside a session (a skill disabled) have no session attributes to clear.
    if (!h.requestEnvelope.session || h.attributesManager.getRequestAttributes()[ASKED_NOW]) return;
    const session = h.attributesManager.getSessionAttributes() as Record<string, unknown>;
    if (KEY in session) delete session[KEY];
  },
};
