import { ingredientById, porkBelly, type Ingredient } from '../../lambda/recipe';
import { amountFor, parseScreenToken, screenToken } from '../../lambda/screens';
import { writtenMeasure, writtenMinutes } from '../../lambda/speech';

const ingredient = (id: string): Ingredient => {
  const found = ingredientById(porkBelly, id);
  if (!found) throw new Error(id);
  return found;
};
const written = (id: string, prefs: { porkKg?: number; porkSaid?: { value: number; unit: 'kg' | 'lb' | 'g' } }, system: 'imperial' | 'metric') => {
  const amount = amountFor(porkBelly, ingredient(id), prefs, system);
  return amount && writtenMeasure(amount.value, amount.measure);
};

describe('written forms on screen', () => {
  it.each([
    [{ min: 10, max: 10 }, '10 min'],
    [{ min: 30, max: 45 }, '30–45 min'],
    [{ min: 120, max: 150 }, '2–2½ h'],
    [{ min: 480, max: 840 }, '8–14 h'],
    [{ min: 90, max: 90 }, '1½ h'],
  ])('minutes %j are written %s', (minutes, text) => {
    expect(writtenMinutes(minutes)).toBe(text);
  });

  it('writes a range in one style of number: "1.5–1.8 kg", "½ tsp", "1–1½ cm"', () => {
    expect(writtenMeasure({ min: 1.5, max: 1.8 }, 'kg')).toBe('1.5–1.8 kg');
    expect(writtenMeasure({ min: 0.5, max: 0.5 }, 'tsp')).toBe('½ tsp');
    expect(writtenMeasure({ min: 1, max: 1.5 }, 'cm')).toBe('1–1½ cm');
  });
});

describe('amounts in the cook’s units', () => {
  it('uses the seed’s own metric figure for the pork, and the written amounts otherwise', () => {
    expect(written('pork-belly', {}, 'imperial')).toBe('3–4 lb');
    expect(written('pork-belly', {}, 'metric')).toBe('1.5–1.8 kg');
    expect(written('baking-soda', {}, 'metric')).toBe('½ tsp');
    expect(written('black-pepper', {}, 'imperial')).toBeUndefined();
  });

  it('shows the cook’s own weight for the pork and scales the rub to it, not the glaze', () => {
    expect(written('pork-belly', { porkKg: 2 }, 'metric')).toBe('2 kg');
    // 2 kg is 4.4 lb, rounded to the half pound a cook would read on a scale.
    expect(written('pork-belly', { porkKg: 2 }, 'imperial')).toBe('4½ lb');
    // A weight the cook said is shown as they said it, in either system.
    expect(written('pork-belly', { porkKg: 0.8, porkSaid: { value: 800, unit: 'g' } }, 'imperial')).toBe('800 g');
    // The seed's ½ tsp of baking soda is a limit ("do not exceed"): a larger piece gets no more.
    expect(written('baking-soda', { porkKg: 2 }, 'imperial')).toBe('½ tsp');
    // Scaled from the top of the recipe's range (4 lb, 1.81 kg): 1½ tsp × 3.3 / 1.81 = 2.73 tsp, so 2¾.
    expect(written('sea-salt', { porkKg: 3.3 }, 'imperial')).toBe('2¾ tsp');
    expect(written('soy-sauce', { porkKg: 3.3 }, 'imperial')).toBe('2 tbsp');
  });
});

describe('the screen token', () => {
  it('carries the screen and the step it was drawn for, and reads back what it wrote', () => {
    for (const stamp of [
      { kind: 'step' as const, step: 6 },
      { kind: 'answer' as const, step: null },
      { kind: 'ingredients' as const, step: 0, group: 'glaze' },
    ]) {
      expect(parseScreenToken(screenToken(stamp))).toEqual(stamp);
    }
    expect(screenToken({ kind: 'step', step: 6 })).toBe('step:6');
  });

  it.each([undefined, '', 'step', 'step:x', 'menu:3', 'step:3:', 'step:-1'])('refuses %j', (token) => {
    expect(parseScreenToken(token)).toBeUndefined();
  });
});
