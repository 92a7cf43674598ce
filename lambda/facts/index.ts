/**
 * The recipe's facts, indexed for open questions: each step's sentences, tips and warnings; each
 * ingredient (amount, purpose, note, swaps); the equipment; the waits; the oven's settings and the
 * temperature inside; the reasons; the problems and their advice; the variations, the pairing and
 * the serving tip. A question is matched to the fact whose words share the most with its content
 * words (each weighted by how few facts use it, through the vocabulary's kitchen words and stems),
 * weighed up by the kind of fact the question wants and by the cook's place in the recipe.
 */
import {
  allIngredients,
  allSteps,
  groupOfIngredient,
  internalChecks,
  ovenPlan,
  problems,
  type Equipment,
  type Ingredient,
  type IngredientGroup,
  type OvenSetting,
  type PlacedStep,
  type Reason,
  type Recipe,
  type Troubleshooting,
  type Variation,
} from '../recipe';
import { isLengthWord, lengthIn } from './lengths';
import { numbersIn } from '../vocabulary/numbers';
import { contentStems, folded, namesOf, stem, STOP_WORDS, wordsOf, type Vocabulary, type Want } from '../vocabulary';

export type Fact =
  /** A sentence of a step's text, tip or warning, as written. */
  | { readonly kind: 'sentence'; readonly placed: PlacedStep; readonly text: string }
  | { readonly kind: 'ingredient'; readonly ingredient: Ingredient }
  /** What goes into one of the recipe's parts ("what's going in the glaze later"). */
  | { readonly kind: 'group'; readonly group: IngredientGroup }
  | { readonly kind: 'equipment'; readonly equipment: Equipment }
  | { readonly kind: 'wait'; readonly placed: PlacedStep }
  | { readonly kind: 'oven'; readonly setting: OvenSetting }
  | { readonly kind: 'inside'; readonly placed: PlacedStep }
  /** How a step's result looks when it is ready, as the recipe says it ("crackled and crisp"). */
  | { readonly kind: 'done'; readonly placed: PlacedStep }
  | { readonly kind: 'reason'; readonly reason: Reason }
  | { readonly kind: 'problem'; readonly entry: Troubleshooting }
  | { readonly kind: 'variation'; readonly variation: Variation }
  | { readonly kind: 'pairing' }
  | { readonly kind: 'serviceTip' };

interface Indexed {
  readonly fact: Fact;
  readonly stems: ReadonlySet<string>;
  /** The fact's own words as written, lower case, for the small words a question's form asks for ("with", "up"). */
  readonly words: readonly string[];
  /** The names of the thing the fact is about, compared whole: a question that is only a name ("what oil") means that thing. */
  readonly names: ReadonlySet<string>;
  /** The steps the fact belongs to, for weighing by the cook's place. */
  readonly stepIndexes: readonly number[];
  readonly phaseIds: readonly string[];
}

/** The kinds of fact each want weighs up. */
const WANTED: Readonly<Record<Want, readonly Fact['kind'][]>> = {
  amount: ['ingredient'],
  time: ['wait'],
  temperature: ['oven'],
  inside: ['inside'],
  reason: ['reason'],
  swap: ['ingredient', 'variation'],
  need: ['ingredient', 'equipment', 'group'],
  problem: ['problem'],
  serve: ['pairing', 'serviceTip'],
  how: ['sentence'],
  done: ['done', 'inside'],
  side: ['sentence'],
};

/** What a shared word a sentence says itself adds: only enough to settle a tie between neighbouring sentences. */
const OWN_WORDS_TIE = 0.01;

/** What a word of the question's form is worth when the fact says it: about one telling word. */
const FORM_WEIGHT = 1.5;

/** The least score a sentence needs for a timer's name to mean it: one telling word shared. */
const LENGTH_ENOUGH = 2;

/** Words said after a question's last real word ("what do I put it on again"). */
const AFTERWORDS = new Set(['again', 'please', 'then', 'tho', 'though', 'now', 'exactly', 'there', 'here']);

/**
 * The words a length written as a mark is said with ("8–10″" is "8 to 10 inches"), so a question
 * about inches or a distance finds the sentence that gives one.
 */
function lengthWords(sentence: string): string[] {
  return /\u2033/.test(sentence) ? ['inches'] : [];
}

/** Sentences of a written text. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?:])\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean);
}

export class FactIndex {
  private readonly facts: Indexed[] = [];
  private readonly df = new Map<string, number>();
  private readonly places: ReadonlySet<string>;
  /** The stems of the ingredients' names. */
  private readonly named = new Set<string>();
  /** Each part of the recipe's names, as stems: a question that names one part is not answered by an oven setting or a reason that names none of it. */
  private readonly phaseNames: readonly { readonly names: readonly string[][] }[];

  constructor(
    private readonly vocabulary: Vocabulary,
    readonly recipe: Recipe,
  ) {
    const names = (kind: Parameters<typeof namesOf>[2], id: string, own: readonly string[]) => namesOf(vocabulary, recipe, kind, id, own);
    const wantWords = (want: Want) => vocabulary.wants[want];
    this.places = new Set(vocabulary.places.flatMap((p) => contentStems(vocabulary, p)));
    this.phaseNames = recipe.phases.map((p) => ({ names: names('phase', p.id, [p.shortName]).map((n) => contentStems(vocabulary, n)) }));
    const steps = allSteps(recipe);
    const add = (fact: Fact, texts: readonly string[], stepIndexes: readonly number[] = [], phaseIds: readonly string[] = [], named: readonly string[] = []) => {
      const stems = new Set(texts.flatMap((t) => contentStems(vocabulary, t)));
      // Only the fact's first text is what it says out loud; the rest are words it is known by.
      const words = wordsOf((texts[0] ?? '').replace(/-/g, ' '));
      this.facts.push({ fact, stems, words, stepIndexes, phaseIds, names: new Set(named.map((n) => contentStems(vocabulary, n).join(' '))) });
    };
    for (const placed of steps) {
      const { step } = placed;
      const own = [...(step.topics ?? [])];
      for (const text of [step.text, ...(step.tips ?? []), ...(step.warnings ?? [])]) {
        for (const sentence of sentences(text)) add({ kind: 'sentence', placed, text: sentence }, [sentence, ...own, ...lengthWords(sentence)], [placed.index], [placed.phase.id]);
      }
      if (step.duration) {
        // What the wait is before (its check: "brush on the glaze and slice") names it too: "rest before slicing".
        add({ kind: 'wait', placed }, [...names('wait', step.id, [step.duration.label, ...(step.duration.aliases ?? [])]), step.text, step.duration.check ?? '', ...wantWords('time')], [placed.index], [placed.phase.id]);
      }
    }
    for (const setting of ovenPlan(recipe)) {
      const phase = setting.placed.phase;
      add({ kind: 'oven', setting }, [phase.title, phase.shortName, ...names('phase', phase.id, []), setting.alternative ?? '', ...wantWords('temperature')], [], [phase.id]);
    }
    for (const placed of internalChecks(recipe)) add({ kind: 'inside', placed }, [placed.step.text, ...wantWords('inside')], [placed.index], [placed.phase.id]);
    for (const placed of steps) {
      const { doneWhen } = placed.step;
      if (doneWhen) add({ kind: 'done', placed }, [doneWhen, placed.step.text, ...wantWords('done')], [placed.index], [placed.phase.id]);
    }
    // Before the ingredients: "what's going in the glaze" names the glaze as much as its syrup, and a tie goes to the whole.
    for (const group of recipe.ingredientGroups) add({ kind: 'group', group }, [...names('group', group.id, [group.name]), 'ingredients']);
    for (const ingredient of allIngredients(recipe)) {
      const uses = steps.filter((s) => s.step.ingredientIds?.includes(ingredient.id));
      const called = names('ingredient', ingredient.id, [ingredient.name]);
      for (const n of called) for (const st of contentStems(vocabulary, n)) this.named.add(st);
      add(
        { kind: 'ingredient', ingredient },
        [
          ...called,
          ingredient.purpose ?? '',
          ingredient.note ?? '',
          ...(ingredient.alternatives ?? []).flatMap((a) => [a.name, a.reason ?? '']),
          groupOfIngredient(recipe, ingredient.id)?.name ?? '',
        ],
        uses.map((s) => s.index),
        uses.map((s) => s.phase.id),
        called,
      );
    }
    for (const equipment of recipe.equipment) {
      const uses = steps.filter((s) => s.step.equipmentIds?.includes(equipment.id));
      const called = names('equipment', equipment.id, [equipment.name]);
      add({ kind: 'equipment', equipment }, [...called, equipment.purpose ?? ''], uses.map((s) => s.index), uses.map((s) => s.phase.id), called);
    }
    for (const reason of recipe.reasons) add({ kind: 'reason', reason }, [...names('reason', reason.id, [reason.topic]), reason.text]);
    for (const entry of problems(recipe)) {
      add({ kind: 'problem', entry }, [...names('problem', entry.id, [entry.problem]), entry.advice], [], entry.phaseIds ?? []);
    }
    for (const variation of recipe.variations) {
      const called = names('variation', variation.id, [variation.name]);
      add({ kind: 'variation', variation }, [...called, variation.text], [], [], called);
    }
    add({ kind: 'pairing' }, [recipe.pairing, ...wantWords('serve')]);
    add({ kind: 'serviceTip' }, [recipe.serviceTip, 'tip', 'finish', 'garnish', 'plate', 'present', 'serve', 'serving']);
    for (const f of this.facts) for (const s of f.stems) this.df.set(s, (this.df.get(s) ?? 0) + 1);
  }

  /** True when every word of the text that names anything is one the recipe's facts say. */
  knows(text: string): boolean {
    return contentStems(this.vocabulary, text).every((s) => this.df.has(s));
  }

  /** True when a word no fact says is said beside an ingredient's name ("cheap pancake syrup", "baking powder"): another kind of it. */
  namesOther(query: string): boolean {
    const said = wordsOf(query).map((w) => contentStems(this.vocabulary, w)[0]);
    return said.some((s, i) => s !== undefined && !this.df.has(s) && [said[i - 1], said[i + 1]].some((n) => n !== undefined && this.named.has(n)));
  }

  /** What the question's words want, by the vocabulary's want words (folded and stemmed like the rest). */
  wants(query: string): Want[] {
    return this.saying(query, this.vocabulary.wants);
  }

  /** What the question's words ask outright ("how long", "instead"), strongest first as the vocabulary lists them. */
  asks(query: string): Want[] {
    return this.saying(query, this.vocabulary.asks);
  }

  /**
   * What the question asks in a question's own form, a phrase of words ("how long", "what time"), not a
   * single word that may only name a thing ("the low heat" says "heat", no question of temperature).
   */
  asksInForm(query: string): Want[] {
    return this.saying(query, this.vocabulary.asks, (w) => w.includes(' '));
  }

  private saying(query: string, lists: Readonly<Partial<Record<Want, readonly string[]>>>, which: (w: string) => boolean = () => true): Want[] {
    const said = ` ${folded(this.vocabulary, query).map(stem).join(' ')} `;
    return (Object.keys(lists) as Want[]).filter((want) =>
      (lists[want] ?? []).some((w) => which(w) && said.includes(` ${folded(this.vocabulary, w).map(stem).join(' ')} `)),
    );
  }

  /**
   * The small words the question's form asks the answer to say: a closing "with", "in" or "on"
   * ("what do I dry it with"), and what its wants' answers say ("up or down" wants "up").
   */
  private formWords(query: string, wants: readonly Want[]): { endings: readonly string[]; says: readonly string[] } {
    const said = wordsOf(query);
    while (said.length && AFTERWORDS.has(said[said.length - 1] ?? '')) said.pop();
    const last = said[said.length - 1] ?? '';
    return {
      endings: said.length > 1 && this.vocabulary.endings.includes(last) ? [last] : [],
      says: wants.flatMap((w) => this.vocabulary.says[w] ?? []),
    };
  }

  /** True when the fact says the word with a thing after it ("with paper towels", "on a rack"). */
  private static saysWithThing(words: readonly string[], word: string): boolean {
    return words.some((w, i) => w === word && words.slice(i + 1, i + 3).some((next) => !STOP_WORDS.has(next)));
  }

  /**
   * The recipe's sentence that a timer's name fits and that says a length ("put a timer on for the
   * towel": "place the pork under a towel for 5 minutes"), with that length; the name's numbers and
   * units say nothing about which sentence is meant.
   */
  lengthSaid(name: string, at: PlacedStep | undefined): { readonly placed: PlacedStep; readonly text: string; readonly seconds: number } | undefined {
    const words = wordsOf(name);
    const numbered = new Set(numbersIn(words).flatMap((n) => Array.from({ length: n.end - n.start }, (_, k) => n.start + k)));
    const telling = words.filter((w, i) => !numbered.has(i) && !isLengthWord(w)).join(' ');
    if (contentStems(this.vocabulary, telling).length === 0) return undefined;
    for (const r of this.rank(telling, [], at)) {
      if (r.score < LENGTH_ENOUGH) break;
      if (r.fact.kind !== 'sentence' || r.shared === 0) continue;
      const seconds = lengthIn(r.fact.text);
      if (seconds) return { placed: r.fact.placed, text: r.fact.text, seconds };
    }
    return undefined;
  }

  private readonly own = new WeakMap<Indexed, ReadonlySet<string>>();

  /** A sentence's own content stems, without the neighbouring sentences' words its `stems` hold. */
  private ownStems(f: Indexed): ReadonlySet<string> {
    let stems = this.own.get(f);
    if (!stems) this.own.set(f, (stems = new Set(contentStems(this.vocabulary, f.words.join(' ')))));
    return stems;
  }

  /** How telling a word is: rarer words say more about which fact is meant. */
  private weight(s: string): number {
    return Math.log(1 + this.facts.length / (this.df.get(s) ?? this.facts.length));
  }

  /**
   * The facts that best fit a question, best first, with their scores. `wants` weigh facts of those
   * kinds up; `at` (the cook's step) weighs up facts of that step, then of its phase.
   */
  rank(query: string, wants: readonly Want[], at: PlacedStep | undefined, primary?: Want): { fact: Fact; score: number; shared: number }[] {
    const first = new Set(primary ? WANTED[primary] : []);
    const stems = contentStems(this.vocabulary, query).filter((s) => this.df.has(s));
    const kinds = new Set(wants.flatMap((w) => WANTED[w]));
    const key = contentStems(this.vocabulary, query).join(' ');
    // "what oil goes on the meat": a thing's name said with where it goes is still only its name.
    const bare = contentStems(this.vocabulary, query).filter((s) => !this.places.has(s)).join(' ');
    const form = this.formWords(query, wants);
    // "what heat on the cooker for the glaze": the glaze's own heat, never the roast's oven.
    const all = new Set(contentStems(this.vocabulary, query));
    const parts = this.phaseNames.filter((p) => p.names.some((n) => n.length && n.every((st) => all.has(st)))).flatMap((p) => p.names.flat());
    return this.facts
      .map((f) => {
        const shared = stems.filter((s) => f.stems.has(s));
        let score = shared.reduce((sum, s) => sum + this.weight(s), 0);
        // The question's form counts for sentences, the only facts said as written.
        if (f.fact.kind === 'sentence') {
          // A sentence's stems hold its neighbours' words too: of two that share as much, the one that says the words itself.
          score += OWN_WORDS_TIE * shared.filter((st) => this.ownStems(f).has(st)).length;
          if (form.endings.some((w) => FactIndex.saysWithThing(f.words, w))) score += FORM_WEIGHT;
          if (form.says.some((w) => f.words.includes(w))) score += FORM_WEIGHT;
        }
        // The kind of fact the question's form asks for, at the cook's step ("how will I know when ...", at the finish).
        if (at && first.has(f.fact.kind) && f.stepIndexes.includes(at.index) && (f.fact.kind === 'done' || f.fact.kind === 'sentence')) score += FORM_WEIGHT;
        if (score === 0) return { fact: f.fact, score, shared: 0 };
        // The question is only a thing's name ("what oil", "the ginger"): that thing.
        if ((key && f.names.has(key)) || (bare && bare !== key && f.names.has(bare))) score += 3;
        // What the question's own carrier asks ("why", "it's ...") counts for more than a word that hints.
        if (first.has(f.fact.kind)) score *= 2;
        else if (kinds.has(f.fact.kind)) score *= 1.5;
        // A problem's advice is for a cook who has one; a question that only shares its words is about something else.
        if (f.fact.kind === 'problem' && !wants.includes('problem')) score *= 0.6;
        if (parts.length && (f.fact.kind === 'oven' || f.fact.kind === 'reason') && !parts.some((st) => f.stems.has(st))) score *= 0.5;
        if (at) {
          if (f.stepIndexes.includes(at.index)) score = score * 1.5 + 0.5;
          else if (f.phaseIds.includes(at.phase.id)) score = score * 1.2 + 0.2;
        }
        return { fact: f.fact, score, shared: shared.length };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score);
  }
}

const INDEXES = new WeakMap<Recipe, FactIndex>();

/** The recipe's fact index, built once per recipe. */
export function factIndex(vocabulary: Vocabulary, recipe: Recipe): FactIndex {
  let index = INDEXES.get(recipe);
  if (!index) INDEXES.set(recipe, (index = new FactIndex(vocabulary, recipe)));
  return index;
}

export { numbersIn, type NumberSaid } from '../vocabulary/numbers';
export { secondsPer } from './lengths';
export { givesMeasure, isMeasure } from './measures';
export { convertTemperature, gasMark } from './conversions';
