import type { Range } from '../recipe';
import { convertMeasure, spokenMeasure, systemOf, type Measure } from './quantities';
import type { UnitSystem } from '../recipe';

/**
 * Turns the recipe's written text into words a cook can hear: "½ tsp" becomes "half a teaspoon",
 * "275°F (135°C)" becomes "275 degrees Fahrenheit" (or Celsius, in a metric locale), "8–10″"
 * becomes "8 to 10 inches", "&" becomes "and". The result is plain text; `toSsml` escapes it.
 */

const GLYPHS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
// The glyphs below are written as escapes (½¼¾⅓⅔, °, ″, –) in the patterns, here and in every regular
// expression of lambda/: esbuild escapes other characters in its output but not these, and a bundle that
// is all ASCII is read and compiled faster at every cold start (test/artifacts/bundle.test.ts).
const NUM = String.raw`(?:\d+(?:\.\d+)?[\u00BD\u00BC\u00BE\u2153\u2154]?|[\u00BD\u00BC\u00BE\u2153\u2154])`;
const UNIT = String.raw`(?:\u00B0F|\u00B0C|\u2033|lb|kg|tsp|tbsp|cups?|inch(?:es)?|cm|hours?|minutes?|g)`;
const MEASURE = String.raw`(${NUM})(?:\s*(?:\u2013|-|to)\s*(${NUM}))?\s*(${UNIT})(?![a-z])`;
const PAIR = new RegExp(`${MEASURE}\\s*\\(${MEASURE}\\)`, 'g');
const SINGLE = new RegExp(MEASURE, 'g');

function parseNumber(text: string): number {
  const glyph = text.slice(-1);
  const frac = GLYPHS[glyph];
  if (frac === undefined) return Number(text);
  const whole = text.slice(0, -1);
  return (whole ? Number(whole) : 0) + frac;
}

function parseMeasure(unit: string): Measure {
  if (unit === '°F') return 'F';
  if (unit === '°C') return 'C';
  if (unit === '″' || unit.startsWith('inch')) return 'inch';
  if (unit.startsWith('cup')) return 'cup';
  if (unit.startsWith('hour')) return 'hour';
  if (unit.startsWith('minute')) return 'minute';
  return unit as Measure;
}

function parsed(min: string, max: string | undefined, unit: string): { value: Range; measure: Measure } {
  const lo = parseNumber(min);
  return { value: { min: lo, max: max === undefined ? lo : parseNumber(max) }, measure: parseMeasure(unit) };
}

/**
 * One measure in the cook's system. One the seed gives only in the other system keeps the seed's
 * figure, with the standard conversion after it ("8 to 10 inches, about 20 to 25 centimeters"): the
 * recipe's own number is the one to trust, and a conversion alone would hide it.
 */
function inSystem(m: { value: Range; measure: Measure }, system: UnitSystem): string {
  const own = systemOf(m.measure);
  const said = spokenMeasure(m.value, m.measure);
  if (!own || own === system) return said;
  const shown = convertMeasure(m.value, m.measure, system);
  return `${said}, about ${spokenMeasure(shown.value, shown.measure)},`;
}

export function speakable(written: string, system: UnitSystem = 'imperial'): string {
  return written
    .replace(PAIR, (_all, aMin: string, aMax: string | undefined, aUnit: string, bMin: string, bMax: string | undefined, bUnit: string) => {
      const a = parsed(aMin, aMax, aUnit);
      const b = parsed(bMin, bMax, bUnit);
      // The seed writes "imperial (metric)": say the one in the cook's system, once.
      const chosen = systemOf(b.measure) === system ? b : a;
      return spokenMeasure(chosen.value, chosen.measure);
    })
    .replace(SINGLE, (_all, min: string, max: string | undefined, unit: string) => inSystem(parsed(min, max, unit), system))
    .replace(/\s*&\s*/g, ' and ')
    .replace(/([a-z])\/([a-z])/gi, '$1 or $2')
    .replace(/\s*[\u2014\u2013]\s*/g, ', ')
    .replace(/\s*\(([^)]*)\)/g, ', $1,')
    // Commas run together (an aside that ends on its own comma): the last mark stands.
    .replace(/(?:\s*,)+\s*([.,;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when speaking this text in `system` needs a standard conversion: it has a measure of the
 * other system that the seed does not pair with its own figure ("8–10″" but not "275°F (135°C)").
 */
export function convertsFor(written: string, system: UnitSystem): boolean {
  const unpaired = written.replace(PAIR, '');
  for (const m of unpaired.matchAll(SINGLE)) {
    const own = systemOf(parsed(m[1] ?? '', m[2], m[3] ?? '').measure);
    if (own && own !== system) return true;
  }
  return false;
}

/** True when the text has a measure that differs between the systems (a temperature, a weight, a length). */
export function hasUnits(written: string): boolean {
  if (new RegExp(PAIR.source).test(written)) return true;
  return [...written.matchAll(SINGLE)].some((m) => systemOf(parsed(m[1] ?? '', m[2], m[3] ?? '').measure) !== undefined);
}
