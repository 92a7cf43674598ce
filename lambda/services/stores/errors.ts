/**
 * A stored record exists but cannot be read (not JSON, or not an object). Unlike a store that is
 * unreachable, trying again will not help: the skill replaces the record with a fresh state.
 */
export class UnreadableRecordError extends Error {
  constructor(detail: string) {
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
