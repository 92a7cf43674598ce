/**
 * Numbers as a cook should hear them. Whole numbers stay digits (Alexa reads "275" well);
 * fractions become words, because "½" or "1.5" read aloud sound wrong in a kitchen.
 */

const SMALL = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0 to 99 in words; larger numbers as digits. */
export function wholeWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 20) return SMALL[n] ?? String(n);
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${SMALL[n % 10]}`;
}

/** The spoken names of the fractions recipes use, keyed by hundredths. */
const FRACTIONS: Record<number, { alone: string; after: string }> = {
  25: { alone: 'a quarter', after: 'a quarter' },
  33: { alone: 'a third', after: 'a third' },
  50: { alone: 'half', after: 'a half' },
  67: { alone: 'two thirds', after: 'two thirds' },
  75: { alone: 'three quarters', after: 'three quarters' },
};

function fractionPart(n: number): { whole: number; frac?: { alone: string; after: string } } {
  const whole = Math.floor(n + 1e-9);
  const hundredths = Math.round((n - whole) * 100);
  if (hundredths === 0) return { whole };
  return { whole, frac: FRACTIONS[hundredths] };
}

/** True when the number has a fraction the cook would hear as words. */
export function hasFraction(n: number): boolean {
  return fractionPart(n).frac !== undefined;
}

/**
 * A number as spoken: 2 is "2", 1.5 is "one and a half", 0.5 is "half", 0.75 is "three quarters".
 * `words` spells whole numbers too, so both ends of a range sound alike ("two to two and a half").
 */
export function spokenNumber(n: number, words = false): string {
  const { whole, frac } = fractionPart(n);
  if (!frac) {
    if (Number.isInteger(n)) return words ? wholeWords(n) : String(n);
    return String(Math.round(n * 10) / 10);
  }
  if (whole === 0) return frac.alone;
  return `${wholeWords(whole)} and ${frac.after}`;
}

/** A number as written for a screen: 1.5 is "1½", 0.75 is "¾". */
export function writtenNumber(n: number): string {
  const glyphs: Record<number, string> = { 25: '¼', 33: '⅓', 50: '½', 67: '⅔', 75: '¾' };
  const whole = Math.floor(n + 1e-9);
  const glyph = glyphs[Math.round((n - whole) * 100)];
  if (!glyph) return String(Math.round(n * 10) / 10);
  return whole === 0 ? glyph : `${whole}${glyph}`;
}
