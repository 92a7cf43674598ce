import { NOT_IN_RECIPE, SlotType } from '../../lambda/intents';
import { type Recipe } from '../../lambda/recipe';
import { sayings, things, vocabularyFor, type ModelWords, type Vocabulary, type Word } from '../../lambda/vocabulary';
import { MODEL_WORDS } from '../../lambda/vocabulary/en/outside';
import { slotWords, type SlotTypeDef, type SlotValueDef } from './types';

/**
 * The question model's slot types: the recipe's things with their ids (ingredient, step, reason,
 * problem ids) and what cooks call them (lambda/vocabulary, read by the resolver too), plus the
 * vocabulary's things a recipe may not use, whose ids start with `not-in-recipe:`.
 */

/** A slot value as a cook says it: the slot rules' words, with hyphens said as spaces ("dairy free"). */
export function spoken(text: string): string {
  return slotWords(text.replace(/[’‘]/g, "'").replace(/[-–—]/g, ' ')).replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function value(id: string, name: string, synonyms: readonly string[] = []): SlotValueDef {
  const main = spoken(name);
  const others = [...new Set(synonyms.map(spoken))].filter((s) => s && s !== main);
  // The Skill Management API schema wants at least one synonym: "the garlic" is how it is said, too.
  return { id, name: { value: main, synonyms: others.length ? others : [`the ${main}`] } };
}

/** Values for words outside the recipe, leaving out any the recipe itself uses. */
function outside(words: readonly Word[], taken: readonly SlotValueDef[]): SlotValueDef[] {
  const used = new Set(taken.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]));
  return words.flatMap((word) => {
    const [first, ...rest] = (typeof word === 'string' ? [word] : word).map(spoken).filter((w) => !used.has(w));
    return first ? [value(`${NOT_IN_RECIPE}${first.replace(/\s+/g, '-')}`, first, rest)] : [];
  });
}

/** How people soften or stress a complaint: "the meat is tough" is also "the meat is really tough". */
const DEGREES = ['really', 'too', 'very', 'a bit', 'so', 'quite', 'still', 'kind of'];

/** A problem's ways of being said, with a degree word before a closing adjective ("is too runny"). */
function withDegrees(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => {
    const m = /^(.*\bis) ([a-z]+)$/.exec(p);
    return m && !DEGREES.some((d) => p.includes(` ${d} `)) ? [p, ...DEGREES.map((d) => `${m[1]} ${d} ${m[2]}`)] : [p];
  });
}

function type(name: string, own: SlotValueDef[], other: readonly Word[] = []): SlotTypeDef {
  return { name, values: [...own, ...outside(other, own)] };
}

/** One value per thing: its own name first, then what cooks call it, with other kitchens' words for them. */
function valuesOf(vocabulary: Vocabulary, list: readonly { id: string; names: readonly string[] }[], kitchen = true): SlotValueDef[] {
  return list.flatMap(({ id, names }) => {
    const [first, ...rest] = names.filter(Boolean);
    return first ? [value(id, first, kitchen ? sayings(vocabulary, rest.length ? [first, ...rest] : [first]) : rest)] : [];
  });
}

/**
 * A problem's words split at its verb: "crackling is soft" is the thing "crackling" and the state
 * "soft"; "skin won't puff" the thing "skin" and the state "puff".
 */
const AT_VERB = /^(?:the |my )?([a-z]+(?: [a-z]+)?) (?:is|isn't|is not|won't|didn't|hasn't|went|tastes|looks|are|aren't|keeps) (.+)$/;

/** Degrees (DEGREES) left out of the state values, to keep the model small: "very" is each state's synonym. */
const RARE_DEGREES = ['very', 'so', 'quite', 'kind of'];

/** What a cook looks at when something goes wrong, beside the things the recipe's problems name. */
const LOOKED_AT = ['rind', 'top', 'edges', 'bottom', 'middle', 'inside', 'fat', 'belly', 'pork belly', 'sauce', 'slices', 'corners', 'outside'];

/** How it looks when it goes wrong, beside the states the recipe's problems name ("the skin is starting to burn"). */
const SEEN = [
  'starting to burn', 'going to burn', 'about to burn', 'burning a bit', 'catching', 'smoking', 'going dark', 'getting dark', 'too dark',
  'dark', 'blackened', 'scorched', 'not crisp', 'not crunchy', 'not puffing up', 'not bubbling', 'not crackling', 'still soft',
  'still wet', 'pink', 'still pink', 'raw', 'not done', 'not cooked', 'stuck', 'sticking', 'greasy', 'oily', 'salty', 'too salty',
  'bitter', 'soapy', 'hard as rock', 'like leather', 'falling apart', 'burnt in places', 'not browning', 'pale',
];

/**
 * The two halves of a problem said as a statement (TroubleshootIntent's "my {problemThing} is
 * {problemState}"), from the recipe's problems; the handler puts them back together and resolves
 * the problem from both. A state the doneness dialogue knows as a cue ("golden", "some bits are
 * black") is left to it.
 */
function statementTypes(problem: SlotTypeDef, cueWords: ReadonlySet<string>): SlotTypeDef[] {
  const thingsSaid = new Set<string>(LOOKED_AT);
  const states = new Set<string>(SEEN);
  for (const v of problem.values) {
    for (const phrase of [v.name.value, ...(v.name.synonyms ?? [])]) {
      const m = AT_VERB.exec(phrase);
      if (!m?.[1] || !m[2] || /^(it|i|there)\b/.test(m[1])) continue;
      thingsSaid.add(m[1]);
      if (m[2].split(' ').length <= 4) states.add(m[2]);
    }
  }
  const slug = (w: string) => w.replace(/[^a-z]+/g, '-');
  return [
    { name: SlotType.ProblemThing, values: [...thingsSaid].map((t) => value(`thing-${slug(t)}`, t)) },
    // The commonest degrees only ("too runny", "a bit soft"); a state said with another still fills the slot, unlisted.
    {
      name: SlotType.ProblemState,
      values: [...states].filter((w) => !cueWords.has(w) && !RARE_DEGREES.some((d) => w.startsWith(`${d} `))).map((w) => value(`state-${slug(w)}`, w, [`very ${w}`])),
    },
  ];
}

export function questionTypes(recipe: Recipe, vocabulary: Vocabulary = vocabularyFor(), model: ModelWords = MODEL_WORDS): SlotTypeDef[] {
  const diets = [...new Set(things(vocabulary, recipe, 'ingredient').flatMap(({ item }) => (item.alternatives ?? []).map((a) => a.diet)).filter((d): d is string => !!d))];
  const problemType = type(SlotType.Problem, things(vocabulary, recipe, 'problem').map(({ id, names: [first, ...rest] }) => value(id, first ?? id, withDegrees(rest))));
  return [
    type(SlotType.Ingredient, valuesOf(vocabulary, things(vocabulary, recipe, 'ingredient')), model.otherIngredients),
    type(SlotType.Group, valuesOf(vocabulary, things(vocabulary, recipe, 'group'))),
    type(SlotType.Equipment, valuesOf(vocabulary, things(vocabulary, recipe, 'equipment')), model.otherEquipment),
    type(
      SlotType.Diet,
      diets.map((d) => value(d, d, model.diets[d])),
      [...Object.entries(model.diets).filter(([d]) => !diets.includes(d)).flatMap(([, words]) => words), ...model.otherDiets],
    ),
    type(SlotType.Unit, Object.entries(vocabulary.units).map(([id, [first, ...rest]]) => value(id, first ?? id, rest))),
    // A wait is asked about by what is done ("how long do I dry it"), not by its timer's short names.
    type(SlotType.Timing, valuesOf(vocabulary, things(vocabulary, recipe, 'wait').map((w) => ({ id: w.id, names: [w.item.step.duration?.label ?? '', ...w.names.slice(1 + (w.item.step.duration?.aliases?.length ?? 0))] })))),
    type(SlotType.Reason, valuesOf(vocabulary, things(vocabulary, recipe, 'reason'))),
    type(SlotType.Technique, valuesOf(vocabulary, things(vocabulary, recipe, 'technique'))),
    problemType,
    ...statementTypes(problemType, new Set(things(vocabulary, recipe, 'cue').flatMap(({ names }) => names.map(spoken)))),
    type(SlotType.Variation, valuesOf(vocabulary, things(vocabulary, recipe, 'variation'), false)),
  ];
}
