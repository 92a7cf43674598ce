/**
 * How a stored state of an older schema version becomes the current one. Each step takes a record
 * of version n and returns one of version n + 1; `migrate` runs the steps in order. Records are
 * still unchecked here: `parseState` validates the result, so a step only has to reshape.
 */

type StoredRecord = Record<string, unknown>;

/** Version 1 did not record when the state last changed; version 2 does (`updatedAt`). */
function v1ToV2(v1: StoredRecord): StoredRecord {
  // When a v1 state was saved is not known: null, so the welcome says nothing about elapsed time.
  return { ...v1, version: 2, updatedAt: null };
}

/** Version 3 keeps the cook's dinner plan (`plan`); no earlier state had one. */
function v2ToV3(v2: StoredRecord): StoredRecord {
  return { ...v2, version: 3, plan: null };
}

/**
 * Version 4 remembers a timer the skill paused (`pausedTimer`), so "resume" resumes it. An earlier
 * state never recorded one: none, so "resume" goes on with the recipe as it did when that state was saved.
 */
function v3ToV4(v3: StoredRecord): StoredRecord {
  return { ...v3, version: 4, pausedTimer: null };
}

/** The step from each version to the next, keyed by the version it reads. */
const STEPS: Readonly<Record<number, (old: StoredRecord) => StoredRecord>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
};

/**
 * Brings a stored record up to `target`. Returns undefined when its version is not one this code
 * knows (missing, newer, or with no step forward), so the caller replaces it rather than guesses.
 */
export function migrate(record: StoredRecord, target: number): { record: StoredRecord; from: number } | undefined {
  const from = record.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1 || from > target) return undefined;
  let current = record;
  for (let version = from; version < target; version++) {
    const step = STEPS[version];
    if (!step) return undefined;
    current = step(current);
  }
  return { record: current, from };
}
