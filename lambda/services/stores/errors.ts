/**
 * A stored record exists but cannot be read (not JSON, or not an object). Unlike a store that is
 * unreachable, trying again will not help: the skill replaces the record with a fresh state.
 */
export class UnreadableRecordError extends Error {
  /** @param revision the record's revision, when the store could still read it (0 otherwise). */
  constructor(
    detail: string,
    readonly revision = 0,
  ) {
    super(`stored record is unreadable: ${detail}`);
    this.name = 'UnreadableRecordError';
  }
}

/** Parses a stored record's text, or throws `UnreadableRecordError`. */
export function parseRecord(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UnreadableRecordError('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UnreadableRecordError('not an object');
  }
  return value as Record<string, unknown>;
}

/**
 * A conditional write found the record at another revision than the one it expected: something
 * wrote it since this session read it (another device, or an earlier write of this session that
 * was given up on and landed after all). Nothing was written.
 */
export class ConflictError extends Error {
  constructor(detail: string) {
    super(`stored record changed since it was read: ${detail}`);
    this.name = 'ConflictError';
  }
}
