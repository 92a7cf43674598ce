import type { Quantity, Range, UnitSystem } from '../../lambda/recipe';

/**
 * How a cook should hear the recipe's written figures, as the tests expect them: a reading written
 * by hand from the seed, kept apart from the skill's speech code so a test never checks that code
 * against itself. Expected answers are the recipe data passed through these tables. A written figure
 * that none of them reads throws, so a new figure in the recipe needs a reading here first.
 */

/** Written fragments of the recipe's text and how each is heard: [written, imperial, metric]. */
const READINGS: readonly (readonly [string, string, string])[] = [
  ['about ½ inch (1–1.5 cm) apart', 'about half an inch apart', 'about one to one and a half centimeters apart'],
  ['150–155°F (65–68°C)', '150 to 155 degrees Fahrenheit', '65 to 68 degrees Celsius'],
  ['275°F (135°C)', '275 degrees Fahrenheit', '135 degrees Celsius'],
  ['500°F (260°C)', '500 degrees Fahrenheit', '260 degrees Celsius'],
  ['(broil or 500°F)', ', broil or 500 degrees Fahrenheit', ', broil or 500 degrees Fahrenheit, about 260 degrees Celsius'],
  ['2 to 2½ hours', 'two to two and a half hours', 'two to two and a half hours'],
  // A figure the seed gives only in inches keeps them, the conversion after.
  ['8–10″', '8 to 10 inches', '8 to 10 inches, about 20 to 25 centimeters,'],
  ['¾–1″', 'three quarters to one inch', 'three quarters to one inch, about 2 to 2.5 centimeters,'],
  ['½ tsp', 'half a teaspoon', 'half a teaspoon'],
  ['1 tsp', '1 teaspoon', '1 teaspoon'],
  ['1 tbsp', '1 tablespoon', '1 tablespoon'],
];

/** Each ingredient unit, one and many. */
const UNITS: Record<string, readonly [string, string]> = {
  tsp: ['teaspoon', 'teaspoons'],
  tbsp: ['tablespoon', 'tablespoons'],
  cup: ['cup', 'cups'],
  lb: ['pound', 'pounds'],
  kg: ['kilogram', 'kilograms'],
  pinch: ['pinch', 'pinches'],
};

/** Durations the recipe gives, by "min-max" in minutes. */
const DURATIONS: Record<string, string> = {
  '10-10': '10 minutes',
  '4-6': '4 to 6 minutes',
  '6-12': '6 to 12 minutes',
  '30-45': '30 to 45 minutes',
  '120-150': 'two to two and a half hours',
  '150-150': 'two and a half hours',
  '180-180': '3 hours',
  '480-840': '8 to 14 hours',
  '60-120': '1 to 2 hours',
  '480-480': '8 hours',
};

const FIGURE = /[½¼¾⅓⅔°″–]|\d\s*(?:tsp|tbsp|cm)\b/;

/** The recipe's text as a cook should hear it in the given units. */
export function spoken(written: string, system: UnitSystem = 'imperial'): string {
  let text = written;
  for (const [from, imperial, metric] of READINGS) text = text.split(from).join(system === 'metric' ? metric : imperial);
  // Plain ranges ("30–45 minutes") are read "30 to 45"; an aside in brackets is read as a clause.
  text = text
    .replace(/ & /g, ' and ')
    .replace(/(\d+)–(\d+)/g, '$1 to $2')
    .replace(/ \(([^)]*)\)(?= \w)/g, ', $1,')
    .replace(/ \(([^)]*)\)/g, ', $1');
  if (FIGURE.test(text)) throw new Error(`test/helpers/spoken.ts has no reading for a figure in: ${written}`);
  return text;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const PARTS: Record<string, string> = { '0.25': 'a quarter', '0.5': 'a half', '0.75': 'three quarters' };

/** A number as a cook hears it in an amount: "half a", "a quarter", "one and a half", "2". */
function amountNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const whole = Math.floor(n);
  const part = PARTS[String(n - whole)];
  if (!part || !WORDS[whole]) throw new Error(`test/helpers/spoken.ts has no reading for the amount ${n}`);
  if (whole === 0) return part === 'a half' ? 'half a' : part === 'a quarter' ? 'a quarter of a' : `${part} of a`;
  return `${WORDS[whole]} and ${part}`;
}

/** An ingredient's quantity as heard: "2 teaspoons", "half a teaspoon", "1 to 2 teaspoons". */
export function spokenAmount(q: Quantity): string {
  const [one, many] = UNITS[q.unit] ?? [q.unit, q.unit];
  const { min, max } = q.value;
  if (min !== max) return `${amountNumber(min)} to ${amountNumber(max)} ${many}`;
  return `${amountNumber(min)} ${min === 1 || min < 1 ? one : many}`;
}

/** A duration the recipe gives, as heard. */
export function spokenDuration(minutes: Range): string {
  const reading = DURATIONS[`${minutes.min}-${minutes.max}`];
  if (!reading) throw new Error(`test/helpers/spoken.ts has no reading for ${minutes.min} to ${minutes.max} minutes`);
  return reading;
}

/** A temperature or range of them, as heard: "275 degrees Fahrenheit", "65 to 68 degrees Celsius". */
export function spokenTemperature(value: Range, scale: 'F' | 'C'): string {
  const name = scale === 'F' ? 'Fahrenheit' : 'Celsius';
  return value.min === value.max ? `${value.min} degrees ${name}` : `${value.min} to ${value.max} degrees ${name}`;
}
