import { allSteps, type Recipe } from '../recipe';

/**
 * Temperatures a cook asks to have converted: the recipe's own figure when the number is one of
 * the recipe's (275°F is the seed's 135°C, not 135.0), else the arithmetic, rounded to 5 degrees
 * as ovens are marked. Gas marks by the usual table (mark 1 is 275°F, each mark 25°F more, mark 9
 * 475°F); hotter than mark 9 there is no setting.
 */
export function convertTemperature(recipe: Recipe, value: number, from: 'F' | 'C'): number {
  for (const { step } of allSteps(recipe)) {
    for (const t of [step.ovenTemp, step.internalTemp]) {
      if (!t) continue;
      for (const end of ['min', 'max'] as const) {
        if (from === 'F' && t.f[end] === value) return t.c[end];
        if (from === 'C' && t.c[end] === value) return t.f[end];
      }
    }
  }
  const exact = from === 'F' ? ((value - 32) * 5) / 9 : (value * 9) / 5 + 32;
  return Math.round(exact / 5) * 5;
}

/** The gas mark nearest a Fahrenheit figure; `over` when it is hotter than the hottest mark. */
export function gasMark(fahrenheit: number): { mark: number; over: boolean } {
  const mark = Math.round((fahrenheit - 250) / 25);
  if (mark > 9) return { mark: 9, over: true };
  return { mark: Math.max(1, mark), over: false };
}
