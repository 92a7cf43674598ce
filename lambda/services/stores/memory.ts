import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { storageKey, userKeyOf } from './key';

/** Keeps state in this process only: for tests and quick trials. */
export class MemoryStore implements PersistenceAdapter {
  /** Account key, then person key, to the stored JSON. */
  private readonly items = new Map<string, Map<string, string>>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { userKey, personKey } = storageKey(envelope);
    const item = this.items.get(userKey)?.get(personKey);
    return item ? (JSON.parse(item) as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    // Stored as JSON so a caller can never change what is kept by mutating the object later.
    const { userKey, personKey } = storageKey(envelope);
    const people = this.items.get(userKey) ?? new Map<string, string>();
    people.set(personKey, JSON.stringify(attributes));
    this.items.set(userKey, people);
  }

  /** Deletes every record of the request's account: the account's own and each person's. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(userKeyOf(envelope));
  }
}
