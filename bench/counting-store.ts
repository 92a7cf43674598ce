import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/** A store that counts the reads and writes it passes on to a real one. */
export class CountingStore implements PersistenceAdapter {
  reads = 0;
  writes = 0;
  constructor(private readonly inner: PersistenceAdapter) {}

  getAttributes(envelope: RequestEnvelope) {
    this.reads += 1;
    return this.inner.getAttributes(envelope);
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
    this.writes += 1;
    return this.inner.saveAttributes(envelope, attributes);
  }

  deleteAttributes(envelope: RequestEnvelope) {
    return this.inner.deleteAttributes ? this.inner.deleteAttributes(envelope) : Promise.resolve();
  }
}
