import { instantOf, nextDay, wallTimeAt, type WallTime } from './zone';

/**
 * Reads the cook's dinner time from Alexa's built-in slots, in the device's time zone.
 * AMAZON.TIME arrives as "19:00" (or "07:00" for a bare "seven": Alexa cannot know the half of the
 * day); AMAZON.DATE as "2024-11-09" for "Saturday" or "tomorrow". Without a date, the next time the
 * clock shows that time.
 */

/** What the slots said, as an instant, or why they could not be read. */
export type DinnerTime = { readonly ok: true; readonly at: Date } | { readonly ok: false; readonly problem: 'no-time' };

/**
 * Hours before this read as the evening: nobody sits down to a slow-roast pork belly at seven in the
 * morning, and Alexa sends "at seven" as 07:00.
 */
const EVENING_FROM = 11;

function parseTime(value: string | undefined): { hour: number; minute: number } | undefined {
  const m = value ? /^(\d{1,2}):(\d{2})$/.exec(value.trim()) : null;
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return undefined;
  if (hour >= 1 && hour < EVENING_FROM) hour += 12;
  return { hour, minute };
}

function parseDate(value: string | undefined): { year: number; month: number; day: number } | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The dinner instant the cook meant, in `timeZone`, as of `now`. */
export function dinnerTime(time: string | undefined, date: string | undefined, now: Date, timeZone: string): DinnerTime {
  const clock = parseTime(time);
  if (!clock) return { ok: false, problem: 'no-time' };
  const day = parseDate(date);
  if (day) return { ok: true, at: instantOf({ ...day, ...clock }, timeZone) };
  const today: WallTime = { ...wallTimeAt(now, timeZone), ...clock };
  const at = instantOf(today, timeZone);
  return { ok: true, at: at.getTime() > now.getTime() ? at : instantOf(nextDay(today), timeZone) };
}
