import type { RequestEnvelope } from 'ask-sdk-model';
import { sha256Hex } from '../sha256';

/**
 * The file and DynamoDB stores keep one record per (account, person): the recognised speaker's own
 * place when Alexa knows who is speaking, otherwise the account's. Both parts are hashed, so no
 * store that writes anywhere ever holds a raw Alexa id; keeping the account part separate lets a
 * disabled skill delete every record of that account at once. (The memory store, which lives and
 * dies with the process that holds the requests anyway, keys by the ids themselves: `rawKey`.)
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

function userIdOf(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (!userId) throw new Error('request has no user id');
  return userId;
}

/** The account's key alone, for deleting everything stored for it. */
export function userKeyOf(envelope: RequestEnvelope): string {
  return sha256Hex(userIdOf(envelope));
}

/** The person's part of the key alone; the account's turns hash nothing. */
export function personKeyOf(envelope: RequestEnvelope): string {
  const personId = envelope.context?.System?.person?.personId;
  return personId ? sha256Hex(personId) : ACCOUNT_PERSON;
}

export function storageKey(envelope: RequestEnvelope): StorageKey {
  return { userKey: userKeyOf(envelope), personKey: personKeyOf(envelope) };
}

/**
 * The same (account, person) pair unhashed, for the memory store only: the ids never leave the
 * process, and a cold start on it then never loads node:crypto (see ../sha256.ts).
 */
export function rawKey(envelope: RequestEnvelope): StorageKey {
  return { userKey: userIdOf(envelope), personKey: envelope.context?.System?.person?.personId ?? ACCOUNT_PERSON };
}
