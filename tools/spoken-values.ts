/**
 * What Alexa does to built-in slot values before the skill sees them: a spoken "seven" arrives
 * as "7", "ten minutes" as "PT10M". virtual-alexa leaves the words, so the driver converts them
 * here and the handlers see what they will see in production.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, a: 1, an: 1,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "twenty five" is 25, "7" is 7, "one hundred and two" is 102; anything else is undefined. */
export function wordsToNumber(text: string): number | undefined {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  if (words.length === 1 && /^\d+$/.test(words[0] ?? '')) return Number(words[0]);
  let total = 0;
  let current = 0;
  // "one forty five" is 145, as a thermometer or an oven is read: a digit said before tens (or a teen) is hundreds.
  let digitFirst = false;
  for (const [i, word] of words.entries()) {
    const teen = (UNITS[word] ?? 0) >= 10;
    if ((word in TENS || teen) && digitFirst && i === 1) current = current * 100 + (TENS[word] ?? UNITS[word] ?? 0);
    else if (/^\d+$/.test(word)) current += Number(word);
    else if (word in UNITS) current += UNITS[word] ?? 0;
    else if (word in TENS) current += TENS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else return undefined;
    digitFirst = i === 0 && word in UNITS && (UNITS[word] ?? 0) >= 1 && (UNITS[word] ?? 0) <= 9 && word !== 'a' && word !== 'an';
  }
  total += current;
  return total;
}

const DURATION_UNITS: Record<string, { letter: 'H' | 'M' | 'S'; time: true }> = {
  hour: { letter: 'H', time: true }, hours: { letter: 'H', time: true },
  minute: { letter: 'M', time: true }, minutes: { letter: 'M', time: true },
  second: { letter: 'S', time: true }, seconds: { letter: 'S', time: true },
};

/** "ten minutes" is "PT10M", "an hour and a half" is "PT1H30M", "two hours" is "PT2H". */
export function wordsToDuration(text: string): string | undefined {
  const cleaned = fractionsOfAUnit(text.toLowerCase().replace(/-/g, ' '));
  const half = /\band a half\b/.test(cleaned);
  const parts = cleaned.replace(/\band a half\b/, '').split(/\s+/).filter(Boolean);
  const out: Record<'H' | 'M' | 'S', number> = { H: 0, M: 0, S: 0 };
  let pending: string[] = [];
  let lastLetter: 'H' | 'M' | 'S' | undefined;
  for (const word of parts) {
    const unit = DURATION_UNITS[word];
    if (!unit) {
      if (word !== 'and') pending.push(word);
      continue;
    }
    const n = wordsToNumber(pending.join(' ') || 'one');
    if (n === undefined) return undefined;
    out[unit.letter] += n;
    lastLetter = unit.letter;
    pending = [];
  }
  if (!lastLetter || pending.length) return undefined;
  if (half) {
    if (lastLetter === 'H') out.M += 30;
    else if (lastLetter === 'M') out.S += 30;
  }
  const body = (['H', 'M', 'S'] as const).filter((l) => out[l] > 0).map((l) => `${out[l]}${l}`).join('');
  return body ? `PT${body}` : undefined;
}

/**
 * "half an hour", "a quarter of an hour", "three quarters of an hour", "half a minute": Alexa sends
 * them as PT30M, PT15M, PT45M and PT30S; said in the smaller unit, the rest of the reading applies.
 */
function fractionsOfAUnit(text: string): string {
  return text
    .replace(/\bthree quarters of an hour\b/g, '45 minutes')
    .replace(/\b(?:a )?quarter of an hour\b/g, '15 minutes')
    .replace(/\bhalf an hour\b/g, '30 minutes')
    .replace(/\bhalf a minute\b/g, '30 seconds');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "seven pm" is "19:00", "seven" is "07:00" (Alexa cannot know the half of the day), "half six" and
 * "half past six" are "06:30", "seven thirty" is "07:30", "noon" is "12:00"; anything else is "?".
 */
export function wordsToTime(text: string): string {
  const t = text.toLowerCase().replace(/\./g, '').replace(/o'clock/g, '').replace(/\s+/g, ' ').trim();
  if (t === 'noon' || t === 'midday') return '12:00';
  if (t === 'midnight') return '00:00';
  const m = /^(?:(half|quarter) (?:past )?)?(.+?)(?: (am|pm|in the evening|tonight|in the morning))?$/.exec(t);
  if (!m) return '?';
  const [, part, rest = '', half] = m;
  const words = rest.split(' ');
  let hour = wordsToNumber(words[0] ?? '');
  let minute = words.length > 1 ? wordsToNumber(words.slice(1).join(' ').replace(/^oh /, '')) : 0;
  if (hour === undefined || minute === undefined || hour > 12 || minute > 59) return '?';
  if (part === 'half') minute = 30;
  if (part === 'quarter') minute = 15;
  if (half === 'pm' || half === 'in the evening' || half === 'tonight') hour = hour === 12 ? 12 : hour + 12;
  if ((half === 'am' || half === 'in the morning') && hour === 12) hour = 0;
  return `${pad(hour)}:${pad(minute)}`;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "today", "tonight", "tomorrow", "saturday" (the next one, today included) as Alexa sends
 * AMAZON.DATE: "2024-11-09", for the day it is in `timeZone` at `now`; anything else is "?".
 */
export function wordsToDate(text: string, now: Date, timeZone: string): string {
  const t = text.toLowerCase().replace(/^(this|next|on) /, '').trim();
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, mo, d] = today.split('-').map(Number);
  const base = new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1));
  let ahead: number | undefined;
  if (t === 'today' || t === 'tonight') ahead = 0;
  else if (t === 'tomorrow' || t === 'tomorrow night') ahead = 1;
  else if (WEEKDAYS.includes(t)) ahead = (WEEKDAYS.indexOf(t) - base.getUTCDay() + 7) % 7;
  if (ahead === undefined) return '?';
  const day = new Date(base.getTime() + ahead * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** "seven tomorrow" as the time "seven" and the day "tomorrow"; undefined when no day word ends it. */
export function splitTimeAndDate(words: string): { time: string; date: string } | undefined {
  const m = /^(.+?)\s+((?:this |next |on )?(?:today|tonight|tomorrow(?: night)?|sunday|monday|tuesday|wednesday|thursday|friday|saturday))$/i.exec(
    words.trim(),
  );
  return m?.[1] && m[2] ? { time: m[1], date: m[2] } : undefined;
}

/** When and where the cook is, for the built-in slots that depend on it (AMAZON.DATE). */
export interface SpokenClock {
  readonly now: () => Date;
  readonly timeZone: string;
}

/** Converts a slot value by its built-in type; other types pass through unchanged. */
export function normaliseSlot(type: string, value: string, clock?: SpokenClock): string {
  if (type === 'AMAZON.NUMBER') {
    const n = wordsToNumber(value);
    return n === undefined ? '?' : String(n);
  }
  if (type === 'AMAZON.DURATION') return wordsToDuration(value) ?? '?';
  if (type === 'AMAZON.TIME') return wordsToTime(value);
  if (type === 'AMAZON.DATE') return wordsToDate(value, clock?.now() ?? new Date(), clock?.timeZone ?? 'UTC');
  return value;
}

const NUMBER_WORD = /^(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;

/**
 * "go to step twenty five" becomes "go to step 25": virtual-alexa's number slot knows only small
 * spelled numbers, while Alexa's recogniser knows them all.
 */
export function numberWordsToDigits(phrase: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(String(wordsToNumber(run.join(' '))));
    run = [];
  };
  for (const word of phrase.split(/\s+/)) {
    if (NUMBER_WORD.test(word.toLowerCase())) run.push(word);
    else {
      flush();
      out.push(word);
    }
  }
  flush();
  return out.join(' ');
}
