import { porkBelly, stepCount } from '../../lambda/recipe';
import { freshState, parseState, STATE_VERSION } from '../../lambda/state/cook-state';
import { migrate } from '../../lambda/state/migrations';

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
    ['version 0', { version: 0, recipeId: porkBelly.id, step: 1 }, 'unknown-version'],
    ['a version that is text', { version: '2', recipeId: porkBelly.id, step: 1 }, 'unknown-version'],
    ['no version at all', { recipeId: porkBelly.id, step: 1 }, 'unknown-version'],
    ['another recipe', { version: 1, recipeId: 'tiny-toast', step: 1 }, 'other-recipe'],
    ['a step past the end', { version: 1, recipeId: porkBelly.id, step: total, finished: false }, 'step-out-of-range'],
    ['a fractional step', { version: 1, recipeId: porkBelly.id, step: 1.5 }, 'corrupt'],
  ])('replaces %s with a fresh state and says why', (_what, raw, problem) => {
    expect(parseState(raw, porkBelly, total)).toEqual({ state: freshState(porkBelly), problem });
  });
});

describe('schema versions', () => {
  it('is at version 2, which records when the state last changed', () => {
    expect(STATE_VERSION).toBe(2);
    expect(freshState(porkBelly).updatedAt).toBeNull();
  });

  it('migrates a version 1 state to version 2, keeping every fact, with the time unknown', () => {
    const v1 = {
      version: 1,
      recipeId: porkBelly.id,
      step: 12,
      finished: false,
      prefs: { units: 'metric', porkKg: 1.6 },
      alerts: [{ id: 't-1', kind: 'timer', label: 'roast', endsAt: '2026-03-14T20:00:00.000Z' }],
    };
    expect(parseState(v1, porkBelly, total)).toEqual({
      migratedFrom: 1,
      state: { ...v1, version: 2, updatedAt: null },
    });
  });

  it('checks a migrated state like any other', () => {
    expect(parseState({ version: 1, recipeId: porkBelly.id, step: total + 3 }, porkBelly, total).problem).toBe('step-out-of-range');
  });

  it('keeps a version 2 time it can read, and forgets one it cannot', () => {
    const v2 = { ...freshState(porkBelly), step: 3, updatedAt: '2026-03-14T18:00:00.000Z' };
    expect(parseState(v2, porkBelly, total)).toEqual({ state: v2 });
    expect(parseState({ ...v2, updatedAt: 'last tuesday' }, porkBelly, total).state.updatedAt).toBeNull();
    expect(parseState({ ...v2, updatedAt: 5 }, porkBelly, total).state.updatedAt).toBeNull();
  });

  it('refuses to migrate past a version it has no step for', () => {
    expect(migrate({ version: 1 }, 3)).toBeUndefined();
    expect(migrate({ version: 2 }, 2)).toEqual({ record: { version: 2 }, from: 2 });
  });
});
