import { repeatedTime, wallTimeAt } from '../plan/zone';

/**
 * Times as a cook hears them: lengths ("1 hour and 30 minutes") and clock times in the device's
 * time zone ("7:30 AM tomorrow").
 */

function unit(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 hours", "1 hour and 30 minutes", "10 minutes", "2 minutes and 5 seconds", "45 seconds". */
export function spokenSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (h) parts.push(unit(h, 'hour', 'hours'));
  if (m) parts.push(unit(m, 'minute', 'minutes'));
  // Seconds matter only for short waits; nobody needs "2 hours and 5 seconds".
  if (s && !h) parts.push(unit(s, 'second', 'seconds'));
  if (parts.length === 0) return unit(0, 'second', 'seconds');
  return parts.join(' and ');
}

/** A length as a timer's name: "10 minute", "2 hour", "90 minute", "45 second" (as in "the 10 minute timer"). */
export function secondsAsName(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  if (total < 60) return `${total} second`;
  if (total % 60 !== 0) return `${Math.floor(total / 60)} minute ${total % 60} second`;
  const minutes = total / 60;
  return minutes % 60 === 0 ? `${minutes / 60} hour` : `${minutes} minute`;
}

/** Time left as a cook wants it: to the minute from 2 minutes up, to the second below. */
export function spokenRemaining(seconds: number): string {
  return spokenSeconds(seconds >= 120 ? Math.round(seconds / 60) * 60 : seconds);
}

function dayKey(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The calendar day after `now`'s in the zone: by the calendar, not 24 hours on, since the days the
 * clocks change are 23 and 25 hours long.
 */
function tomorrowKey(now: Date, timeZone: string): string {
  const w = wallTimeAt(now, timeZone);
  const next = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return next.toISOString().slice(0, 10);
}

/** A clock time in parts: the time, the day when it is not today, and which one where the clock shows it twice. */
function clockParts(at: Date, now: Date, timeZone: string): { time: string; dayKey: string; day?: string; repeat?: string } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const time = parts.minute === '00' ? `${parts.hour} ${parts.dayPeriod}` : `${parts.hour}:${parts.minute} ${parts.dayPeriod}`;
  const key = dayKey(at, timeZone);
  const which = repeatedTime(at, timeZone);
  const repeat = which === 'first' ? 'before the clocks go back' : which === 'second' ? 'after the clocks go back' : undefined;
  if (key === dayKey(now, timeZone)) return { time, dayKey: key, repeat };
  if (key === tomorrowKey(now, timeZone)) return { time, dayKey: key, day: 'tomorrow', repeat };
  return { time, dayKey: key, day: `on ${new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long' }).format(at)}`, repeat };
}

function joined(time: string, day: string | undefined, repeat: string | undefined): string {
  return `${time}${day ? ` ${day}` : ''}${repeat ? `, ${repeat}` : ''}`;
}

/**
 * "7:30 AM", "5 AM tomorrow", "11 PM on Saturday": when something will happen, in the cook's time
 * zone; in the hour the clocks go back, which of the two ("1:30 AM tomorrow, after the clocks go
 * back"). Throws a RangeError for an unknown time zone.
 */
export function spokenClock(at: Date, now: Date, timeZone: string): string {
  const { time, day, repeat } = clockParts(at, now, timeZone);
  return joined(time, day, repeat);
}

/**
 * Several clock times in order, as one sentence says them: the day ("tomorrow", "on Saturday") only
 * where it changes, so "1:23 AM on Saturday; 3:23 PM; 4:08 PM" rather than the day every time.
 */
export function spokenClocks(ats: readonly Date[], now: Date, timeZone: string): string[] {
  let lastDay = dayKey(now, timeZone);
  return ats.map((at) => {
    const { time, dayKey: key, day, repeat } = clockParts(at, now, timeZone);
    const said = joined(time, key === lastDay ? undefined : day, repeat);
    lastDay = key;
    return said;
  });
}
