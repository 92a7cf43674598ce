import { numbersIn, secondsPer } from '../../facts';

/**
 * A length of time said in words, the whole of what was said: "ten minutes", "two hours", "forty
 * five minutes", "an hour and a half", "half an hour", "one hour thirty minutes". Alexa turns such
 * words into an AMAZON.DURATION when the sentence fits a duration sample; when it does not (the
 * cook corrected themselves: "five no ten minutes"), the words reach a custom slot as spoken and
 * are read here. Undefined for anything else, so a timer's name is never taken for a length.
 */
/** Words that may come around a length without changing it ("just two hours", "for about ten minutes", "a ten minute timer"). */
const AROUND = new Set(['just', 'about', 'around', 'for', 'a', 'timer', 'only', 'another', 'more', 'please']);

export function secondsSaid(words: readonly string[]): number | undefined {
  // "half an hour", "an hour and a half": the article is a number here.
  const spelt = words.join(' ').replace(/\ba couple of\b/g, 'two').replace(/\ba quarter of an hour\b/g, 'fifteen minutes').replace(/\bhalf an? (hour|minute)\b/g, 'zero and a half $1s').replace(/\ban? (hour|minute)\b/g, 'one $1');
  const parts = spelt.split(' ').filter((w) => w && !AROUND.has(w));
  const numbers = numbersIn(parts);
  let total = 0;
  let at = 0;
  for (const n of numbers) {
    if (n.start !== at) return undefined;
    const unit = secondsPer(parts[n.end] ?? '');
    if (unit === undefined) return undefined;
    let next = n.end + 1;
    let value = n.value;
    // "one hour and a half", "an hour and a half" (the "a" is gone with the words around a length).
    if (parts[next] === 'and' && parts[next + 1] === 'half') {
      value += 0.5;
      next += 2;
    }
    if (parts[next] === 'and') next++;
    total += value * unit;
    at = next;
  }
  return numbers.length && at === parts.length && total > 0 ? Math.round(total) : undefined;
}
