/**
 * What the cook meant when they corrected themselves mid-sentence. On a device a sentence such as
 * "how much pepper sorry i mean how much salt" fits a carrier ("how much {ingredient}") and the
 * slot carries everything after it, as spoken: "pepper sorry i mean how much salt". A phrase slot
 * (AMAZON.SearchQuery) carries whole tails the same way ("how hot wait no how long does it roast"
 * sends "wait no how long does it roast"). The answer must be for what the cook meant: the words
 * after the last correction that has something after it, without the small words said around it.
 * One function, read by the slot-reading layer (handlers/slots.ts) for every slot that holds the
 * cook's own words, so every handler gets it.
 */
import { CORRECTION_WORDS } from './en/corrections';
import { TIDY_WORDS } from './en/tidy';
import { fromPidgin } from './pidgin';

/** What the cook meant, and whether they corrected themselves to get there. */
export interface Meant {
  /** The words meant: all of them, unchanged, when there was no correction. */
  readonly words: string;
  /** True when words before a correction were taken back. */
  readonly corrected: boolean;
  /** The words taken back, for a caller that must know the slot's carrier was taken back too. */
  readonly takenBack: string;
}

const W = CORRECTION_WORDS;
const split = (phrase: string) => phrase.split(' ');
const MARKERS = W.markers.map(split);
const BETWEEN = [...W.between].map(split).sort((a, b) => b.length - a.length);
const NO_BELONGS_AFTER = new Set<string>(W.noBelongsAfter);
const NO_BELONGS_BEFORE = new Set<string>(W.noBelongsBefore);
const QUESTION_OPENERS = new Set<string>(W.questionOpeners);
const APOLOGIES = new Set<string>(W.apologies);
const EXCUSE_VERBS = new Set<string>(W.excuseVerbs);
const BACKCHANNEL = TIDY_WORDS.backchannel.map(split);
const BEFORE_A_QUESTION = W.beforeAQuestion.map(split);
const QUESTION_WORDS = new Set<string>(W.questionWords);
/** The fewest words a question said after "actually" or "wait" has ("how long"). */
const MIN_QUESTION_WORDS = 2;

/** Lower case words, punctuation at their edges dropped (apostrophes kept: "what's" opens a question). */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9']+|[^a-z0-9']+$/g, ''))
    .filter(Boolean);
}

/** Whether `run` is said in `words` starting at `at`: the one test of a run of words, for every reader. */
export function runAt(words: readonly string[], at: number, run: readonly string[]): boolean {
  return run.every((w, k) => words[at + k] === w);
}

/** An excuse said after an apology ("the kids were yelling", "I got distracted"): a statement, not what was meant. */
function isExcuse(after: readonly string[]): boolean {
  // "what temperature should the inside be, sorry, go on": said to someone on the phone, taking nothing back.
  for (let at = 0; ; ) {
    const run = BACKCHANNEL.find((b) => runAt(after, at, b));
    if (!run) break;
    at += run.length;
    if (at === after.length) return true;
  }
  const opening = after[0] ?? '';
  if (QUESTION_OPENERS.has(opening) || QUESTION_WORDS.has(opening) || MARKERS.some((m) => runAt(after, 0, m))) return false;
  return after.some((w) => EXCUSE_VERBS.has(w));
}

/** The length of the run of words said between a correction and what was meant, from `at`. */
function betweenAt(words: readonly string[], at: number): number {
  let i = at;
  for (;;) {
    const run = BETWEEN.find((b) => runAt(words, i, b));
    if (!run) return i - at;
    i += run.length;
  }
}

/** Where a correction ends (the index after it), if one begins at `at`; undefined when none does. */
function correctionAt(words: readonly string[], at: number): number | undefined {
  const marker = MARKERS.filter((m) => runAt(words, at, m)).sort((a, b) => b.length - a.length)[0];
  if (marker) return at + marker.length;
  if (words[at] === W.no) {
    if (NO_BELONGS_BEFORE.has(words[at + 1] ?? '')) return undefined;
    const before = words[at - 1];
    if (before === undefined) {
      // A slot that opens with "no" follows its carrier: a correction only when a question or another correction follows.
      const after = at + 1 + betweenAt(words, at + 1);
      return after > at + 1 || QUESTION_WORDS.has(words[after] ?? '') ? at + 1 : undefined;
    }
    // "the hob on, no, what pan": a question opening after "no" makes it a correction whatever came before.
    return NO_BELONGS_AFTER.has(before) && !QUESTION_OPENERS.has(words[at + 1] ?? '') ? undefined : at + 1;
  }
  // "how hot, actually, how long": the question after it has words of its own. One word left
  // ("what does it actually do", "how deep should the cuts actually go") is the sentence's own verb.
  const asking = BEFORE_A_QUESTION.find((m) => runAt(words, at, m));
  const asked = at + (asking?.length ?? 0);
  if (asking && at > 0 && QUESTION_WORDS.has(words[asked] ?? '') && words.length - asked >= MIN_QUESTION_WORDS) return asked;
  return undefined;
}

/**
 * The words the cook meant: after the last correction that has something after it, with the small
 * words around them ("no, just", "I mean" at the end) left out. Words with no correction come
 * back unchanged.
 */
export function meant(spoken: string): Meant {
  // Pidgin's "no" is a negation ("i no get vinegar"), never a correction: read as English first (pidgin.ts).
  const all = fromPidgin(tokens(spoken));
  // "what temp's the oven, sorry, the kids were yelling": an apology with its excuse takes nothing back.
  const apology = all.findIndex((w, at) => at > 0 && APOLOGIES.has(w) && isExcuse(all.slice(at + 1)));
  const words = apology > 0 ? all.slice(0, apology) : all;
  let from = -1;
  let cut = -1;
  for (let at = 0; at < words.length; at++) {
    const end = correctionAt(words, at);
    if (end === undefined) continue;
    const start = end + betweenAt(words, end);
    // "sorry i mean" is one correction: the words taken back end where its first word begins.
    if (start < words.length && start !== from) {
      from = start;
      cut = at;
    }
  }
  const kept = from < 0 ? words : words.slice(from);
  // What is left may end in a correction with nothing after it: "celsius i mean", "fahrenheit sorry".
  let end = kept.length;
  for (let at = end - 1; at > 0; at--) {
    const after = correctionAt(kept, at);
    if (after === undefined || after + betweenAt(kept, after) < end) continue;
    end = at;
  }
  // "how long do I let it bubble, sorry, how long": the cook started the question again, naming nothing new.
  if (from >= 0 && isRestart(words.slice(0, cut), kept.slice(0, end))) return { words: words.slice(0, cut).join(' '), corrected: false, takenBack: '' };
  if (from < 0 && end === kept.length && apology < 0) return { words: spoken, corrected: false, takenBack: '' };
  const part = from >= 0 ? partMeant(words.slice(0, cut), kept.slice(0, end)) : undefined;
  if (part) return { words: part.join(' '), corrected: true, takenBack: words.slice(0, cut).join(' ') };
  return { words: kept.slice(0, end).join(' '), corrected: from >= 0, takenBack: from < 0 ? '' : words.slice(0, cut).join(' ') };
}

/**
 * What was meant when the correction names one part of the question again: "for the grill, no, the
 * broiler" puts the broiler in the grill's place; "what should the meat be, no wait, in celsius"
 * adds what the question lacked. A part opens on an article or a preposition: it takes the place of
 * the last part that opened on the same word, and a preposition the question did not have is added
 * to it. Undefined when what was meant is a question or words of its own.
 */
function partMeant(before: readonly string[], after: readonly string[]): string[] | undefined {
  const first = after[0] ?? '';
  const preposition = PREPOSITIONS.has(first);
  if (!preposition && !ARTICLES.has(first)) return undefined;
  const at = before.lastIndexOf(first);
  if (at > 0) return [...before.slice(0, at), ...after];
  return preposition && at < 0 && before.length > 0 ? [...before, ...after] : undefined;
}
const ARTICLES = new Set<string>(TIDY_WORDS.articles);
const PREPOSITIONS = new Set<string>(TIDY_WORDS.prepositions);

/**
 * True when what follows a correction is only a question's opening said again ("how long", "what
 * was it") and what went before named something: the cook started over, and what they asked is
 * the first time's words.
 */
function isRestart(before: readonly string[], after: readonly string[]): boolean {
  return before.filter((w) => !RESTART_WORDS.has(w)).length > 0 && after.length > 0 && after.length <= MAX_RESTART && after.every((w) => RESTART_WORDS.has(w));
}
const RESTART_WORDS = new Set<string>(W.restartWords);
/** The most words a question's opening said again has ("how long do I"). */
const MAX_RESTART = 4;


/**
 * True when what the cook meant is a question of its own ("how long does it roast", "what pan do
 * I use"): the carrier phrase that chose the intent was taken back with the words before it.
 */
export function asksAgain(m: Meant): boolean {
  return m.corrected && QUESTION_OPENERS.has(tokens(m.words)[0] ?? '');
}
