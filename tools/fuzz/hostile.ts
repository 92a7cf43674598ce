import type { Prng } from './prng';

/**
 * Values no well-behaved Alexa would send, for slots, tokens, ids and fields: the empty string,
 * huge strings, unicode that breaks naive code (lone surrogates, right-to-left marks, zero-width
 * joiners, combining marks, NUL), markup that breaks SSML, numbers spelled every wrong way, and
 * values of the wrong JSON type. Deliberately free of the words the properties look for in speech
 * (stack frames, "undefined", "NaN", paths), so a leak found in speech came from the skill.
 */

const UNICODE = [
  '\u{1F437}\u{1F525}', // pig, fire
  'po\u0301rk be\u0308lly', // combining marks
  '\u202Eylleb krop', // right-to-left override
  'ro\u200Bast', // zero-width space
  '\u{1F468}\u200D\u{1F373}', // cook (a zero-width-joiner sequence)
  '\uD800', // a lone high surrogate
  '\uDFFF half', // a lone low surrogate
  'nul\u0000byte',
  '\u0007bell\u001B[31m',
  'ｒｏａｓｔ', // fullwidth
  '五分钟',
  'ステップ',
  'خطوة',
  '\u00A0\u2028\u2029',
  '\uFEFFbom',
];

const MARKUP = [
  '<speak>',
  '</speak><audio src="https://example.invalid/x.mp3"/>',
  '<break time="100s"/>',
  'salt & pepper',
  'a < b > c',
  '"quoted" \'single\'',
  ']]><![CDATA[',
  '&amp;&lt;&#0;&#xD800;',
  '<?xml version="1.0"?>',
  '${process.env}',
  '{{speech}}',
  '%s %d %n',
  '\\u0000',
];

const NUMBERS = ['0', '-1', '1.5', '1e309', '-0', '007', '9007199254740993', '0x10', '１２', 'seven', '?', '', ' 3 ', '3 4', '25', '26', '1', '99999999999999999999'];

const DURATIONS = ['PT10M', 'PT2H', 'PT2H1S', 'PT0S', 'PT-5M', 'P1D', 'P1Y2M', 'PT99999999H', 'PT1.5M', 'PT', 'P', '?', 'PT10M30S', 'ten minutes', 'P1W', 'PT1H60M'];

const WRONG_TYPES: readonly unknown[] = [null, 0, -1, 1.5, true, false, [], [1, 'a'], {}, { value: 'x' }, Number.MAX_SAFE_INTEGER];

/** A string of `length` characters cycled from a seed string. */
function long(p: Prng, length: number): string {
  const seed = p.pick(['pork ', 'ä', '\u{1F437}', 'x', '& <', 'step ']);
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

/** A hostile string. */
export function hostileString(p: Prng): string {
  switch (p.int(8)) {
    case 0:
      return p.pick(UNICODE);
    case 1:
      return p.pick(MARKUP);
    case 2:
      return p.pick(NUMBERS);
    case 3:
      return p.pick(DURATIONS);
    case 4:
      return long(p, p.pick([257, 1000, 8001, 30000]));
    case 5:
      return p.pick(['', ' ', '\n', '\t\t']);
    case 6:
      return p.pick(UNICODE) + p.pick(MARKUP) + p.pick(NUMBERS);
    default:
      return Array.from({ length: p.between(1, 12) }, () => String.fromCharCode(p.between(1, 0xffff))).join('');
  }
}

/** A number as Alexa's AMAZON.NUMBER might (or never would) send it. */
export function hostileNumber(p: Prng): string {
  return p.pick(NUMBERS);
}

/** An ISO-8601 duration as AMAZON.DURATION might (or never would) send it. */
export function hostileDuration(p: Prng): string {
  return p.pick(DURATIONS);
}

/** A value of any JSON type, for a field that expects something else. */
export function hostileValue(p: Prng): unknown {
  // A copy: a mutation may change the value later, and must not change the table.
  return p.chance(0.5) ? structuredClone(p.pick(WRONG_TYPES)) : hostileString(p);
}
