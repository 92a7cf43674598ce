import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** A real store with every call counted, to check how often a conversation touches storage. */
export class CountingStore implements PersistenceAdapter {
  reads = 0;
  writes = 0;
  deletes = 0;

  constructor(private readonly inner: PersistenceAdapter) {}

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    this.reads++;
    return this.inner.getAttributes(envelope);
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.writes++;
    return this.inner.saveAttributes(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.deletes++;
    if (!this.inner.deleteAttributes) throw new Error('the wrapped store cannot delete');
    await this.inner.deleteAttributes(envelope);
  }
}
