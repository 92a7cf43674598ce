import type { Quantity, Range, Temperature, Unit, UnitSystem } from '../recipe';
import { hasFraction, spokenNumber, writtenNumber } from './numbers';

/** Everything that can follow a number in the recipe: ingredient units, temperatures, times. */
export type Measure = Unit | 'F' | 'C' | 'hour' | 'minute';

/** A range with what follows it, e.g. an ingredient's amount in the cook's units. */
export interface Amount {
  readonly value: Range;
  readonly measure: Measure;
}

const NAMES: Record<Measure, { one: string; many: string; article?: 'a' | 'an' }> = {
  lb: { one: 'pound', many: 'pounds', article: 'a' },
  kg: { one: 'kilogram', many: 'kilograms', article: 'a' },
  g: { one: 'gram', many: 'grams', article: 'a' },
  oz: { one: 'ounce', many: 'ounces', article: 'an' },
  tsp: { one: 'teaspoon', many: 'teaspoons', article: 'a' },
  tbsp: { one: 'tablespoon', many: 'tablespoons', article: 'a' },
  cup: { one: 'cup', many: 'cups', article: 'a' },
  ml: { one: 'milliliter', many: 'milliliters', article: 'a' },
  pinch: { one: 'pinch', many: 'pinches', article: 'a' },
  grind: { one: 'grind', many: 'grinds', article: 'a' },
  inch: { one: 'inch', many: 'inches', article: 'an' },
  cm: { one: 'centimeter', many: 'centimeters', article: 'a' },
  hour: { one: 'hour', many: 'hours', article: 'an' },
  minute: { one: 'minute', many: 'minutes', article: 'a' },
  F: { one: 'degree Fahrenheit', many: 'degrees Fahrenheit' },
  C: { one: 'degree Celsius', many: 'degrees Celsius' },
};

const WRITTEN: Record<Measure, string> = {
  lb: 'lb', kg: 'kg', g: 'g', oz: 'oz', tsp: 'tsp', tbsp: 'tbsp', cup: 'cup', ml: 'ml',
  pinch: 'pinch', grind: 'grinds', inch: '″', cm: 'cm', hour: 'h', minute: 'min', F: '°F', C: '°C',
};

/** The system each measure belongs to; the rest (spoons, cups, times) belong to both. */
export function systemOf(measure: Measure): UnitSystem | undefined {
  if (['lb', 'oz', 'inch', 'F'].includes(measure)) return 'imperial';
  if (['kg', 'g', 'cm', 'C', 'ml'].includes(measure)) return 'metric';
  return undefined;
}

/** True for a number a cook reads as a decimal (1.8), not as a whole or a fraction (2, 1½). */
function isPlainDecimal(n: number): boolean {
  return !Number.isInteger(n) && !hasFraction(n);
}

/**
 * A range with its unit as spoken: "3 to 4 pounds", "half a teaspoon", "one and a half teaspoons",
 * "two to two and a half hours", "275 degrees Fahrenheit".
 */
export function spokenMeasure(value: Range, measure: Measure): string {
  const names = NAMES[measure];
  const single = value.min === value.max;
  // Centimetres are said as decimals ("2 to 2.5 centimeters"), the way a metric ruler reads.
  const decimals = measure === 'cm' && !(Number.isInteger(value.min) && Number.isInteger(value.max));
  if (decimals || isPlainDecimal(value.min) || isPlainDecimal(value.max)) {
    // "1.5 to 1.8 kilograms": one style of number per range, never "one and a half to 1.8".
    return `${single ? value.min : `${value.min} to ${value.max}`} ${names.many}`;
  }
  const words = hasFraction(value.min) || hasFraction(value.max);
  if (single && value.min < 1 && hasFraction(value.min)) {
    const n = spokenNumber(value.min);
    if (n === 'half' && names.article) return `half ${names.article} ${names.one}`;
    return names.article ? `${n} of ${names.article} ${names.one}` : `${n} of ${names.one}`;
  }
  const name = value.max === 1 ? names.one : names.many;
  const amount = single
    ? spokenNumber(value.min, words)
    : `${spokenNumber(value.min, words)} to ${spokenNumber(value.max, words)}`;
  return `${amount} ${name}`;
}

/** A range with its unit as written on a screen: "3–4 lb", "½ tsp", "275°F", "8–10″". */
export function writtenMeasure(value: Range, measure: Measure): string {
  // "1.5–1.8 kg": one style of number per range, as when spoken, never "1½–1.8 kg".
  const decimals = isPlainDecimal(value.min) || isPlainDecimal(value.max);
  const written = (n: number) => (decimals ? String(Math.round(n * 100) / 100) : writtenNumber(n));
  const amount = value.min === value.max ? written(value.min) : `${written(value.min)}–${written(value.max)}`;
  // A pinch is not measured: one is written as the seed writes it, "a pinch", never "1 pinch".
  if (measure === 'pinch') return amount === '1' ? 'a pinch' : `${amount} pinches`;
  const unit = WRITTEN[measure];
  return /^[\u00B0\u2033]/.test(unit) ? `${amount}${unit}` : `${amount} ${unit}`;
}

export function spokenQuantity(q: Quantity): string {
  return spokenMeasure(q.value, q.unit);
}

/** A temperature in the cook's system first: "275 degrees Fahrenheit". */
export function spokenTemperature(t: Temperature, system: UnitSystem): string {
  return system === 'metric' ? spokenMeasure(t.c, 'C') : spokenMeasure(t.f, 'F');
}

/** Minutes as a cook says them: "10 minutes", "2 to two and a half hours", "8 to 14 hours". */
export function spokenMinutes(minutes: Range): string {
  const { value, measure } = hoursOrMinutes(minutes);
  return spokenMeasure(value, measure);
}

/** Minutes as written on a screen: "10 min", "2–2½ h", "8–14 h". */
export function writtenMinutes(minutes: Range): string {
  const { value, measure } = hoursOrMinutes(minutes);
  return writtenMeasure(value, measure);
}

/** Whole or half hours from an hour up read better as hours; anything else stays in minutes. */
function hoursOrMinutes(minutes: Range): { value: Range; measure: 'hour' | 'minute' } {
  const hours = { min: minutes.min / 60, max: minutes.max / 60 };
  const inHours = minutes.min >= 60 && [hours.min, hours.max].every((h) => Number.isInteger(h) || hasFraction(h));
  return inHours ? { value: hours, measure: 'hour' } : { value: minutes, measure: 'minute' };
}

/** How one measure converts: `step` is the rounding, `coarse` a coarser one for larger figures. */
interface Conversion {
  readonly to: Measure;
  readonly factor: number;
  readonly offset?: number;
  readonly step: number;
  readonly coarse?: { readonly from: number; readonly step: number };
}

const TO_METRIC: Partial<Record<Measure, Conversion>> = {
  lb: { to: 'kg', factor: 0.4536, step: 0.1 },
  oz: { to: 'g', factor: 28.35, step: 5 },
  // Lengths to the half centimetre a ruler shows ("¾–1″" is 2 to 2.5 cm); from 10 cm, whole ones.
  inch: { to: 'cm', factor: 2.54, step: 0.5, coarse: { from: 10, step: 1 } },
  F: { to: 'C', factor: 5 / 9, offset: -32, step: 5 },
};
const TO_IMPERIAL: Partial<Record<Measure, Conversion>> = {
  kg: { to: 'lb', factor: 2.2046, step: 0.5 },
  g: { to: 'oz', factor: 1 / 28.35, step: 0.5 },
  cm: { to: 'inch', factor: 1 / 2.54, step: 0.5 },
  C: { to: 'F', factor: 9 / 5, step: 5, offset: 0 },
};

/**
 * A standard conversion into the other system, rounded as a cook would, for when the seed gives
 * only one figure. Spoons, cups and times are the same in both systems and come back unchanged.
 */
export function convertMeasure(value: Range, measure: Measure, system: UnitSystem): { value: Range; measure: Measure } {
  const rule = system === 'metric' ? TO_METRIC[measure] : TO_IMPERIAL[measure];
  if (!rule) return { value, measure };
  const convert = (n: number) => {
    const raw = measure === 'C' ? n * rule.factor + 32 : (n + (rule.offset ?? 0)) * rule.factor;
    const step = rule.coarse && raw >= rule.coarse.from ? rule.coarse.step : rule.step;
    return Math.round(raw / step) * step;
  };
  const min = Number(convert(value.min).toFixed(2));
  const max = Number(convert(value.max).toFixed(2));
  return { value: { min, max }, measure: rule.to };
}

/** Millilitres in one US spoon or cup, and how finely a cook would round each. */
const MILLILITRES: Partial<Record<Measure, { ml: number; step: number }>> = {
  tsp: { ml: 4.93, step: 0.5 },
  tbsp: { ml: 14.79, step: 5 },
  cup: { ml: 236.6, step: 10 },
};

/**
 * A spoon or cup measure as millilitres, a standard conversion ("1 cup" is about 240 ml), or
 * undefined for a measure that is not a volume. Kept apart from `convertMeasure`, which leaves
 * spoons alone because they are the same in both systems.
 */
export function toMillilitres(value: Range, measure: Measure): Range | undefined {
  const rule = MILLILITRES[measure];
  if (!rule) return undefined;
  const round = (n: number) => Math.max(rule.step, Math.round((n * rule.ml) / rule.step) * rule.step);
  return { min: round(value.min), max: round(value.max) };
}
