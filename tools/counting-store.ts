import type { RequestEnvelope } from 'ask-sdk-model';
import type { CallOptions, CookStore, StoredRecord, WriteOptions } from '../lambda/services/stores/types';

/** A real store with every call counted, to check how often a conversation touches storage. */
export class CountingStore implements CookStore {
  reads = 0;
  writes = 0;
  deletes = 0;

  constructor(private readonly inner: CookStore) {}

  read(envelope: RequestEnvelope, options?: CallOptions): Promise<StoredRecord | undefined> {
    this.reads++;
    return this.inner.read(envelope, options);
  }

  write(envelope: RequestEnvelope, value: Record<string, unknown>, options?: WriteOptions): Promise<number> {
    this.writes++;
    return this.inner.write(envelope, value, options);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return (await this.read(envelope))?.value ?? {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    await this.write(envelope, attributes);
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.deletes++;
    await this.inner.deleteAttributes(envelope);
  }
}
