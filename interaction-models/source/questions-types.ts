import { NOT_IN_RECIPE, SlotType } from '../../lambda/intents';
import { allIngredients, allSteps, problems, type Recipe } from '../../lambda/recipe';
import { DIET_WORDS, OTHER_DIETS, OTHER_EQUIPMENT, OTHER_INGREDIENTS, UNIT_WORDS, type Word } from './questions-vocabulary';
import { slotWords, type SlotTypeDef, type SlotValueDef } from './types';

/**
 * The question model's slot types, built from the recipe so that entity resolution ids are the
 * recipe's own ids (ingredient, step, reason, problem ids), plus the vocabulary of things a
 * recipe may not use, whose ids start with `not-in-recipe:`.
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

export function questionTypes(recipe: Recipe): SlotTypeDef[] {
  const steps = allSteps(recipe);
  const diets = [...new Set(allIngredients(recipe).flatMap((i) => (i.alternatives ?? []).map((a) => a.diet)).filter((d): d is string => !!d))];
  return [
    type(
      SlotType.Ingredient,
      allIngredients(recipe).map((i) => value(i.id, i.name, [...(i.synonyms ?? []), ...(i.alternatives ?? []).map((a) => a.name)])),
      OTHER_INGREDIENTS,
    ),
    type(SlotType.Group, recipe.ingredientGroups.map((g) => value(g.id, g.name, g.synonyms))),
    type(SlotType.Equipment, recipe.equipment.map((e) => value(e.id, e.name, e.synonyms)), OTHER_EQUIPMENT),
    type(
      SlotType.Diet,
      diets.map((d) => value(d, d, DIET_WORDS[d])),
      [...Object.entries(DIET_WORDS).filter(([d]) => !diets.includes(d)).flatMap(([, words]) => words), ...OTHER_DIETS],
    ),
    type(SlotType.Unit, Object.entries(UNIT_WORDS).map(([id, [first, ...rest]]) => value(id, first ?? id, rest))),
    type(
      SlotType.Timing,
      steps.flatMap((s) => (s.step.duration ? [value(s.step.id, s.step.duration.label, s.step.duration.synonyms)] : [])),
    ),
    type(SlotType.Reason, recipe.reasons.map((r) => value(r.id, r.topic, r.synonyms))),
    type(
      SlotType.Technique,
      steps.flatMap((s) => {
        const [first, ...rest] = s.step.topics ?? [];
        return first ? [value(s.step.id, first, rest)] : [];
      }),
    ),
    type(SlotType.Problem, problems(recipe).map((p) => value(p.id, p.problem, withDegrees(p.synonyms ?? [])))),
    type(SlotType.Variation, recipe.variations.map((v) => value(v.id, v.name, v.synonyms))),
  ];
}
