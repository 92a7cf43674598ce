/**
 * What a cook says rather than asks, read against the step they are on (issue 11): "i brushed it
 * all on" at the glazing step is that step done; "mine came already scored" skips the scoring;
 * "thermometer says a hundred and forty" is a reading; "the skin's still kinda wet" is a worry the
 * recipe's advice answers. The reader decides which, from the words the statement shares with the
 * step's own text (its action, its doneness cue, its ingredients and equipment) and from the kinds
 * of word in the vocabulary's `statements`; it never decides what to say (handlers and speech do).
 */
import { allSteps, ingredientById, stepAt, type Alternative, type Ingredient, type PlacedStep, type Recipe, type Shortcut } from '../recipe';
import { contentStems, resolveWords, stem, things, wordsOf, type Vocabulary } from '../vocabulary';
import { numbersIn } from '../vocabulary/numbers';

/** Why a step may be skipped, as the recipe allows it: the cook's words name one of these. */
export type SkipNote =
  | { readonly kind: 'optional'; readonly ingredient: Ingredient }
  | { readonly kind: 'swap'; readonly ingredient: Ingredient; readonly alternative: Alternative }
  | { readonly kind: 'shortcut'; readonly shortcut: Shortcut }
  | { readonly kind: 'oven'; readonly alternative: string };

export type StatementRead =
  /** A question inside the statement: answered as the question. */
  | { readonly kind: 'question' }
  /** A thermometer reading said as a statement. */
  | { readonly kind: 'reading'; readonly value: number; readonly unit: 'F' | 'C' }
  /** The step's action is done (or the cook says to move on): the next step. */
  | { readonly kind: 'done'; readonly placed: PlacedStep }
  /** The step is skipped, or done another way the recipe allows: `to` is where the cook goes. */
  | { readonly kind: 'skip'; readonly placed: PlacedStep; readonly to: PlacedStep | undefined; readonly note?: SkipNote }
  /** The statement is about the step but does not say it is done: what the step's cue is. */
  | { readonly kind: 'cue'; readonly placed: PlacedStep }
  /** "my oven only goes up to four seventy five": an oven short of the step's heat, which the recipe gives another setting for. */
  | { readonly kind: 'ovenShort'; readonly placed: PlacedStep; readonly alternative: string }
  /** Something seen that worries the cook: the recipe's advice (the open answer's problem ranking). */
  | { readonly kind: 'worry' }
  /** The cook is taken away for now ("I'm on the phone"): the place is kept, as for "hold on". */
  | { readonly kind: 'away' };

/** A stem in this many steps' words or more says nothing about which step ("skin", "pork"). */
const COMMON_IN_STEPS = 4;

/** Words said before the telling word that carry nothing about the action ("it all on", "everything's in"). */
const LEADING = new Set(['it', 'its', 'them', 'that', 'this', 'all', 'everything', 'the', 'my', 'mine', 'is', 'are', 'was', 'now', 'so', 'and', 'okay', 'ok', 'well']);

const READING_RANGE = { min: 30, max: 212 };

/** Whole-word phrase test over spoken words (each phrase read with the same wordsOf). */
function saysAny(said: string, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => said.includes(` ${wordsOf(p).join(' ')} `));
}

const STEP_STEMS = new WeakMap<Recipe, { own: readonly ReadonlySet<string>[]; common: ReadonlySet<string> }>();

/** Each step's own words as stems (text, topics, doneness cue, cue names, ingredients, equipment), and those too common to tell. */
function stepStems(vocabulary: Vocabulary, recipe: Recipe): { own: readonly ReadonlySet<string>[]; common: ReadonlySet<string> } {
  let cached = STEP_STEMS.get(recipe);
  if (!cached) {
    const own = allSteps(recipe).map(({ step }) => {
      const texts = [
        step.text,
        ...(step.topics ?? []),
        step.doneWhen ?? '',
        ...(step.cues ?? []).filter((c) => c.verdict === 'ready').map((c) => c.id),
        ...(step.ingredientIds ?? []).map((id) => ingredientById(recipe, id)?.name ?? ''),
        ...(step.equipmentIds ?? []).map((id) => recipe.equipment.find((e) => e.id === id)?.name ?? ''),
      ];
      return new Set(texts.flatMap((t) => contentStems(vocabulary, t)));
    });
    const count = new Map<string, number>();
    for (const set of own) for (const s of set) count.set(s, (count.get(s) ?? 0) + 1);
    cached = { own, common: new Set([...count].filter(([, n]) => n >= COMMON_IN_STEPS).map(([s]) => s)) };
    STEP_STEMS.set(recipe, cached);
  }
  return cached;
}

/** What the words name that lets the step go: an optional ingredient, a swap, the wait's shortcut, the oven's other setting. */
function skipNote(vocabulary: Vocabulary, recipe: Recipe, placed: PlacedStep, words: string): SkipNote | undefined {
  const { step } = placed;
  const stems = new Set(contentStems(vocabulary, words));
  const shares = (text: string) => contentStems(vocabulary, text).some((s) => stems.has(s));
  for (const id of step.ingredientIds ?? []) {
    const ingredient = ingredientById(recipe, id);
    if (!ingredient) continue;
    // The swap's own words, not the ones it shares with the ingredient ("neutral oil" for the butter; not "oil" for "grapeseed oil").
    const ownName = new Set(contentStems(vocabulary, ingredient.name));
    const swap = ingredient.alternatives?.find((a) => contentStems(vocabulary, a.name).some((s) => !ownName.has(s) && stems.has(s)));
    if (swap) return { kind: 'swap', ingredient, alternative: swap };
  }
  const named = resolveWords(vocabulary, things(vocabulary, recipe, 'ingredient'), words);
  const ingredient = named.kind === 'found' ? named.items.map((t) => t.item).find((i) => step.ingredientIds?.includes(i.id)) : undefined;
  if (ingredient?.optional || ingredient?.toTaste) return { kind: 'optional', ingredient };
  if (step.duration?.shortcut && shares(step.duration.shortcut.text)) return { kind: 'shortcut', shortcut: step.duration.shortcut };
  if (step.ovenAlternative && shares(step.ovenAlternative)) return { kind: 'oven', alternative: step.ovenAlternative };
  return undefined;
}

/** Where a skip goes: past the part the cook names when it is the part they are in ("skip the fridge part"), else the next step. */
function skipTo(vocabulary: Vocabulary, recipe: Recipe, placed: PlacedStep, words: string): PlacedStep | undefined {
  const phase = resolveWords(vocabulary, things(vocabulary, recipe, 'phase'), words);
  const steps = allSteps(recipe);
  const part = saysAny(` ${wordsOf(words).join(' ')} `, vocabulary.statements.part);
  if (part && phase.kind === 'found' && phase.items.length === 1 && phase.items[0]?.item.id === placed.phase.id) {
    return steps.find((s) => s.index > placed.index && s.phase.id !== placed.phase.id);
  }
  return stepAt(recipe, placed.index + 1);
}

/**
 * Reads a statement at the cook's step; undefined when it says nothing the reader can act on
 * (the open answer then finds what the recipe says about it).
 */
export function readStatement(vocabulary: Vocabulary, recipe: Recipe, placed: PlacedStep | undefined, spoken: string): StatementRead | undefined {
  const kinds = vocabulary.statements;
  const all = wordsOf(spoken);
  if (!all.length) return undefined;
  const said = ` ${all.join(' ')} `;
  // "what's after this" asks to move on; any other question word makes it a question.
  const moveOn = saysAny(said, kinds.moveOn);
  const rest = moveOn ? said.split(` ${wordsOf(moveOn).join(' ')} `).join(' ') : said;
  // A reading first: "thermometer says one fifty two so we're good right" is judged, not asked about.
  const number = numbersIn(all).find((n) => n.value >= READING_RANGE.min && n.value <= READING_RANGE.max);
  if (number && (saysAny(said, kinds.reading) || placed?.step.internalTemp)) {
    return { kind: 'reading', value: number.value, unit: number.value < 100 ? 'C' : 'F' };
  }
  if (saysAny(rest, kinds.question)) return { kind: 'question' };
  // "don't move on", "do not go on yet": a move refused keeps the place, like a hold ("i'm not done with this one").
  if (saysAny(said, kinds.away) || (moveOn && /\b(dont|not)$/.test(said.split(` ${wordsOf(moveOn).join(' ')} `)[0]!))) return { kind: 'away' };
  if (!placed) return undefined;
  const { ovenTemp, ovenAlternative } = placed.step;
  const oven = numbersIn(all).find((n) => ovenTemp && n.value > READING_RANGE.max && n.value < ovenTemp.f.min);
  if (oven && ovenAlternative) return { kind: 'ovenShort', placed, alternative: ovenAlternative };

  const { own, common } = stepStems(vocabulary, recipe);
  const stepWords = own[placed.index] ?? new Set<string>();
  const stems = contentStems(vocabulary, spoken);
  const telling = stems.filter((s) => stepWords.has(s) && !common.has(s));
  const worried = saysAny(said, kinds.notYet);

  const skipping = () => ({ kind: 'skip', placed, to: skipTo(vocabulary, recipe, placed, spoken), note: skipNote(vocabulary, recipe, placed, spoken) }) as const;
  if (saysAny(said, kinds.skip)) return skipping();
  if (moveOn) return { kind: 'done', placed };
  // "starting to bubble already" is a worry; "came already scored" names the step's own action.
  if (worried) return { kind: 'worry' };
  if (saysAny(said, kinds.already) && telling.length > 0) return skipping();

  const first = all.findIndex((w) => !LEADING.has(w));
  const opening = first < 0 ? '' : ` ${all.slice(first).join(' ')} `;
  const doneFirst = kinds.doneFirst.some((p) => opening.startsWith(` ${wordsOf(p).join(' ')} `));
  // The step's own verb said as done ("i brushed", "all sliced up") is the step done.
  const doneVerb = all.some((w) => /ed$/.test(w) && telling.includes(stem(w)));
  const doneWord = saysAny(said, kinds.done);
  if (doneFirst || (telling.length > 0 && (doneWord || doneVerb))) return { kind: 'done', placed };
  // Only about the step ("just checked the simmer"): every word the step's own. A statement with words of its own is about something else.
  if (telling.length > 0 && stems.every((s) => stepWords.has(s))) return { kind: 'cue', placed };
  return undefined;
}
