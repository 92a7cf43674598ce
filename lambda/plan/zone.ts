/**
 * Wall-clock times in a time zone, with nothing but `Intl`: the cook says "7 pm on Saturday" in
 * their kitchen's time, the plan works in instants, and reminders are set back in wall-clock time
 * with the zone's name. Daylight saving changes are handled here and nowhere else.
 */

/** A date and time on a wall clock: year, month 1-12, day, hour 0-23, minute. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = FORMATS.get(timeZone);
  if (!format) {
    // en-US with h23 gives numeric parts that parse the same on every Node build.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    FORMATS.set(timeZone, format);
  }
  return format;
}

/** True when `Intl` knows the zone (an IANA name such as "America/New_York"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at an instant (seconds dropped). Throws a RangeError for an unknown zone. */
export function wallTimeAt(at: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatFor(timeZone).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(at: number, timeZone: string): number {
  const w = wallTimeAt(new Date(at), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return asUtc - (at - (at % 60_000 + 60_000) % 60_000);
}

/**
 * Every instant a wall-clock time happens at in `timeZone`, earliest first: one on most days, two in
 * the hour the clocks go back, none in the hour they go forward.
 */
export function instantsOf(wall: WallTime, timeZone: string): Date[] {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // Two candidate offsets: those a day either side cover any single change.
  const before = offsetAt(naive - 86_400_000, timeZone);
  const after = offsetAt(naive + 86_400_000, timeZone);
  const candidates = [...new Set([naive - before, naive - after])].sort((a, b) => a - b);
  return candidates
    .filter((at) => {
      const w = wallTimeAt(new Date(at), timeZone);
      return w.year === wall.year && w.month === wall.month && w.day === wall.day && w.hour === wall.hour && w.minute === wall.minute;
    })
    .map((at) => new Date(at));
}

/**
 * The instant a wall-clock time happens in `timeZone`. A time that happens twice (the hour the
 * clocks go back) is the first; a time that never happens (the hour the clocks go forward) is
 * read with the offset from before the change, so 2:30 becomes 3:30, as a cook's clock would say.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const [first] = instantsOf(wall, timeZone);
  if (first) return first;
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return new Date(naive - offsetAt(naive - 86_400_000, timeZone));
}

/**
 * Which of two the clock time at `at` is, where the clock shows it twice (the hour the clocks go
 * back): the cook must be told, and a reminder cannot be set by that clock time alone.
 */
export function repeatedTime(at: Date, timeZone: string): 'first' | 'second' | undefined {
  const all = instantsOf(wallTimeAt(at, timeZone), timeZone);
  if (all.length < 2) return undefined;
  const minute = Math.floor(at.getTime() / 60_000);
  return Math.floor(all[0]!.getTime() / 60_000) === minute ? 'first' : 'second';
}

/** The calendar day after `wall`'s (its time kept). */
export function nextDay(wall: WallTime): WallTime {
  const d = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  return { ...wall, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * "2024-11-09T15:45:00.000": an instant as the zone's wall clock, without an offset, the form the
 * Reminders API takes for `scheduledTime` beside `timeZoneId`.
 */
export function localIso(at: Date, timeZone: string): string {
  const w = wallTimeAt(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:00.000`;
}
