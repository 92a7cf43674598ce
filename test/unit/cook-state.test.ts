import { porkBelly, stepCount } from '../../lambda/recipe';
import { freshState, parseState } from '../../lambda/state/cook-state';

const total = stepCount(porkBelly);

describe('reading a stored state', () => {
  it('keeps a good state', () => {
    const good = { ...freshState(porkBelly), step: 8, prefs: { units: 'metric' as const } };
    expect(parseState(JSON.parse(JSON.stringify(good)), porkBelly, total)).toEqual({ state: good });
  });

  it('treats nothing stored as a new cook, without a warning', () => {
    expect(parseState(undefined, porkBelly, total)).toEqual({ state: freshState(porkBelly) });
    expect(parseState({}, porkBelly, total)).toEqual({ state: freshState(porkBelly) });
  });

  it.each([
    ['garbage', 'not json at all', 'corrupt'],
    ['an array', [1, 2], 'corrupt'],
    ['a future version', { version: 99, recipeId: porkBelly.id, step: 1 }, 'unknown-version'],
    ['another recipe', { version: 1, recipeId: 'tiny-toast', step: 1 }, 'other-recipe'],
    ['a step past the end', { version: 1, recipeId: porkBelly.id, step: total, finished: false }, 'step-out-of-range'],
    ['a fractional step', { version: 1, recipeId: porkBelly.id, step: 1.5 }, 'corrupt'],
  ])('replaces %s with a fresh state and says why', (_what, raw, problem) => {
    expect(parseState(raw, porkBelly, total)).toEqual({ state: freshState(porkBelly), problem });
  });
});
