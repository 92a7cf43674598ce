/**
 * The cook's own words with what carries no question taken off (issue 11): a question a device
 * sends inside a slot as spoken often ends in a tag or a particle ("must score the skin is it",
 * "the fine sea salt how much ah"), is cut off ("how long's left on the", "what's the oven again
 * is it two seventy or"), stutters ("what did you what did you say", "the um the first roast"),
 * hesitates mid-sentence ("what's the um last step", "how long is uh how much is left"), or uses
 * another English's word for the recipe's ("how much time is balance"). The question the
 * rest makes clear is what the cook asked: these are read once, here, for every slot that holds
 * the cook's own words (handlers/slots.ts, after corrections.ts has found what was meant), so no
 * handler and no sample has to list them.
 */
import { addressed } from './addressed';
import { runAt, tokens } from './corrections';
import { TIDY_WORDS } from './en/tidy';
import { fromPidgin } from './pidgin';

const split = (phrase: string) => phrase.split(' ');
/** Longest first, so "is it not" goes before "is it". */
const longestFirst = (phrases: readonly string[]) => phrases.map(split).sort((a, b) => b.length - a.length);
const ENDINGS = longestFirst([...TIDY_WORDS.tags, ...TIDY_WORDS.particles, ...TIDY_WORDS.backchannel]);
const JOINS = longestFirst(TIDY_WORDS.joins);
const OPENERS = longestFirst([...TIDY_WORDS.openers, ...TIDY_WORDS.backchannel]);
const ARTICLES = new Set<string>(TIDY_WORDS.articles);
const PREPOSITIONS = new Set<string>(TIDY_WORDS.prepositions);
const HESITATIONS = new Set<string>(TIDY_WORDS.hesitations);
const PAIRS = new Set<string>(TIDY_WORDS.backchannel);
const SAME = TIDY_WORDS.same.map(([said, meant]) => [split(said), split(meant)] as const);
/** The fewest words left: a tag or a dangling word is never the whole question. */
const MIN_LEFT = 1;
/** The longest run of words a stutter repeats ("what did you what did you"). */
const MAX_REPEAT = 4;

const endsWith = (words: readonly string[], run: readonly string[]) => words.length > run.length && runAt(words, words.length - run.length, run);
const startsWith = (words: readonly string[], run: readonly string[]) => words.length > run.length && runAt(words, 0, run);

/** Tags, particles and a cut-off end taken off the end, as long as some words stay. */
function withoutEnd(words: string[]): string[] {
  let out = words;
  for (;;) {
    const tag = ENDINGS.find((t) => endsWith(out, t) && out.length - t.length >= MIN_LEFT);
    if (tag) {
      out = out.slice(0, -tag.length);
      continue;
    }
    const last = out[out.length - 1] ?? '';
    // A cut-off sentence ends on an article ("on the") or a join ("two seventy or"); a preposition
    // only goes with its article ("left on the"): alone it may be the sentence's own ("brush it on").
    if (ARTICLES.has(last) && out.length > MIN_LEFT) {
      out = out.slice(0, -1);
      if (PREPOSITIONS.has(out[out.length - 1] ?? '') && out.length > MIN_LEFT) out = out.slice(0, -1);
      continue;
    }
    const join = JOINS.find((j) => endsWith(out, j) && out.length - j.length >= MIN_LEFT);
    if (join) {
      out = out.slice(0, -join.length);
      continue;
    }
    return out;
  }
}

/** True when two runs hold the same words (an empty or short run never does). */
const same = (a: readonly string[], b: readonly string[]) => a.length > 0 && a.length === b.length && a.every((w, k) => w === b[k]);

/**
 * Hesitations read away wherever they fall ("what's the um last step", "where was i um"), with what
 * a restart after one abandoned: "the um the meat", "how long is uh how much is left" (the word said
 * again, up to MAX_REPEAT words back, starts the sentence afresh from there).
 */
function withoutHesitation(said: readonly string[]): string[] {
  const out: string[] = [];
  let paused = false;
  for (const [i, w] of said.entries()) {
    // "uh huh", "mm hmm": a backchannel, taken off whole at the start (tidied()).
    if (HESITATIONS.has(w) && !PAIRS.has(`${said[i - 1]} ${w}`) && !PAIRS.has(`${w} ${said[i + 1]}`)) {
      paused = out.length > 0;
      continue;
    }
    const back = paused ? out.lastIndexOf(w) : -1;
    if (back >= 0 && out.length - back <= MAX_REPEAT) out.length = back;
    paused = false;
    out.push(w);
  }
  return out.length ? out : [...said];
}

/**
 * A run of words said twice in a row read once: "what did you what did you say", "for the the
 * second bit". A word said three times or more is what was said ("banana banana banana" as a
 * timer's name), not a stutter: it stays.
 */
function withoutStutter(words: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let n = Math.min(MAX_REPEAT, Math.floor((words.length - i) / 2));
    for (; n >= 1; n--) {
      const run = words.slice(i, i + n);
      const twice = same(run, words.slice(i + n, i + 2 * n));
      // Said a third time, or a run of one word only ("banana banana" twice is four): what was said.
      const more = same(run, words.slice(i + 2 * n, i + 3 * n)) || same(run, out.slice(out.length - n)) || (n > 1 && run.every((w) => w === run[0]));
      if (twice && !more) break;
    }
    if (n >= 1) {
      out.push(...words.slice(i, i + n));
      i += 2 * n;
    } else {
      out.push(words[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/** Another English's words for the recipe's own: "what all" is "what", "is balance" is "is left". */
function inRecipeWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const same = SAME.find(([said]) => runAt(words, i, said));
    if (same) {
      out.push(...same[1]);
      i += same[0].length;
    } else {
      out.push(words[i] ?? '');
      i += 1;
    }
  }
  return out;
}

/**
 * The words with what asks nothing taken off: talk to someone else, openers ("kindly"), stutters, tags and particles at
 * the end, and the dangling end of a sentence cut off. Lower-case words in, the same out; words
 * with nothing to take off come back as they were.
 */
export function tidied(words: readonly string[]): string[] {
  // Pidgin's grammar words first (pidgin.ts), so every reading after sees the English; talk to
  // someone else before the wake word or after the request (addressed.ts) asks nothing.
  let out = inRecipeWords(fromPidgin(withoutStutter(withoutHesitation(addressed(words)))));
  // Openers may come in a row: "sorry one sec", "mm hmm yeah".
  for (let opener = OPENERS.find((o) => startsWith(out, o)); opener; opener = OPENERS.find((o) => startsWith(out, o))) out = out.slice(opener.length);
  return withoutEnd(out);
}

/** A phrase as the cook meant it, tidied (above); the phrase as it was when nothing was taken off. */
export function tidiedPhrase(phrase: string): string {
  const said = tokens(phrase);
  const kept = tidied(said);
  return kept.join(' ') === said.join(' ') ? phrase : kept.join(' ');
}
