/**
 * Lengths of time a recipe's sentence says ("under a towel for 5 minutes", "6–12 minutes"), so a
 * wait the recipe names without a timed step of its own can still be timed.
 */
import { wordsOf } from '../vocabulary';
import { numbersIn } from '../vocabulary/numbers';

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  second: 1, seconds: 1, sec: 1, secs: 1, minute: 60, minutes: 60, min: 60, mins: 60, hour: 3600, hours: 3600, hr: 3600, hrs: 3600,
};

/** The seconds in one of a unit of time ("minutes" is 60), or undefined for any other word: the one table lengths are read by. */
export function secondsPer(word: string): number | undefined {
  return UNIT_SECONDS[word];
}

/** True for a word that only says how long ("minutes", "hours"). */
export function isLengthWord(word: string): boolean {
  return UNIT_SECONDS[word] !== undefined;
}

/** The first length the text says, in seconds; a range ("6–12 minutes") gives its shortest, as the recipe's timers do. */
export function lengthIn(text: string): number | undefined {
  const words = wordsOf(text.replace(/[\u2013\u2014]/g, ' to '));
  const numbers = numbersIn(words);
  for (const [i, n] of numbers.entries()) {
    const next = numbers[i + 1];
    // "6 to 12 minutes": the unit follows the range's end.
    const unitAt = next && words[n.end] === 'to' && next.start === n.end + 1 ? next.end : n.end;
    const unit = UNIT_SECONDS[words[unitAt] ?? ''];
    if (unit) return Math.round(n.value * unit);
  }
  return undefined;
}
