import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allIngredients,
  allSteps,
  findPhase,
  porkBelly,
  scaledQuantity,
  scalesWithMain,
  summedTimings,
  type Range,
  type Recipe,
} from '../../lambda/recipe';
import { tinyToast } from '../fixtures/tiny-recipe';

function ranges(recipe: Recipe): { where: string; range: Range }[] {
  const out: { where: string; range: Range }[] = [];
  for (const i of allIngredients(recipe)) {
    if (i.quantity) out.push({ where: `${i.id} quantity`, range: i.quantity.value });
    if (i.metric) out.push({ where: `${i.id} metric`, range: i.metric.value });
  }
  for (const { step } of allSteps(recipe)) {
    if (step.duration) out.push({ where: `${step.id} duration`, range: step.duration.minutes });
    for (const [name, t] of [['oven', step.ovenTemp], ['internal', step.internalTemp]] as const) {
      if (t) out.push({ where: `${step.id} ${name} F`, range: t.f }, { where: `${step.id} ${name} C`, range: t.c });
    }
  }
  out.push({ where: 'totals.waitAhead', range: recipe.totals.waitAhead }, { where: 'totals.cooking', range: recipe.totals.cooking });
  return out;
}

describe.each([
  ['pork belly', porkBelly],
  ['tiny fixture', tinyToast],
])('recipe data integrity: %s', (_name, recipe) => {
  it('has unique ids within each kind', () => {
    const kinds = {
      phases: recipe.phases.map((p) => p.id),
      steps: allSteps(recipe).map((s) => s.step.id),
      ingredients: allIngredients(recipe).map((i) => i.id),
      groups: recipe.ingredientGroups.map((g) => g.id),
      equipment: recipe.equipment.map((e) => e.id),
      notes: recipe.chefNotes.map((n) => n.id),
      variations: recipe.variations.map((v) => v.id),
    };
    for (const [kind, ids] of Object.entries(kinds)) {
      expect({ kind, duplicates: ids.filter((id, i) => ids.indexOf(id) !== i) }).toEqual({ kind, duplicates: [] });
    }
  });

  it('gives every step text, and every range min <= max', () => {
    for (const { step } of allSteps(recipe)) expect(step.text.trim().length).toBeGreaterThan(10);
    for (const { where, range } of ranges(recipe)) {
      expect({ where, ok: range.min <= range.max && range.min >= 0 }).toEqual({ where, ok: true });
    }
  });

  it('refers only to ingredients and equipment it lists', () => {
    const ingredientIds = new Set(allIngredients(recipe).map((i) => i.id));
    const equipmentIds = new Set(recipe.equipment.map((e) => e.id));
    for (const { step } of allSteps(recipe)) {
      for (const id of step.ingredientIds ?? []) expect({ step: step.id, id, known: ingredientIds.has(id) }).toMatchObject({ known: true });
      for (const id of step.equipmentIds ?? []) expect({ step: step.id, id, known: equipmentIds.has(id) }).toMatchObject({ known: true });
    }
  });

  it('declares totals that add up from its steps', () => {
    expect(summedTimings(recipe)).toEqual(recipe.totals);
  });

  it('finds every phase by its own names', () => {
    for (const phase of recipe.phases) {
      for (const name of [phase.shortName, phase.title]) expect(findPhase(recipe, name)?.id).toBe(phase.id);
    }
  });
});

describe('the pork belly data keeps the seed whole', () => {
  // The seed is read here only to compare against; nothing in the skill reads it.
  const seedPath = join(__dirname, '..', 'fixtures', 'seed-figures.json');
  const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as { ingredients: Record<string, [number, number, string]> };

  it('has every ingredient amount the seed gives, as numbers', () => {
    for (const [id, [min, max, unit]] of Object.entries(seed.ingredients)) {
      const ingredient = allIngredients(porkBelly).find((i) => i.id === id);
      expect({ id, quantity: ingredient?.quantity }).toEqual({ id, quantity: { value: { min, max }, unit } });
    }
  });

  it('has the seed’s temperatures and times on the right steps', () => {
    const steps = Object.fromEntries(allSteps(porkBelly).map((s) => [s.step.id, s.step]));
    expect(steps['preheat-low']?.ovenTemp).toEqual({ f: { min: 275, max: 275 }, c: { min: 135, max: 135 } });
    expect(steps['slow-roast']?.duration?.minutes).toEqual({ min: 120, max: 150 });
    // The seed: "target about 150–155°F (65–68°C)".
    expect(steps['check-temp']?.internalTemp).toEqual({ f: { min: 150, max: 155 }, c: { min: 65, max: 68 }, about: true });
    expect(steps['heat-high']?.ovenTemp).toEqual({ f: { min: 500, max: 500 }, c: { min: 260, max: 260 } });
    expect(steps['blister']?.duration?.minutes).toEqual({ min: 6, max: 12 });
    expect(steps['rest']?.duration?.minutes).toEqual({ min: 10, max: 10 });
    expect(steps['reduce-glaze']?.duration?.minutes).toEqual({ min: 4, max: 6 });
    expect(steps['refrigerate']?.duration?.minutes).toEqual({ min: 480, max: 840 });
    expect(steps['temper']?.duration?.minutes).toEqual({ min: 30, max: 45 });
  });

  it('keeps the alternatives, optional flags, notes, variations, pairing and service tip', () => {
    const byId = Object.fromEntries(allIngredients(porkBelly).map((i) => [i.id, i]));
    expect(byId['soy-sauce']?.alternatives?.[0]).toEqual({ name: 'tamari', reason: 'for gluten-free', diet: 'gluten-free' });
    expect(byId['cider-vinegar']?.alternatives?.[0]?.name).toBe('fresh orange juice');
    expect(byId['butter']?.optional).toBe(true);
    expect(byId['butter']?.alternatives?.[0]?.reason).toBe('for a dairy-free finish');
    expect(byId['ginger']?.optional).toBe(true);
    expect(byId['pork-belly']?.metric).toEqual({ value: { min: 1.5, max: 1.8 }, unit: 'kg' });
    expect(porkBelly.variations.map((v) => v.id)).toEqual(['miso-maple', 'dairy-free']);
    expect(porkBelly.chefNotes.map((n) => n.id)).toEqual(['skin-not-puffing', 'ultra-crispy']);
    expect(porkBelly.pairing).toMatch(/roasted apples, braised fennel/);
    expect(porkBelly.serviceTip).toMatch(/lemon zest/);
    expect(porkBelly.reasons.map((r) => r.id)).toEqual(expect.arrayContaining(['why-dry', 'why-baking-soda', 'why-low-then-high']));
    expect(porkBelly.equipment).toHaveLength(5);
    expect(porkBelly.phases.map((p) => p.title)).toEqual([
      'Prep the pork',
      'Dry the skin (overnight recommended)',
      'Low & slow roast to render fat',
      'Finish hot to crisp the skin',
      'Make the maple glaze & finish',
      'To Slice & Serve',
    ]);
  });
});

describe('scaling the rub to the cook’s pork belly', () => {
  const ingredient = (id: string) => allIngredients(porkBelly).find((i) => i.id === id)!;

  it('keeps the seed’s amounts for a belly of the seed’s own size, in either of its units', () => {
    expect(scaledQuantity(porkBelly, ingredient('baking-soda'), 1.65)).toEqual(ingredient('baking-soda').quantity);
    // 3 lb and 4 lb, the seed's own range in pounds (1.36 and 1.81 kg).
    expect(scaledQuantity(porkBelly, ingredient('kosher-salt'), 3 * 0.45359237)).toEqual(ingredient('kosher-salt').quantity);
    expect(scaledQuantity(porkBelly, ingredient('kosher-salt'), 4 * 0.45359237)).toEqual(ingredient('kosher-salt').quantity);
  });

  it('scales the rub from the nearer end of the range, to a spoon, never past the baking soda’s limit', () => {
    // 3.3 kg is 1.82 times the range's top (4 lb, 1.81 kg): 2 tsp of kosher salt is 3.6 tsp, so 4 tsp.
    expect(scaledQuantity(porkBelly, ingredient('kosher-salt'), 3.3)).toEqual({ unit: 'tsp', value: { min: 4, max: 4 } });
    // The seed: "Use the ½ tsp baking soda total — do not exceed."
    expect(scaledQuantity(porkBelly, ingredient('baking-soda'), 3.3)).toEqual(ingredient('baking-soda').quantity);
    expect(scaledQuantity(porkBelly, ingredient('maple-syrup'), 3.3)).toEqual(ingredient('maple-syrup').quantity);
    expect(scalesWithMain(porkBelly, ingredient('black-pepper'))).toBe(false);
    expect(scalesWithMain(porkBelly, ingredient('pork-belly'))).toBe(false);
  });
});
