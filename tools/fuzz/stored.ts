/**
 * Shapes of a cook's stored state the skill may meet: every schema version it has written (1, 2
 * and 3), a newer one it cannot read, and garbage of every kind, each with sizes no cook would reach
 * by voice (hundreds of remembered alerts, huge labels). Used for session attributes and for records
 * written straight into the file store.
 */
import { porkBelly, stepCount, timedSteps } from '../../lambda/recipe';
import { hostileString, hostileValue } from './hostile';
import type { Prng } from './prng';

const TOTAL = stepCount(porkBelly);

function step(p: Prng): unknown {
  return p.chance(0.8) ? p.pick([null, p.int(TOTAL)]) : p.pick([TOTAL, -1, 1.5, '4', 1e9, NaN, null]);
}

function alerts(p: Prng): unknown[] {
  const n = p.pick([0, 1, 3, 12, 21, 150]);
  const steps = timedSteps(porkBelly);
  return Array.from({ length: n }, (_, i) => ({
    id: p.chance(0.9) ? `alert-${i}` : hostileValue(p),
    kind: p.pick(['timer', 'reminder', 'alarm']),
    label: p.chance(0.8) ? p.pick(steps).step.id : hostileString(p),
    ...(p.chance(0.5) ? { stepId: p.pick(steps).step.id } : {}),
    endsAt: p.chance(0.8) ? new Date(Date.now() + p.between(-7200, 7200) * 1000).toISOString() : hostileValue(p),
  }));
}

function plan(p: Prng): unknown {
  if (p.chance(0.4)) return null;
  const now = Date.now();
  return {
    dinner: p.chance(0.8) ? new Date(now + p.between(-2, 60) * 3600_000).toISOString() : hostileValue(p),
    madeAt: p.chance(0.8) ? new Date(now - p.between(0, 48) * 3600_000).toISOString() : hostileValue(p),
    timeZone: p.pick(['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Mars/Olympus', '', 'UTC', hostileString(p)]),
    reminders: Array.from({ length: p.pick([0, 2, 7, 200]) }, (_, i) => ({
      role: p.pick(['fridge', 'fan', 'out', 'in', 'check', 'finish', 'eat', 'nap']),
      id: `r-${i}`,
      at: new Date(now + i * 60_000).toISOString(),
    })),
  };
}

/** One stored state: a version the skill wrote, a newer one, or garbage. */
export function storedShape(p: Prng): unknown {
  const base = {
    recipeId: p.chance(0.9) ? porkBelly.id : hostileString(p),
    step: step(p),
    finished: p.chance(0.1) ? true : p.chance(0.9) ? false : hostileValue(p),
    prefs: p.chance(0.8)
      ? { units: p.pick(['metric', 'imperial', 'cubits', undefined]), porkKg: p.pick([undefined, 1.5, 0, -3, 1e308, 'two']) }
      : hostileValue(p),
    alerts: p.chance(0.9) ? alerts(p) : hostileValue(p),
  };
  switch (p.int(7)) {
    case 0:
      return { version: 1, ...base };
    case 1:
      return { version: 2, ...base, updatedAt: p.chance(0.8) ? new Date().toISOString() : hostileValue(p) };
    case 2:
    case 3:
      return { version: 3, ...base, updatedAt: new Date(Date.now() - p.between(0, 72) * 3600_000).toISOString(), plan: plan(p) };
    case 4:
      return { version: p.pick([4, 99, '3', 0, -1, 2.5]), ...base, somethingNew: { nested: [1, 2, 3] } };
    case 5:
      return { ...base };
    default:
      return hostileValue(p);
  }
}

/** The text of a stored record in the file store: a shape, or bytes that are not a record at all. */
export function storedFileText(p: Prng): string {
  if (p.chance(0.15)) return p.pick(['', 'not json', '{"version":', '[]', 'null', '42', '"text"', '\u0000\u0001', '{}']);
  const shape = storedShape(p);
  // Records written with a revision (the storage layer's newer format) as well as bare states.
  const wrapped = p.chance(0.3) ? { revision: p.pick([1, 7, -1, 'x']), state: shape } : shape;
  return JSON.stringify(wrapped) ?? 'null';
}
