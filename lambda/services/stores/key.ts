import { createHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * The storage key for a request: the recognised speaker's own place when Alexa knows who is
 * speaking, otherwise the account's. Hashed, so no store ever holds a raw Alexa id.
 */
export function storageKey(envelope: RequestEnvelope): string {
  const system = envelope.context?.System;
  const userId = system?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('request has no user id');
  const personId = system?.person?.personId;
  const id = personId ? `${userId}#person#${personId}` : userId;
  return createHash('sha256').update(id).digest('hex');
}
