import { spokenMeasure } from '../quantities';
import type { WeightSaid } from '../types';

/**
 * The cook's own weight in their own words, and the article English puts before a spoken
 * number: "an 800 gram pork belly", "an 11 pound one", "a 1.5 kilogram one".
 */

/** Leading digit groups that are said with a vowel sound: eight, eleven, eighteen, eighty. */
function digitsSoundLikeVowel(digits: string): boolean {
  if (digits.startsWith('8')) return true;
  // 11 and 18 are "eleven" and "eighteen" when they lead a group of thousands (11, 18, 11000, 18500).
  const lead = digits.length % 3 === 2 ? digits.slice(0, 2) : '';
  return lead === '11' || lead === '18';
}

/** "a" or "an" before these words, by how they sound when spoken. */
export function articleFor(words: string): 'a' | 'an' {
  const digits = /^\d+/.exec(words)?.[0];
  if (digits) return digitsSoundLikeVowel(digits) ? 'an' : 'a';
  if (/^(one|uni|use|eu)/i.test(words)) return 'a';
  if (/^(hour|honest)/i.test(words)) return 'an';
  return /^[aeiou]/i.test(words) ? 'an' : 'a';
}

/** A weight said before a noun, as the cook said it: "800 gram", "one and a half kilogram", "10 pound". */
export function weightAdjective(said: WeightSaid): string {
  // Before a noun the unit stays singular: "a 2 kilogram pork belly".
  return spokenMeasure({ min: said.value, max: said.value }, said.unit).replace(/s$/, '');
}

/** A weight as a cook says it on its own: "800 grams", "100 kilograms". */
export function weightAlone(said: WeightSaid): string {
  return spokenMeasure({ min: said.value, max: said.value }, said.unit);
}
