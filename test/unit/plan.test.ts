import { porkBelly, timedStepById } from '../../lambda/recipe';
import { dinnerTime, instantOf, instantsOf, localIso, planDinner, repeatedTime, wallTimeAt, type DinnerPlan, type MomentRole } from '../../lambda/plan';
import { spokenClock, spokenClocks } from '../../lambda/speech';
import { tinyToast } from '../fixtures/tiny-recipe';

const NY = 'America/New_York';
const MIN = 60_000;
const minutes = (id: string) => {
  const timed = timedStepById(porkBelly, id);
  if (!timed) throw new Error(`no wait ${id}`);
  return timed.step.duration.minutes;
};
/** The recipe's declared totals: the cooking from the fridge to the table, and the drying ahead. */
const cookingMax = porkBelly.totals.cooking.max;
const dryingMax = porkBelly.totals.waitAhead.max;
const dryingMin = porkBelly.totals.waitAhead.min;

const at = (plan: DinnerPlan, role: MomentRole) => {
  if (plan.kind === 'past' || plan.kind === 'too-soon') throw new Error(`no moments in a ${plan.kind} plan`);
  return plan.moments.find((m) => m.role === role)?.at;
};
const local = (d: Date | undefined) => (d ? localIso(d, NY).slice(0, 16) : undefined);

describe('time zone arithmetic', () => {
  it('reads wall times in New York either side of the November change', () => {
    expect(instantOf({ year: 2024, month: 11, day: 2, hour: 19, minute: 0 }, NY).toISOString()).toBe('2024-11-02T23:00:00.000Z');
    expect(instantOf({ year: 2024, month: 11, day: 3, hour: 19, minute: 0 }, NY).toISOString()).toBe('2024-11-04T00:00:00.000Z');
  });

  it('takes the first of a time that happens twice, and moves a time that never happens forward', () => {
    expect(instantOf({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, NY).toISOString()).toBe('2024-11-03T05:30:00.000Z');
    expect(instantOf({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, NY).toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(wallTimeAt(new Date('2024-03-10T07:30:00.000Z'), NY)).toEqual({ year: 2024, month: 3, day: 10, hour: 3, minute: 30 });
  });

  it('writes the Reminders API’s local time without an offset', () => {
    expect(localIso(new Date('2024-11-09T20:45:00Z'), NY)).toBe('2024-11-09T15:45:00.000');
    expect(localIso(new Date('2024-11-09T20:45:00Z'), 'Europe/London')).toBe('2024-11-09T20:45:00.000');
  });
});

describe('reading the dinner time', () => {
  const now = new Date('2024-11-08T15:00:00Z'); // 10 AM on Friday in New York

  it('a bare "seven" (07:00 from Alexa) is seven in the evening, today while it is still ahead', () => {
    expect(dinnerTime('07:00', undefined, now, NY)).toEqual({ ok: true, at: new Date('2024-11-09T00:00:00Z') });
    expect(dinnerTime('19:00', undefined, now, NY)).toEqual({ ok: true, at: new Date('2024-11-09T00:00:00Z') });
  });

  it('a time already gone today is tomorrow’s; a date is that day', () => {
    expect(dinnerTime('11:30', undefined, new Date('2024-11-08T17:00:00Z'), NY)).toEqual({ ok: true, at: new Date('2024-11-09T16:30:00Z') });
    expect(dinnerTime('18:30', '2024-11-09', now, NY)).toEqual({ ok: true, at: new Date('2024-11-09T23:30:00Z') });
  });

  it('no time, or one Alexa could not make out, is not a time', () => {
    expect(dinnerTime(undefined, '2024-11-09', now, NY)).toEqual({ ok: false, problem: 'no-time' });
    expect(dinnerTime('EV', undefined, now, NY)).toEqual({ ok: false, problem: 'no-time' });
  });
});

describe('planning backwards from dinner', () => {
  it('the recipe’s own waits add up to its declared cooking time', () => {
    const sum = ['temper', 'slow-roast', 'blister', 'rest'].reduce((s, id) => s + minutes(id).max, 0);
    expect(sum).toBe(cookingMax);
  });

  it('7 PM on Saturday, planned on Friday morning: every wait at its long end, with the slack', () => {
    const now = new Date('2024-11-08T15:00:00Z');
    const dinner = instantOf({ year: 2024, month: 11, day: 9, hour: 19, minute: 0 }, NY);
    const plan = planDinner(porkBelly, dinner, now);
    expect(plan.kind).toBe('overnight');
    const out = dinner.getTime() - cookingMax * MIN;
    expect(local(at(plan, 'eat'))).toBe('2024-11-09T19:00');
    expect(at(plan, 'out')?.getTime()).toBe(out);
    expect(local(at(plan, 'out'))).toBe('2024-11-09T15:23');
    expect(at(plan, 'in')?.getTime()).toBe(out + minutes('temper').max * MIN);
    expect(at(plan, 'check')?.getTime()).toBe(out + (minutes('temper').max + minutes('slow-roast').max) * MIN);
    expect(at(plan, 'finish')?.getTime()).toBe(at(plan, 'check')?.getTime());
    expect(at(plan, 'fridge')?.getTime()).toBe(out - dryingMax * MIN);
    expect(local(at(plan, 'fridge'))).toBe('2024-11-09T01:23');
    if (plan.kind !== 'overnight') throw new Error('not overnight');
    expect(plan.aheadLatest?.getTime()).toBe(out - dryingMin * MIN);
    expect(plan.aheadShortened).toBe(false);
    const slack = ['temper', 'slow-roast', 'blister', 'rest'].reduce((s, id) => s + minutes(id).max - minutes(id).min, 0);
    expect(plan.slackMinutes).toBe(slack);
  });

  it('across midnight: a lunch planned the evening before starts drying that night', () => {
    const now = new Date('2024-11-08T23:00:00Z'); // 6 PM Friday
    const dinner = instantOf({ year: 2024, month: 11, day: 9, hour: 12, minute: 30 }, NY);
    const plan = planDinner(porkBelly, dinner, now);
    expect(plan.kind).toBe('overnight');
    // 12:30 less 217 minutes is 8:53 AM; less 14 hours is 6:53 PM on Friday.
    expect(local(at(plan, 'out'))).toBe('2024-11-09T08:53');
    expect(local(at(plan, 'fridge'))).toBe('2024-11-08T18:53');
  });

  it('across the daylight saving change: the drying is 14 hours of real time, not of clock time', () => {
    const now = new Date('2024-11-02T16:00:00Z'); // noon Saturday, daylight time
    const dinner = instantOf({ year: 2024, month: 11, day: 3, hour: 19, minute: 0 }, NY); // standard time
    const plan = planDinner(porkBelly, dinner, now);
    const out = at(plan, 'out')!;
    const fridge = at(plan, 'fridge')!;
    expect(out.getTime() - fridge.getTime()).toBe(dryingMax * MIN);
    expect(local(out)).toBe('2024-11-03T15:23');
    // 15:23 standard time less 14 hours of real time is the second 1:23 AM that night (standard time, after
    // the clocks went back at 2 AM daylight time); the first 1:23, in daylight time, would be 15 hours.
    expect(fridge.toISOString()).toBe('2024-11-03T06:23:00.000Z');
    expect(local(fridge)).toBe('2024-11-03T01:23');
  });

  it('less time than the long drying but more than the short: the drying starts now', () => {
    const dinner = instantOf({ year: 2024, month: 11, day: 9, hour: 19, minute: 0 }, NY);
    const out = dinner.getTime() - cookingMax * MIN;
    const now = new Date(out - (dryingMin + 60) * MIN);
    const plan = planDinner(porkBelly, dinner, now);
    if (plan.kind !== 'overnight') throw new Error(plan.kind);
    expect(plan.aheadShortened).toBe(true);
    expect(plan.ahead?.start).toEqual(now);
    expect(plan.ahead?.minutes).toBe(dryingMin + 60);
  });

  it('too soon for even the short drying: the recipe’s shortcut, at its long end, and the earliest full plan', () => {
    const dinner = instantOf({ year: 2024, month: 11, day: 9, hour: 19, minute: 0 }, NY);
    const now = new Date(dinner.getTime() - 8 * 60 * MIN); // 11 AM
    const plan = planDinner(porkBelly, dinner, now);
    if (plan.kind !== 'shortcut') throw new Error(plan.kind);
    const shortcut = timedStepById(porkBelly, 'refrigerate')?.step.duration.shortcut;
    expect(plan.shortcut).toBe(shortcut);
    expect(plan.minutes).toBe(shortcut?.minutes.max);
    expect(plan.from.getTime()).toBe(dinner.getTime() - (cookingMax + (shortcut?.minutes.max ?? 0)) * MIN);
    expect(plan.rushed).toBe(false);
    // Now plus 8 hours' drying plus the cooking, rounded up to the quarter hour.
    const earliest = Math.ceil((now.getTime() + (dryingMin + cookingMax) * MIN) / (15 * MIN)) * 15 * MIN;
    expect(plan.earliestFull.getTime()).toBe(earliest);
    expect(plan.moments.map((m) => m.role)).toEqual(['fan', 'out', 'in', 'check', 'finish', 'eat']);
  });

  it('too soon for the cooking itself: the earliest dinner; a time gone: past', () => {
    const now = new Date('2024-11-09T21:00:00Z'); // 4 PM
    const dinner = instantOf({ year: 2024, month: 11, day: 9, hour: 18, minute: 0 }, NY);
    const plan = planDinner(porkBelly, dinner, now);
    expect(plan).toEqual({ kind: 'too-soon', dinner, cookingMinutes: cookingMax, earliest: new Date(Math.ceil((now.getTime() + cookingMax * MIN) / (5 * MIN)) * 5 * MIN) });
    expect(planDinner(porkBelly, new Date(now.getTime() - MIN), now)).toEqual({ kind: 'past', dinner: new Date(now.getTime() - MIN) });
  });

  it('a recipe without a wait ahead plans only its cooking', () => {
    const now = new Date('2024-11-09T21:00:00Z');
    const dinner = new Date(now.getTime() + 60 * MIN);
    const plan = planDinner(tinyToast, dinner, now);
    if (plan.kind !== 'overnight') throw new Error(plan.kind);
    expect(plan.ahead).toBeUndefined();
    expect(plan.moments.map((m) => m.role)).toEqual(['finish', 'eat']);
    expect(plan.moments[0]?.at.getTime()).toBe(dinner.getTime() - tinyToast.totals.cooking.max * MIN);
  });
});

/**
 * The days the clocks change in real zones, planned for by the instant: New York goes back on
 * 1 November 2026 (2 AM daylight time becomes 1 AM), London goes back on 25 October 2026 (2 AM summer
 * time becomes 1 AM) and forward on 28 March 2027 (1 AM becomes 2 AM). The expected instants are
 * worked by hand: out of the fridge 217 minutes (the recipe's cooking, long ends) before dinner, into
 * it 14 hours of real time before that.
 */
describe('the days the clocks change', () => {
  const LONDON = 'Europe/London';
  const planFor = (dinner: Date, now: Date) => {
    const plan = planDinner(porkBelly, dinner, now);
    if (plan.kind !== 'overnight') throw new Error(plan.kind);
    return plan;
  };
  const wall = (year: number, month: number, day: number, hour: number, minute: number) => ({ year, month, day, hour, minute });

  it('knows the times a clock shows twice, and the ones it never shows', () => {
    expect(instantsOf(wall(2026, 11, 1, 1, 23), NY).map((d) => d.toISOString())).toEqual(['2026-11-01T05:23:00.000Z', '2026-11-01T06:23:00.000Z']);
    expect(instantsOf(wall(2026, 10, 25, 1, 23), LONDON).map((d) => d.toISOString())).toEqual(['2026-10-25T00:23:00.000Z', '2026-10-25T01:23:00.000Z']);
    expect(instantsOf(wall(2027, 3, 28, 1, 23), LONDON)).toEqual([]);
    expect(instantOf(wall(2027, 3, 28, 1, 23), LONDON).toISOString()).toBe('2027-03-28T01:23:00.000Z'); // 2:23 AM summer time
    expect(instantsOf(wall(2026, 11, 1, 2, 23), NY).map((d) => d.toISOString())).toEqual(['2026-11-01T07:23:00.000Z']);
    expect(repeatedTime(new Date('2026-11-01T05:23:00Z'), NY)).toBe('first');
    expect(repeatedTime(new Date('2026-11-01T06:23:00Z'), NY)).toBe('second');
    expect(repeatedTime(new Date('2026-11-01T07:23:00Z'), NY)).toBeUndefined();
    expect(repeatedTime(new Date('2027-03-28T00:23:00Z'), LONDON)).toBeUndefined();
  });

  it('New York, 1 November 2026: dinner at 7 PM puts the pork in the fridge at the second 1:23 AM', () => {
    const now = new Date('2026-10-31T16:00:00Z');
    const dinner = dinnerTime('19:00', '2026-11-01', now, NY);
    expect(dinner).toEqual({ ok: true, at: new Date('2026-11-02T00:00:00Z') });
    const plan = planFor(new Date('2026-11-02T00:00:00Z'), now);
    expect(at(plan, 'out')?.toISOString()).toBe('2026-11-01T20:23:00.000Z');
    expect(at(plan, 'fridge')?.toISOString()).toBe('2026-11-01T06:23:00.000Z');
    expect(localIso(at(plan, 'fridge')!, NY)).toBe('2026-11-01T01:23:00.000');
    expect(repeatedTime(at(plan, 'fridge')!, NY)).toBe('second');
    // By the wall clock alone (3:23 PM less 14 hours) it would be the first 1:23, 15 hours before.
    expect(at(plan, 'out')!.getTime() - at(plan, 'fridge')!.getTime()).toBe(dryingMax * MIN);
    expect(plan.aheadLatest?.toISOString()).toBe('2026-11-01T12:23:00.000Z');
    // Dinner at 6 PM: the first 1:23 AM, in daylight time.
    const six = planFor(new Date('2026-11-01T23:00:00Z'), now);
    expect(at(six, 'fridge')?.toISOString()).toBe('2026-11-01T05:23:00.000Z');
    expect(repeatedTime(at(six, 'fridge')!, NY)).toBe('first');
  });

  it('London, 25 October 2026: the second 1:23 AM is GMT, the first summer time', () => {
    const now = new Date('2026-10-24T11:00:00Z');
    expect(dinnerTime('19:00', '2026-10-25', now, LONDON)).toEqual({ ok: true, at: new Date('2026-10-25T19:00:00Z') });
    const seven = planFor(new Date('2026-10-25T19:00:00Z'), now);
    expect(at(seven, 'fridge')?.toISOString()).toBe('2026-10-25T01:23:00.000Z');
    expect(repeatedTime(at(seven, 'fridge')!, LONDON)).toBe('second');
    const six = planFor(new Date('2026-10-25T18:00:00Z'), now);
    expect(at(six, 'fridge')?.toISOString()).toBe('2026-10-25T00:23:00.000Z');
    expect(localIso(at(six, 'fridge')!, LONDON)).toBe('2026-10-25T01:23:00.000');
    expect(repeatedTime(at(six, 'fridge')!, LONDON)).toBe('first');
  });

  it('London, 28 March 2027: 14 hours before 3:23 PM summer time is 12:23 AM GMT', () => {
    const now = new Date('2027-03-27T12:00:00Z');
    expect(dinnerTime('19:00', '2027-03-28', now, LONDON)).toEqual({ ok: true, at: new Date('2027-03-28T18:00:00Z') });
    const plan = planFor(new Date('2027-03-28T18:00:00Z'), now);
    expect(at(plan, 'out')?.toISOString()).toBe('2027-03-28T14:23:00.000Z');
    expect(localIso(at(plan, 'out')!, LONDON)).toBe('2027-03-28T15:23:00.000');
    expect(at(plan, 'fridge')?.toISOString()).toBe('2027-03-28T00:23:00.000Z');
    expect(localIso(at(plan, 'fridge')!, LONDON)).toBe('2027-03-28T00:23:00.000');
    expect(plan.aheadLatest?.toISOString()).toBe('2027-03-28T06:23:00.000Z');
    expect(localIso(plan.aheadLatest!, LONDON)).toBe('2027-03-28T07:23:00.000');
  });

  it('says which 1:23 in the repeated hour, and "tomorrow" by the calendar on days of 23 and 25 hours', () => {
    const saturday = new Date('2026-10-31T16:00:00Z');
    expect(spokenClock(new Date('2026-11-01T05:23:00Z'), saturday, NY)).toBe('1:23 AM tomorrow, before the clocks go back');
    expect(spokenClock(new Date('2026-11-01T06:23:00Z'), saturday, NY)).toBe('1:23 AM tomorrow, after the clocks go back');
    expect(spokenClocks([new Date('2026-11-01T06:23:00Z'), new Date('2026-11-01T20:23:00Z')], saturday, NY)).toEqual([
      '1:23 AM tomorrow, after the clocks go back',
      '3:23 PM',
    ]);
    // 11:30 PM on the Saturday before the clocks go forward: 24 hours on is already Monday.
    expect(spokenClock(new Date('2027-03-28T14:23:00Z'), new Date('2027-03-27T23:30:00Z'), LONDON)).toBe('3:23 PM tomorrow');
    // 12:30 AM on the day the clocks go back: 24 hours on is still Sunday.
    expect(spokenClock(new Date('2026-10-26T09:00:00Z'), new Date('2026-10-24T23:30:00Z'), LONDON)).toBe('9 AM tomorrow');
  });
});
