import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { storageKey } from './key';

/** Keeps state in this process only: for tests and quick trials. */
export class MemoryStore implements PersistenceAdapter {
  private readonly items = new Map<string, string>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const item = this.items.get(storageKey(envelope));
    return item ? (JSON.parse(item) as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    // Stored as JSON so a caller can never change what is kept by mutating the object later.
    this.items.set(storageKey(envelope), JSON.stringify(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.items.delete(storageKey(envelope));
  }
}
