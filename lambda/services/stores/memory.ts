import type { RequestEnvelope } from 'ask-sdk-model';
import { ConflictError } from './errors';
import { rawKey } from './key';
import { throwIfAborted, type CallOptions, type CookStore, type StoredRecord, type WriteOptions } from './types';

interface Kept {
  /** Stored as JSON so a caller can never change what is kept by mutating the object later. */
  readonly json: string;
  readonly revision: number;
}

/** Keeps state in this process only: for tests and quick trials. Keyed by the Alexa ids themselves (key.ts). */
export class MemoryStore implements CookStore {
  /** Account id, then person id (or ACCOUNT), to the stored record. */
  private readonly items = new Map<string, Map<string, Kept>>();

  async read(envelope: RequestEnvelope, options: CallOptions = {}): Promise<StoredRecord | undefined> {
    throwIfAborted(options.signal);
    const { userKey, personKey } = rawKey(envelope);
    const item = this.items.get(userKey)?.get(personKey);
    return item && { value: JSON.parse(item.json) as Record<string, unknown>, revision: item.revision };
  }

  async write(envelope: RequestEnvelope, value: Record<string, unknown>, options: WriteOptions = {}): Promise<number> {
    throwIfAborted(options.signal);
    const { userKey, personKey } = rawKey(envelope);
    const people = this.items.get(userKey) ?? new Map<string, Kept>();
    const revision = people.get(personKey)?.revision ?? 0;
    if (options.expected !== undefined && options.expected !== revision) {
      throw new ConflictError(`expected revision ${options.expected}, found ${revision}`);
    }
    people.set(personKey, { json: JSON.stringify(value), revision: revision + 1 });
    this.items.set(userKey, people);
    return revision + 1;
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.read(envelope))?.value ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.write(envelope, attributes);
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(rawKey(envelope).userKey);
  }
}
