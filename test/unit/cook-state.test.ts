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
  it('is at version 4, which records when the state last changed, the dinner plan and a timer the skill paused', () => {
    expect(STATE_VERSION).toBe(4);
    expect(freshState(porkBelly).updatedAt).toBeNull();
    expect(freshState(porkBelly).plan).toBeNull();
    expect(freshState(porkBelly).pausedTimer).toBeNull();
  });

  it('migrates a version 1 state to version 4, keeping every fact, with the time unknown, no plan and no paused timer', () => {
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
      state: { ...v1, version: 4, updatedAt: null, plan: null, pausedTimer: null },
    });
  });

  it('checks a migrated state like any other', () => {
    expect(parseState({ version: 1, recipeId: porkBelly.id, step: total + 3 }, porkBelly, total).problem).toBe('step-out-of-range');
  });

  it('keeps a time it can read, and forgets one it cannot', () => {
    const v3 = { ...freshState(porkBelly), step: 3, updatedAt: '2026-03-14T18:00:00.000Z' };
    expect(parseState(v3, porkBelly, total)).toEqual({ state: v3 });
    expect(parseState({ ...v3, updatedAt: 'last tuesday' }, porkBelly, total).state.updatedAt).toBeNull();
    expect(parseState({ ...v3, updatedAt: 5 }, porkBelly, total).state.updatedAt).toBeNull();
  });

  it('migrates a version 2 state to version 4 with no plan and no paused timer, keeping every fact', () => {
    const { plan: _none, pausedTimer: _never, ...v2 } = { ...freshState(porkBelly), version: 2, step: 9, updatedAt: '2026-03-14T18:00:00.000Z' };
    expect(parseState(v2, porkBelly, total)).toEqual({ migratedFrom: 2, state: { ...v2, version: 4, plan: null, pausedTimer: null } });
  });

  it('migrates a version 3 state, saved before the skill remembered a paused timer, to version 4 with none, keeping every fact', () => {
    const plan = { dinner: '2026-11-29T00:00:00.000Z', madeAt: '2026-11-28T14:00:00.000Z', timeZone: 'America/New_York', reminders: [] };
    const alerts = [{ id: 't-1', kind: 'timer', label: 'pork belly roast', stepId: 'slow-roast', endsAt: '2026-11-28T20:00:00.000Z' }];
    const v3 = { version: 3, recipeId: porkBelly.id, step: 12, finished: false, prefs: { units: 'metric' }, alerts, updatedAt: '2026-11-28T18:00:00.000Z', plan };
    expect(parseState(v3, porkBelly, total)).toEqual({ migratedFrom: 3, state: { ...v3, prefs: { units: 'metric' }, version: 4, pausedTimer: null } });
  });

  it('keeps a paused timer it can read, and forgets one it cannot', () => {
    const v4 = { ...freshState(porkBelly), step: 12, pausedTimer: { id: 't-1', label: 'pork belly roast' } };
    expect(parseState(v4, porkBelly, total)).toEqual({ state: v4 });
    for (const odd of [{ id: '', label: 'roast' }, { id: 't-1' }, { id: 7, label: 'roast' }, { id: 't-1', label: 'x'.repeat(300) }, 'the roast one', true]) {
      expect(parseState({ ...v4, pausedTimer: odd }, porkBelly, total).state.pausedTimer).toBeNull();
    }
    expect(parseState({ ...v4, pausedTimer: { id: 't-1', label: 'roast', extra: 'kept?' } }, porkBelly, total).state.pausedTimer).toEqual({ id: 't-1', label: 'roast' });
  });

  it('keeps a plan it can read, drops reminders it cannot, and forgets a plan without its times', () => {
    const plan = {
      dinner: '2026-11-29T00:00:00.000Z',
      madeAt: '2026-11-28T14:00:00.000Z',
      timeZone: 'America/New_York',
      reminders: [{ role: 'out', id: 'r-1', at: '2026-11-28T20:23:00.000Z' }],
    };
    const v3 = { ...freshState(porkBelly), plan };
    expect(parseState(v3, porkBelly, total)).toEqual({ state: v3 });
    const odd = { ...plan, reminders: [...plan.reminders, { role: 'dance', id: 'r-2', at: plan.dinner }, { role: 'in', id: 3 }] };
    expect(parseState({ ...v3, plan: odd }, porkBelly, total).state.plan).toEqual(plan);
    expect(parseState({ ...v3, plan: { ...plan, dinner: 'saturday' } }, porkBelly, total).state.plan).toBeNull();
    expect(parseState({ ...v3, plan: 'dinner at 7' }, porkBelly, total).state.plan).toBeNull();
  });

  it('refuses to migrate past a version it has no step for', () => {
    expect(migrate({ version: 1 }, 5)).toBeUndefined();
    expect(migrate({ version: 4 }, 4)).toEqual({ record: { version: 4 }, from: 4 });
  });
});
