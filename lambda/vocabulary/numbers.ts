/**
 * Numbers in a question's words, as Alexa's phrase slot sends them: spoken ("two seventy five",
 * "one point eight", "three and a half") or as digits ("275", "1.8"). Kept small: the figures a
 * cook says about this kind of recipe (weights, temperatures, minutes), not every English number.
 */
const UNITS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A number said in words or digits, with where it starts and ends among the words. */
export interface NumberSaid {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/** A run of 1 to 99 ("seventy five", "forty", "twelve") from word i; undefined when none. */
function underHundred(words: readonly string[], i: number): { value: number; next: number } | undefined {
  const w = words[i] ?? '';
  // "a hundred and forty": "a" is one when a hundred follows.
  if (w === 'a' && words[i + 1] === 'hundred') return { value: 1, next: i + 1 };
  if (TENS[w] !== undefined) {
    const unit = UNITS[words[i + 1] ?? ''];
    return unit !== undefined && unit > 0 && unit < 10 ? { value: TENS[w] + unit, next: i + 2 } : { value: TENS[w], next: i + 1 };
  }
  if (UNITS[w] !== undefined) return { value: UNITS[w], next: i + 1 };
  if (/^\d+(\.\d+)?$/.test(w)) return { value: Number(w), next: i + 1 };
  return undefined;
}

/** Every number in the words, in order. */
export function numbersIn(words: readonly string[]): NumberSaid[] {
  const out: NumberSaid[] = [];
  for (let i = 0; i < words.length; ) {
    const first = underHundred(words, i);
    if (!first) {
      i++;
      continue;
    }
    let value = first.value;
    let next = first.next;
    if (words[next] === 'hundred') {
      value *= 100;
      next++;
      if (words[next] === 'and') next++;
      const rest = underHundred(words, next);
      if (rest && rest.value < 100) {
        value += rest.value;
        next = rest.next;
      }
    } else if (first.value < 10 && words[i] !== undefined && UNITS[words[i] ?? ''] !== undefined) {
      // "two seventy five" is 275, "one forty" 140, "one fifty five" 155: a digit then tens.
      const tens = underHundred(words, next);
      if (tens && tens.value >= 10 && TENS[words[next] ?? ''] !== undefined) {
        value = value * 100 + tens.value;
        next = tens.next;
      }
    }
    if (words[next] === 'point') {
      const digits: number[] = [];
      let k = next + 1;
      while (UNITS[words[k] ?? ''] !== undefined && (UNITS[words[k] ?? ''] ?? 10) < 10) digits.push(UNITS[words[k++] ?? ''] ?? 0);
      if (digits.length) {
        value += Number(`0.${digits.join('')}`);
        next = k;
      }
    } else if (words[next] === 'and' && words[next + 1] === 'a' && words[next + 2] === 'half') {
      value += 0.5;
      next += 3;
    } else if (words[next] === 'and' && words[next + 1] === 'half') {
      value += 0.5;
      next += 2;
    }
    out.push({ value, start: i, end: next });
    i = next;
  }
  return out;
}
