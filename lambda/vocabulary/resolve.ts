/**
 * The one resolver from a slot's words to a recipe thing. Alexa's entity resolution comes first
 * (the handler passes the ids it matched); when it matched nothing, the words as spoken are
 * compared with each thing's names here:
 * 1. the whole phrase is one of a thing's names (kitchen words folded, stems compared);
 * 2. else a name said inside the phrase: the longest, then the one said first ("oil on the meat
 *    side" is the oil), every thing sharing that very name ("salt" is three salts);
 * 3. else the words shared with a thing's names, each weighted by how few things use it, when
 *    they are at least a third of the words said; two things that fit about as well are both
 *    named, so the cook is asked which.
 * Nothing fits only when no word the cook said is one of any thing's words.
 */
import { allIngredients, allSteps, stepsWithDuration, type DonenessCue, type Equipment, type Ingredient, type IngredientGroup, type Phase, type PlacedStep, type Reason, type Recipe, type Troubleshooting, type Variation } from '../recipe';
import { problems } from '../recipe';
import type { ThingKind, Vocabulary } from './types';
import { contentStems, phraseKey } from './words';

/** A recipe thing with every name a cook may call it; the first is the recipe's own. */
export interface Named<T> {
  readonly id: string;
  readonly item: T;
  readonly names: readonly string[];
}

export type Resolution<T> =
  /** One thing, or several that share the very name the cook said ("salt"). */
  | {
      readonly kind: 'found';
      readonly items: readonly Named<T>[];
      /** 'name' when a name was said; 'words' when only some of the words fit (an answer should say it is the nearest). */
      readonly by: 'name' | 'words';
    }
  /** Two things fit about as well: ask which, naming both. */
  | { readonly kind: 'which'; readonly items: readonly [Named<T>, Named<T>] }
  | { readonly kind: 'none' };

/** The recipe record each kind of thing resolves to. */
export interface ThingOf {
  ingredient: Ingredient;
  group: IngredientGroup;
  equipment: Equipment;
  phase: Phase;
  wait: PlacedStep;
  reason: Reason;
  problem: Troubleshooting;
  variation: Variation;
  cue: { readonly cue: DonenessCue; readonly at: PlacedStep };
  technique: PlacedStep;
}

/** The vocabulary's words for one thing, after the recipe's own names. */
export function namesOf(vocabulary: Vocabulary, recipe: Recipe, kind: ThingKind, id: string, own: readonly string[]): string[] {
  const words = vocabulary.recipes[recipe.id]?.[kind]?.[id] ?? [];
  return [...new Set([...own, ...words])];
}

const CACHE = new WeakMap<Recipe, Map<string, readonly Named<unknown>[]>>();

/** Every thing of a kind in the recipe, with its names. */
export function things<K extends keyof ThingOf>(vocabulary: Vocabulary, recipe: Recipe, kind: K): readonly Named<ThingOf[K]>[] {
  let byKind = CACHE.get(recipe);
  if (!byKind) CACHE.set(recipe, (byKind = new Map()));
  const key = `${kind}`;
  let list = byKind.get(key);
  if (!list) {
    list = build(vocabulary, recipe, kind);
    byKind.set(key, list);
  }
  return list as readonly Named<ThingOf[K]>[];
}

function build(vocabulary: Vocabulary, recipe: Recipe, kind: keyof ThingOf): readonly Named<unknown>[] {
  const named = <T>(id: string, item: T, own: readonly string[], as: ThingKind = kind as ThingKind): Named<T> => ({
    id,
    item,
    names: namesOf(vocabulary, recipe, as, id, own),
  });
  switch (kind) {
    case 'ingredient':
      return allIngredients(recipe).map((i) => named(i.id, i, [i.name, ...(i.alternatives ?? []).map((a) => a.name)]));
    case 'group':
      return recipe.ingredientGroups.map((g) => named(g.id, g, [g.name]));
    case 'equipment':
      return recipe.equipment.map((e) => named(e.id, e, [e.name]));
    case 'phase':
      return recipe.phases.map((p) => named(p.id, p, [p.title, p.shortName]));
    case 'wait':
      return stepsWithDuration(recipe).map((s) => named(s.step.id, s, [s.step.duration?.label ?? '', ...(s.step.duration?.aliases ?? [])]));
    case 'reason':
      return recipe.reasons.map((r) => named(r.id, r, [r.topic]));
    case 'problem':
      return problems(recipe).map((p) => named(p.id, p, [p.problem]));
    case 'variation':
      return recipe.variations.map((v) => named(v.id, v, [v.name]));
    case 'cue':
      return allSteps(recipe).flatMap((at) => (at.step.cues ?? []).map((cue) => named(cue.id, { cue, at }, [])));
    case 'technique':
      return allSteps(recipe).filter((s) => s.step.topics?.length).map((s) => named(s.step.id, s, s.step.topics ?? []));
  }
}

/** Where a name's words occur in the phrase's words, as a run; -1 when they don't. */
function runAt(phrase: readonly string[], name: readonly string[]): number {
  if (name.length === 0 || name.length > phrase.length) return -1;
  for (let i = 0; i + name.length <= phrase.length; i++) if (name.every((w, k) => phrase[i + k] === w)) return i;
  return -1;
}

/** How well two fits compare: within this share of the best, the second is a fit too. */
const CLOSE = 0.75;
/** The least weight of shared words for a fit by words: one word that only a few things use. */
const ENOUGH = 0.5;

interface Keyed<T> {
  readonly c: Named<T>;
  /** Each name as compared whole. */
  readonly keys: readonly string[];
  /** The stems of all its names' content words. */
  readonly stems: ReadonlySet<string>;
}

/** The names worked out once per list of things: a turn compares a slot against hundreds of names. */
const KEYED = new WeakMap<readonly Named<unknown>[], readonly Keyed<unknown>[]>();

function keyedOf<T>(vocabulary: Vocabulary, candidates: readonly Named<T>[]): readonly Keyed<T>[] {
  let keyed = KEYED.get(candidates) as readonly Keyed<T>[] | undefined;
  if (!keyed) {
    keyed = candidates.map((c) => ({
      c,
      keys: c.names.map((n) => phraseKey(vocabulary, n)).filter(Boolean),
      stems: new Set(c.names.flatMap((n) => contentStems(vocabulary, n))),
    }));
    KEYED.set(candidates, keyed);
  }
  return keyed;
}

export function resolveWords<T>(vocabulary: Vocabulary, candidates: readonly Named<T>[], spoken: string): Resolution<T> {
  const key = phraseKey(vocabulary, spoken);
  if (!key) return { kind: 'none' };
  const keyed = keyedOf(vocabulary, candidates);

  const exact = keyed.filter(({ keys }) => keys.includes(key)).map(({ c }) => c);
  if (exact.length) return { kind: 'found', items: exact, by: 'name' };

  const said = key.split(' ');
  let best: { length: number; at: number; name: string } | undefined;
  const inside: { c: Named<T>; length: number; at: number; name: string }[] = [];
  for (const { c, keys } of keyed) {
    for (const k of keys) {
      const words = k.split(' ');
      const at = runAt(said, words);
      if (at < 0) continue;
      inside.push({ c, length: words.length, at, name: k });
      if (!best || words.length > best.length || (words.length === best.length && at < best.at)) best = { length: words.length, at, name: k };
    }
  }
  if (best) {
    const top = best;
    const items = [...new Set(inside.filter((i) => i.name === top.name && i.at === top.at).map((i) => i.c))];
    return { kind: 'found', items, by: 'name' };
  }

  const stems = contentStems(vocabulary, spoken);
  const users = (s: string) => keyed.filter((t) => t.stems.has(s)).length;
  const scored = keyed
    .map(({ c, stems: own }) => ({ c, score: stems.filter((s) => own.has(s)).reduce((sum, s) => sum + 1 / users(s), 0) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < ENOUGH) return { kind: 'none' };
  // A long run of words that shares one word with a thing is about something else ("glaze should I
  // brush on, I don't want it soggy" is not the glaze's salt): a third of the words must fit.
  const fitting = stems.filter((s) => first.c && keyed.find((k) => k.c === first.c)?.stems.has(s)).length;
  if (fitting * 3 < stems.length) return { kind: 'none' };
  if (second && second.score >= first.score * CLOSE) return { kind: 'which', items: [first.c, second.c] };
  return { kind: 'found', items: [first.c], by: 'words' };
}
