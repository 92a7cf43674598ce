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
  for (const word of words) {
    if (/^\d+$/.test(word)) current += Number(word);
    else if (word in UNITS) current += UNITS[word] ?? 0;
    else if (word in TENS) current += TENS[word] ?? 0;
    else if (word === 'hundred') current = (current || 1) * 100;
    else return undefined;
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
  const cleaned = text.toLowerCase().replace(/-/g, ' ');
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

/** Converts a slot value by its built-in type; other types pass through unchanged. */
export function normaliseSlot(type: string, value: string): string {
  if (type === 'AMAZON.NUMBER') {
    const n = wordsToNumber(value);
    return n === undefined ? '?' : String(n);
  }
  if (type === 'AMAZON.DURATION') return wordsToDuration(value) ?? '?';
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
