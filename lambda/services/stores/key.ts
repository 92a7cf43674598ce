import { createHash } from 'node:crypto';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Every store keeps one record per (account, person): the recognised speaker's own place when
 * Alexa knows who is speaking, otherwise the account's. Both parts are hashed, so no store ever
 * holds a raw Alexa id; keeping the account part separate lets a disabled skill delete every
 * record of that account at once.
 */
export interface StorageKey {
  /** sha256 of the account's user id. The DynamoDB partition key. */
  readonly userKey: string;
  /** sha256 of the person id, or `ACCOUNT` when no speaker was recognised. The DynamoDB sort key. */
  readonly personKey: string;
}

/** Attribute names of the DynamoDB key, shared by the adapter and the deployment template. */
export const TABLE_KEY = { partition: 'userKey', sort: 'personKey' } as const;

/** The person key used when Alexa did not recognise the speaker. */
export const ACCOUNT_PERSON = 'ACCOUNT';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The account's key alone, for deleting everything stored for it. */
export function userKeyOf(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('request has no user id');
  return sha256Hex(userId);
}

export function storageKey(envelope: RequestEnvelope): StorageKey {
  const personId = envelope.context?.System?.person?.personId;
  return { userKey: userKeyOf(envelope), personKey: personId ? sha256Hex(personId) : ACCOUNT_PERSON };
}
