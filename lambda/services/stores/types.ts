import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * A cook's record as a store holds it: the state, and the revision it was written at. Revisions
 * count writes (1, 2, 3...); 0 means no record yet (or one written before records had revisions).
 */
export interface StoredRecord {
  readonly value: Record<string, unknown>;
  readonly revision: number;
}

/** Options of one store call. */
export interface CallOptions {
  /** Aborted when the turn gives up on the call: the store must then not complete it later. */
  readonly signal?: AbortSignal;
}

export interface WriteOptions extends CallOptions {
  /**
   * The revision the write expects the record to be at (0: no record yet); the write is refused
   * with a `ConflictError` otherwise, so a write that arrives late can never replace a newer one.
   * Without it the write is unconditional (seeding a test, a tool).
   */
  readonly expected?: number;
}

/**
 * Where the cook's place is kept. The skill reads and writes through `read` and `write` (revisions,
 * deadlines); the ASK SDK's `PersistenceAdapter` methods remain for tools and tests that want the
 * state alone.
 */
export interface CookStore extends PersistenceAdapter {
  /** The record, or undefined when there is none. */
  read(envelope: RequestEnvelope, options?: CallOptions): Promise<StoredRecord | undefined>;
  /** Writes the state and returns its new revision. */
  write(envelope: RequestEnvelope, value: Record<string, unknown>, options?: WriteOptions): Promise<number>;
  /** Deletes every record of the request's account. */
  deleteAttributes(envelope: RequestEnvelope): Promise<void>;
}

/** Throws the signal's reason when the caller has given up, before a store commits anything. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted');
}
