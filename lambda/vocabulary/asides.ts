/**
 * A cook making several dishes at once says a request with an aside about another dish: "the
 * lamb's in the other oven at three fifty, what does the pork need", "while i peel the carrots
 * what do i use to clean up the skin". On a device the aside's carrier ("the lamb's", "while I")
 * chooses a statement intent and its phrase slot carries everything after it; the request is the
 * question said after the aside. The aside's figures and foods are not what is asked, so the
 * question is answered in its own words (handlers/questions/open.ts), and the dish's own name
 * ("the pork") only says which clause is about this recipe.
 */
import { tokens } from './corrections';
import { ASIDE_REQUESTS, ASKING_VERBS, DISH_NAMES, DISH_TIES, MOVE_VERBS, QUESTION_WORDS, RAMBLE_TURNS, SUBJECT_WORDS } from './en/asides';

/** A sentence read as an aside and the request said after it. */
export interface AfterAside {
  readonly aside: string;
  readonly request: string;
}

const QUESTIONS = new Set(QUESTION_WORDS);
const ASKING = new Set(ASKING_VERBS);
const SUBJECTS = new Set(SUBJECT_WORDS);
const DISHES = DISH_NAMES.map((d) => d.split(' ')).sort((a, b) => b.length - a.length);
const TIES = new Set(DISH_TIES);
const MOVES = new Set(MOVE_VERBS);
/** Words said between a request's subject and its verb ("could we please skip"). */
const POLITE = new Set(['please', 'just', 'now', 'maybe', 'perhaps']);

/**
 * The fewest words of an aside left in a statement's phrase slot: the carrier that chose the
 * statement is the aside's start ("the roast beef's" of "the roast beef's resting, read me the part
 * about slicing"), so one more word is an aside.
 */
const ASIDE_WORDS = 1;
/** The fewest words a request after an aside has ("what's next"). */
const REQUEST_WORDS = 2;

/** True when a question starts at `at`: a question word, or an asking verb before its subject. */
function questionAt(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (QUESTIONS.has(word)) return true;
  if (!ASKING.has(word) || !SUBJECTS.has(words[at + 1] ?? '')) return false;
  // "could we please skip the scoring step": a move asked for, not a question.
  const verb = words.slice(at + 2).find((w) => !POLITE.has(w)) ?? '';
  return !MOVES.has(verb);
}

/** The dish's name said at `at`, as the number of words it takes, or 0. */
function dishAt(words: readonly string[], at: number): number {
  return DISHES.find((d) => d.every((w, k) => words[at + k] === w))?.length ?? 0;
}

/** True when the words name the dish this recipe cooks ("the pork", "the pork's"). */
export function namesDish(spoken: string): boolean {
  const words = tokens(spoken);
  return words.some((_, at) => dishAt(words, at) > 0);
}

/**
 * The question said after an aside, or undefined when the words do not start with an aside before
 * one. Of several questions, the one that names the dish ("what does the pork need"), else the first:
 * an aside is said before what the cook wants, and a question's own words may hold another ("how do
 * i tell when it's done" holds "when").
 */
export function requestAfterAside(spoken: string): AfterAside | undefined {
  const words = tokens(spoken);
  if (questionAt(words, 0)) return undefined;
  const starts: number[] = [];
  for (let at = ASIDE_WORDS; at + REQUEST_WORDS <= words.length; at++) if (questionAt(words, at)) starts.push(at);
  const dish = starts.find((at) => words.slice(at).some((_, k) => dishAt(words, at + k) > 0));
  const at = dish ?? starts[0];
  if (at === undefined) return undefined;
  return { aside: words.slice(0, at).join(' '), request: words.slice(at).join(' ') };
}

/** The fewest words told before a question for the sentence to be a ramble: a short statement ("last time the skin didn't crackle") says what is asked about. */
const RAMBLE_WORDS = 6;
const TURNS = RAMBLE_TURNS.map((t) => t.split(' '));

/**
 * The question at the end of a long sentence of narration or reasons ("i'm going to go watch the game
 * for a bit and i was kind of wondering if you could tell me how long this needs in there before i
 * check it"): the first question after the last turn ("so", "but", "tell me", "what i'm asking is")
 * that one follows; undefined when fewer than six words come before it. The first, since a
 * question's own words may hold another ("what it's supposed to look like when it's done").
 */
export function questionAtEnd(spoken: string): AfterAside | undefined {
  const words = tokens(spoken);
  for (let turn = words.length - REQUEST_WORDS; turn >= RAMBLE_WORDS - 1; turn--) {
    const said = TURNS.find((t) => t.every((w, k) => words[turn + k] === w));
    if (!said) continue;
    for (let at = turn + said.length; at + REQUEST_WORDS <= words.length; at++) {
      if (questionAt(words, at)) return at >= RAMBLE_WORDS ? { aside: words.slice(0, at).join(' '), request: words.slice(at).join(' ') } : undefined;
    }
  }
  return undefined;
}

/**
 * The words without the dish's own name ("what does the pork need" is "what does need"; "what's next
 * for the pork" is "what's next"): the name says which dish, not what is asked. Words that are only
 * the name ("the pork belly") are kept: then the pork is what is asked about.
 */
export function withoutDish(spoken: string): string {
  const words = tokens(spoken);
  const kept: string[] = [];
  for (let at = 0; at < words.length; ) {
    const length = dishAt(words, at);
    if (length === 0) {
      kept.push(words[at] ?? '');
      at += 1;
      continue;
    }
    if (TIES.has(kept[kept.length - 1] ?? '')) kept.pop();
    at += length;
  }
  return kept.length ? kept.join(' ') : words.join(' ');
}

/** What a cook asks the skill to do after an aside: the kinds of ASIDE_REQUESTS. */
export type AsideRequestKind = keyof typeof ASIDE_REQUESTS;

/** A request said after an aside: what it asks, and the words after its opening (where to, how long). */
export interface AsideRequest {
  readonly kind: AsideRequestKind;
  readonly aside: string;
  /** The words after the request's opening: "taking it out" of "skip to taking it out". */
  readonly rest: string;
}

const REQUESTS = (Object.entries(ASIDE_REQUESTS) as [AsideRequestKind, readonly string[]][])
  .flatMap(([kind, phrases]) => phrases.map((p) => ({ kind, words: tokens(p) })))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The request said after an aside ("i'm carving the lamb, set a timer for seven minutes for the
 * skin"), or undefined: the first request that opens after two words of aside or more. A question
 * is not one of these: requestAfterAside finds those.
 */
export function requestInAside(spoken: string): AsideRequest | undefined {
  const words = tokens(spoken);
  for (let at = ASIDE_WORDS; at < words.length; at++) {
    const found = REQUESTS.find((r) => r.words.every((w, k) => words[at + k] === w));
    if (found) return { kind: found.kind, aside: words.slice(0, at).join(' '), rest: words.slice(at + found.words.length).join(' ') };
  }
  return undefined;
}
