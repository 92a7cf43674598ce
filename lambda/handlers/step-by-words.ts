import { allSteps, firstStepOfPhase, type PlacedStep, type Recipe } from '../recipe';
import { actionStems, contentStems, phraseKey, resolveWords, things, vocabularyFor, wordsOf, type Named, type Vocabulary } from '../vocabulary';
import { numbersIn } from '../vocabulary/numbers';

/**
 * "go back to the preheat step", "the tent with foil bit in section four", "what did it say about
 * the oven again": a cook reading the printed recipe, or remembering it, names a step by what it
 * says, or a part of the recipe by its name or its printed number. Each step is named by its own
 * text, its techniques, its wait, and the words cooks use for what its text asks for ("pairing"
 * for a step that says "serve with": the vocabulary's wants), and the cook's words are weighed
 * against them the way the resolver weighs a slot's words (lambda/vocabulary/resolve.ts): a word
 * few steps share counts for more.
 */
/** A step named by what it says, and those names' content stems, worked out once per recipe. */
interface StepNames extends Named<PlacedStep> {
  readonly stems: ReadonlySet<string>;
  /** The stems of what the step is for: its action, techniques and wait, not words its text only mentions. */
  readonly keys: ReadonlySet<string>;
}

const NAMED = new WeakMap<Recipe, readonly StepNames[]>();

function stepsByWhatTheySay(recipe: Recipe): readonly StepNames[] {
  let named = NAMED.get(recipe);
  if (!named) {
    const vocabulary = vocabularyFor();
    named = allSteps(recipe).map((placed) => {
      const names = [
        placed.step.text,
        ...(placed.step.topics ?? []),
        ...(placed.step.duration ? [placed.step.duration.label] : []),
        ...wantWordsIn(vocabulary, placed.step.text),
      ];
      // What the step is for: the verb it opens with, its techniques, its wait and the wait's other names ("tempering").
      const keys = [wordsOf(placed.step.text)[0] ?? '', ...(placed.step.topics ?? []), ...(placed.step.duration ? [placed.step.duration.label, ...(placed.step.duration.aliases ?? [])] : [])];
      const stems = (list: string[]) => new Set(list.flatMap((n) => contentStems(vocabulary, n)));
      return { id: placed.step.id, item: placed, names, stems: stems([...names, ...keys]), keys: stems(keys) };
    });
    NAMED.set(recipe, named);
  }
  return named;
}

/**
 * The words cooks use for what a step's action asks for: "pair" and "sides" for a step that starts
 * "Serve with ...". Only the action the step opens with, so a step that merely mentions the oven
 * does not take every word for temperatures.
 */
function wantWordsIn(vocabulary: Vocabulary, text: string): string[] {
  const action = contentStems(vocabulary, wordsOf(text)[0] ?? '')[0];
  if (!action) return [];
  return Object.values(vocabulary.wants).filter((group) => group.some((w) => contentStems(vocabulary, w).join(' ') === action)).flat();
}

/**
 * Words that say how to move or where on the page ("go back to the ... bit again", "in section
 * four", "the tablet says"), not what the step is about: left out before the steps are weighed, so
 * "the simmer step" is the step that simmers, not every step.
 */
const MOVING = new Set([
  'step', 'steps', 'bit', 'bits', 'part', 'parts', 'section', 'sections', 'stage', 'one', 'again', 'go', 'there', 'now',
  'back', 'straight', 'want', 'read', 'repeat', 'missed', 'miss', 'catch', 'caught', 'say', 'says', 'said', 'tablet',
  'recipe', 'printout', 'page', 'screen', 'book', 'instruction', 'instructions', 'where', 'yall', 'take', 'skip', 'jump',
  'again', 'start', 'from', 'tell', 'remind', 'hear', 'think', 'sorry', 'wait', 'hang', 'hold', 'okay', 'please',
  'down', 'up', 'ahead', 'on', 'over', 'bout', 'about', 'did', 'was', 'that', 'this', 'me', 'i', 'it', 'you',
]);

/** Words before a printed part's number: "section four", "part two". */
const PART_WORDS = new Set(['section', 'part', 'stage']);

/** A step's weight within this share of the best is as good a fit: the nearer one is taken. */
const CLOSE = 0.75;
/** The least weight for a step to fit: one word that only a few steps use. */
const ENOUGH = 0.25;

/** Words before a part word that mean the cook's own part or one beside it: "the start of this section", "the next section". */
const THIS_PART: Readonly<Record<string, number>> = { this: 0, current: 0, same: 0, next: 1, following: 1, previous: -1 };

/** The printed part the words name by number ("in section four") or as the cook's own, and the words without it. */
function partNamed(recipe: Recipe, said: readonly string[], current: number | null): { phase?: number; rest: string[] } {
  // "this section", or "this" ending the words when the model's carrier held the part word ("back to the {phase} section").
  const own = said.findIndex((w, i) => THIS_PART[w] !== undefined && (PART_WORDS.has(said[i + 1] ?? '') || i === said.length - 1));
  const here = current === null ? -1 : recipe.phases.findIndex((p) => p.id === allSteps(recipe)[current]?.phase.id);
  const ownPhase = here < 0 ? -1 : here + (THIS_PART[said[own] ?? ''] ?? 0);
  if (own >= 0 && ownPhase >= 0 && ownPhase < recipe.phases.length) return { phase: ownPhase, rest: [...said.slice(0, own), ...said.slice(own + 2)] };
  for (const n of numbersIn(said)) {
    if (!PART_WORDS.has(said[n.start - 1] ?? '') || n.value < 1 || n.value > recipe.phases.length) continue;
    return { phase: n.value - 1, rest: [...said.slice(0, n.start - 1), ...said.slice(n.end)] };
  }
  return { rest: [...said] };
}

/** How well each step fits the words: the shared words, each weighted by how few steps use it. */
function weighed(vocabulary: Vocabulary, steps: readonly StepNames[], words: string, actions: readonly string[] = []): { step: PlacedStep; score: number; rank: number; shared: number }[] {
  // What the cook says a step does, in their words ("put it in the tin"), as the recipe's verb ("place").
  const said = [...new Set([...contentStems(vocabulary, words), ...actions])];
  const users = (stem: string) => steps.filter((s) => s.stems.has(stem)).length;
  return steps
    .map((s) => {
      const shared = said.filter((w) => s.stems.has(w));
      const score = (key: number) => shared.reduce((sum, w) => sum + (s.keys.has(w) ? key : 1) / users(w), 0);
      // Ranked, "the resting step" is the step that rests, not the one that rests "while the pork rests": what a step is for counts twice.
      return { step: s.item, score: score(1), rank: score(2), shared: shared.length };
    })
    // A third of the words must fit, as the resolver asks: a long run sharing one word is about something else.
    .filter((s) => s.score >= ENOUGH && s.shared * 3 >= said.length)
    .sort((a, b) => b.rank - a.rank);
}

/**
 * The step the words send the cook to, as an index, or undefined when they name none. A part named
 * outright ("the glaze part", "the drying section", "section four") is its first step, unless the
 * cook said "step", or a step fits more of the words ("the bit about seasoning the meat" is the
 * seasoning step, not the prep part that "seasoning" also names) or by a word only it uses; steps that fit about as well go to the one nearest the
 * cook's step, the earlier on a tie: a cook asking again is most often asking about what they just did.
 */
export function placeFromWords(recipe: Recipe, words: string, current: number | null): number | undefined {
  const vocabulary = vocabularyFor();
  const said = wordsOf(words);
  // "the very last step", "the final step": the recipe's last ("the last step" alone is the one before, PreviousStepIntent).
  if (said.includes('final') || said.join(' ').includes('very last')) return allSteps(recipe).length - 1;
  const part = partNamed(recipe, said, current);
  const content = part.rest.filter((w) => !MOVING.has(w)).join(' ');
  const inPart = part.phase === undefined ? undefined : recipe.phases[part.phase]?.id;
  const candidates = stepsByWhatTheySay(recipe).filter((s) => !inPart || s.item.phase.id === inPart);
  const fits = content ? weighed(vocabulary, candidates, content, actionStems(vocabulary, part.rest.join(' '))) : [];
  const phase = content && !inPart ? resolveWords(vocabulary, things(vocabulary, recipe, 'phase'), content) : undefined;
  const phaseName = phase?.kind === 'found' && phase.by === 'name' && phase.items.length === 1 ? phase.items[0] : undefined;
  if (phaseName) {
    const nameWords = Math.max(...phaseName.names.filter((n) => content.includes(wordsOf(n).join(' '))).map((n) => contentStems(vocabulary, n).length), 1);
    // A part's name wins unless the cook said "step", or a step fits more of the words, or fits by a
    // word only it uses ("the tent with foil bit"); a part named whole ("slice and serve") always does.
    const whole = phaseName.names.some((n) => phraseKey(vocabulary, n) === phraseKey(vocabulary, content));
    const stepFits = fits[0] && (said.includes('step') || (!whole && (fits[0].shared > nameWords || fits[0].score >= 1)));
    if (!stepFits) {
      // "seasoning the glaze": the part named, and the step in it that its other words name, if any.
      const named = new Set(phaseName.names.flatMap((n) => contentStems(vocabulary, n)));
      const other = whole ? [] : contentStems(vocabulary, content).filter((w) => !named.has(w));
      const inIt = other.length ? weighed(vocabulary, candidates.filter((s) => s.item.phase.id === phaseName.id), '', other)[0] : undefined;
      return inIt?.step.index ?? firstStepOfPhase(recipe, phaseName.id);
    }
  }
  const [best] = fits;
  if (!best) return inPart ? firstStepOfPhase(recipe, inPart) : undefined;
  const here = current ?? 0;
  const close = fits.filter((f) => f.rank >= best.rank * CLOSE);
  const distance = (f: { step: PlacedStep }) => Math.abs(f.step.index - here) + (f.step.index > here ? 0.5 : 0);
  return close.sort((a, b) => distance(a) - distance(b))[0]?.step.index;
}

/** The one step the words describe, or undefined when none does or two fit about as well. */
export function stepFromWords(recipe: Recipe, words: string): PlacedStep | undefined {
  const resolved = resolveWords(vocabularyFor(), stepsByWhatTheySay(recipe), words);
  return resolved.kind === 'found' && resolved.items.length === 1 ? resolved.items[0]?.item : undefined;
}

