import { allIngredients, porkBelly, scaledQuantity, scalesWithMain, sharesOf, type Quantity } from '../../lambda/recipe';

/**
 * Every pork weight a cook might tell us, in kilograms (0.5 to 6, by 0.1) and in pounds (1 to 13,
 * by 0.5): no amount above a limit the recipe sets, every amount one a cook measures with standard
 * spoons and cups and named in the unit a cook would use, and inside the recipe's own range
 * (3–4 lb, 1.5–1.8 kg) the recipe's own amounts. Expected figures come from the recipe data.
 */
const LB = 0.45359237;
const weights = [
  ...Array.from({ length: 56 }, (_, n) => ({ said: `${(0.5 + n / 10).toFixed(1)} kg`, kg: 0.5 + n / 10, unit: 'kg' as const })),
  ...Array.from({ length: 25 }, (_, n) => ({ said: `${1 + n / 2} lb`, kg: (1 + n / 2) * LB, unit: 'lb' as const })),
];

const main = allIngredients(porkBelly).find((i) => i.id === porkBelly.mainIngredientId)!;
const scaled = allIngredients(porkBelly).filter((i) => scalesWithMain(porkBelly, i));
const TSP: Record<string, number> = { tsp: 1, tbsp: 3, cup: 48 };
const tsp = (q: Quantity) => q.value.max * (TSP[q.unit] ?? NaN);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const fractionOf = (n: number) => n - Math.floor(n + 1e-9);
const isOneOf = (n: number, list: readonly number[]) => list.some((x) => near(x, n));

/** Standard measures: 1/8 to 3/4 tsp and whole teaspoons, ½ and whole tablespoons, cups by ¼ and ⅓. */
function measurable(q: Quantity): boolean {
  const v = q.value.max;
  if (!near(q.value.min, v)) return false;
  switch (q.unit) {
    case 'tsp':
      // Under a tablespoon, or 4 and 5 teaspoons; 3 or 6 teaspoons are said as tablespoons.
      return v < 6 && !isOneOf(v, [3]) && isOneOf(fractionOf(v), [0, 1 / 8, 1 / 4, 1 / 3, 1 / 2, 3 / 4]) && (v < 3 || Number.isInteger(v));
    case 'tbsp':
      return v >= 1 && Number.isInteger(v * 2) && v < 8;
    case 'cup':
      return v >= 0.25 && isOneOf(fractionOf(v), [0, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4]);
    default:
      return false;
  }
}

function insideRecipe(w: (typeof weights)[number]): boolean {
  const range = w.unit === 'lb' ? main.quantity!.value : main.metric!.value;
  const value = w.unit === 'lb' ? w.kg / LB : w.kg;
  return value >= range.min - 1e-9 && value <= range.max + 1e-9;
}

describe.each(weights)('a $said pork belly', (w) => {
  it.each(scaled.map((i) => [i.id, i] as const))('%s', (_id, ingredient) => {
    const q = scaledQuantity(porkBelly, ingredient, w.kg)!;
    const own = ingredient.quantity!;
    if (insideRecipe(w)) expect(q).toEqual(own);
    expect({ q, measurable: measurable(q) }).toEqual({ q, measurable: true });
    if (ingredient.neverExceed) expect(tsp(q)).toBeLessThanOrEqual(tsp(own));

    const shares = sharesOf(porkBelly, ingredient, w.kg);
    if (!ingredient.shares) return expect(shares).toEqual([]);
    expect(shares.map((s) => s.share)).toEqual(ingredient.shares);
    for (const s of shares) expect({ s, measurable: measurable(s.quantity) }).toEqual({ s, measurable: true });
    expect(shares.reduce((sum, s) => sum + tsp(s.quantity), 0)).toBeCloseTo(tsp(q), 6);
    const fixed = ingredient.shares.filter((s) => s.quantity);
    shares.forEach((s, n) => {
      const seed = ingredient.shares![n]!.quantity;
      if (insideRecipe(w) && seed) expect(s.quantity).toEqual(seed);
      // The ratio is kept: each fixed share within a tenth of the whole of its part in the recipe.
      if (seed) expect(Math.abs(tsp(s.quantity) / tsp(q) - tsp(seed) / tsp(own))).toBeLessThanOrEqual(0.1);
    });
    expect(fixed.length).toBeGreaterThan(0);
  });
});
