import type { HandlerInput } from 'ask-sdk-core';
import { buildModel } from '../../interaction-models/source';
import { expand } from '../../interaction-models/source/expand';
import { NOT_IN_RECIPE, SlotType } from '../../lambda/intents';
import {
  allIngredients,
  mentionOf,
  porkBelly,
  problems,
  relatedIngredients,
} from '../../lambda/recipe';
import { convertsFor, hasUnits, toMillilitres } from '../../lambda/speech';
import { readTopic } from '../../lambda/state/last-topic';
import { porkBellyWords } from '../../lambda/vocabulary/en/pork-belly';

describe('sample templates', () => {
  it('expand every choice, optional parts included, with tidy spaces', () => {
    expect(expand('how much (salt|pepper) [do I need|goes in]')).toEqual([
      'how much salt do I need', 'how much salt goes in', 'how much salt',
      'how much pepper do I need', 'how much pepper goes in', 'how much pepper',
    ]);
    expect(expand('(a (b|c)|d)')).toEqual(['a b', 'a c', 'd']);
  });
});

describe('the question slot types', () => {
  const types = buildModel().interactionModel.languageModel.types;
  const idsOf = (typeName: string, said: string) =>
    types
      .find((t) => t.name === typeName)!
      .values.filter((v) => v.name.value === said || v.name.synonyms?.includes(said))
      .map((v) => v.id);

  it.each([
    ['bicarb', 'baking-soda'], ['bicarbonate of soda', 'baking-soda'], ['soy', 'soy-sauce'], ['tamari', 'soy-sauce'],
    ['acv', 'cider-vinegar'], ['mustard', 'dijon-mustard'], ['grapeseed', 'neutral-oil'], ['canola', 'neutral-oil'],
    ['syrup', 'maple-syrup'],
  ])('resolve "%s" to the recipe id %s', (said, id) => {
    expect(idsOf(SlotType.Ingredient, said)).toEqual([id]);
  });

  it('resolve "salt" to every salt the recipe uses', () => {
    expect(idsOf(SlotType.Ingredient, 'salt').sort()).toEqual(['flaky-salt', 'kosher-salt', 'sea-salt']);
  });

  it('know common ingredients the recipe does not use, and never shadow a recipe name', () => {
    for (const word of ['garlic', 'honey', 'sugar']) expect(idsOf(SlotType.Ingredient, word)).toEqual([`${NOT_IN_RECIPE}${word}`]);
    const outside = types.find((t) => t.name === SlotType.Ingredient)!.values.filter((v) => v.id.startsWith(NOT_IN_RECIPE));
    const recipeNames = new Set(allIngredients(porkBelly).flatMap((i) => [i.name.toLowerCase(), ...(porkBellyWords.ingredient?.[i.id] ?? [])]));
    expect(outside.filter((v) => recipeNames.has(v.name.value)).map((v) => v.name.value)).toEqual([]);
  });

  it('give every problem at least five ways of being said', () => {
    for (const p of problems(porkBelly)) expect({ id: p.id, enough: (porkBellyWords.problem?.[p.id] ?? []).length >= 5 }).toEqual({ id: p.id, enough: true });
  });
});

describe('question data', () => {
  const phaseIds = new Set(porkBelly.phases.map((p) => p.id));
  const ingredientIds = new Set(allIngredients(porkBelly).map((i) => i.id));

  it('links problems and reasons only to phases and ingredients the recipe has', () => {
    const ids = problems(porkBelly).map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const p of problems(porkBelly)) {
      for (const id of [...(p.phaseIds ?? []), ...(p.byPhase ?? []).flatMap((b) => b.phaseIds)]) expect({ p: p.id, id, ok: phaseIds.has(id) }).toMatchObject({ ok: true });
    }
    for (const r of porkBelly.reasons) for (const id of r.ingredientIds ?? []) expect(ingredientIds.has(id)).toBe(true);
  });
});

describe('question lookups', () => {
  it('find where the recipe mentions something it does not list, by whole words only', () => {
    const foil = mentionOf(porkBelly, 'foil');
    expect(foil?.kind === 'step' && foil.placed.step.id).toBe('rest');
    expect(mentionOf(porkBelly, 'towel')?.kind).toBe('note');
    // The pairing is the last step's text; the service tip is said at the glazing step, and the
    // miso-maple variation while the glaze reduces, where each belongs: found there.
    const at = (word: string) => {
      const found = mentionOf(porkBelly, word);
      return found?.kind === 'step' && found.placed.step.id;
    };
    expect(at('chestnuts')).toBe('serve');
    expect(at('lemon zest')).toBe('brush-glaze');
    expect(mentionOf(porkBelly, 'white miso')?.kind).toBe('variation');
    expect(mentionOf(porkBelly, 'baking paper')).toBeUndefined();
  });

  it('find the recipe’s own ingredient of the kind a cook names', () => {
    expect(relatedIngredients(porkBelly, 'olive oil').map((i) => i.id)).toEqual(['neutral-oil']);
    expect(relatedIngredients(porkBelly, 'table salt').map((i) => i.id)).toEqual(['kosher-salt', 'sea-salt', 'flaky-salt']);
    expect(relatedIngredients(porkBelly, 'brown sugar')).toEqual([]);
  });
});

describe('units', () => {
  it('convert spoons and cups to millilitres as a cook would round them, and nothing else', () => {
    expect(toMillilitres({ min: 0.5, max: 0.5 }, 'tsp')).toEqual({ min: 2.5, max: 2.5 });
    expect(toMillilitres({ min: 2, max: 2 }, 'tbsp')).toEqual({ min: 30, max: 30 });
    expect(toMillilitres({ min: 1, max: 1 }, 'cup')).toEqual({ min: 240, max: 240 });
    expect(toMillilitres({ min: 3, max: 4 }, 'lb')).toBeUndefined();
  });

  it('tell the seed’s paired figures from ones that need a standard conversion', () => {
    expect(convertsFor('Preheat the oven to 275°F (135°C).', 'metric')).toBe(false);
    expect(convertsFor('position the rack 8–10″ from the heat source', 'metric')).toBe(true);
    expect(convertsFor('position the rack 8–10″ from the heat source', 'imperial')).toBe(false);
    expect(hasUnits('Roast for 2 to 2½ hours.')).toBe(false);
    expect(hasUnits('Preheat the oven to 275°F (135°C).')).toBe(true);
  });
});

describe('the last topic in the session', () => {
  const withSession = (attributes: Record<string, unknown>) =>
    ({ attributesManager: { getSessionAttributes: () => attributes } }) as unknown as HandlerInput;

  it('reads a well-formed topic and treats anything else as nothing asked', () => {
    const topic = { kind: 'oven-temp', stepIds: ['preheat-low'] };
    expect(readTopic(withSession({ lastTopic: { topic, at: 10 } }))).toEqual({ topic, at: 10 });
    expect(readTopic(withSession({ lastTopic: { topic: { kind: 'oven-temp', stepIds: 'x' }, at: 1 } }))).toBeUndefined();
    expect(readTopic(withSession({ lastTopic: { topic: { kind: 'spells' }, at: 1 } }))).toBeUndefined();
    expect(readTopic(withSession({ lastTopic: 'that' }))).toBeUndefined();
    expect(readTopic(withSession({}))).toBeUndefined();
  });
});
