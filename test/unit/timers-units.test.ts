import { porkBelly, timedSteps } from '../../lambda/recipe';
import { isoToSeconds, secondsToIso, Scope } from '../../lambda/services/alerts';
import { secondsAsName, spokenClock, spokenRemaining, spokenSeconds } from '../../lambda/speech';
import { uniqueLabel } from '../../lambda/handlers/timers/records';
import { decodePending, encodePending } from '../../lambda/handlers/timers/want';
import { planFor } from '../../lambda/handlers/timers/plan';
import { en } from '../../lambda/speech';

describe('ISO durations', () => {
  it.each([
    ['PT10M', 600],
    ['PT2H', 7200],
    ['PT1H30M', 5400],
    ['PT45S', 45],
    ['P1D', 86400],
    ['PT1.5H', 5400],
  ])('%s is %i seconds', (iso, seconds) => expect(isoToSeconds(iso)).toBe(seconds));

  it.each(['?', '', 'P', 'PT', '10 minutes', 'PTXM'])('"%s" is not a duration', (iso) => expect(isoToSeconds(iso)).toBeUndefined());

  it.each([
    [7200, 'PT2H'],
    [5400, 'PT1H30M'],
    [600, 'PT10M'],
    [125, 'PT2M5S'],
  ])('%i seconds is %s', (seconds, iso) => expect(secondsToIso(seconds)).toBe(iso));
});

describe('spoken times', () => {
  it('says lengths and what is left as a cook would', () => {
    expect(spokenSeconds(7200)).toBe('2 hours');
    expect(spokenSeconds(5400)).toBe('1 hour and 30 minutes');
    expect(spokenSeconds(61)).toBe('1 minute and 1 second');
    expect(spokenRemaining(4321)).toBe('1 hour and 12 minutes');
    expect(spokenRemaining(100)).toBe('1 minute and 40 seconds');
    expect(secondsAsName(600)).toBe('10 minute');
    expect(secondsAsName(7200)).toBe('2 hour');
    expect(secondsAsName(5400)).toBe('90 minute');
  });

  it('says a clock time in the device time zone, with the day when it is not today', () => {
    const now = new Date('2024-11-02T18:00:00Z'); // 2 PM in New York
    expect(spokenClock(new Date('2024-11-02T22:30:00Z'), now, 'America/New_York')).toBe('6:30 PM');
    expect(spokenClock(new Date('2024-11-03T11:00:00Z'), now, 'America/New_York')).toBe('6 AM tomorrow');
    expect(spokenClock(new Date('2024-11-05T11:00:00Z'), now, 'America/New_York')).toBe('6 AM on Tuesday');
    expect(spokenClock(new Date('2024-11-02T22:30:00Z'), now, 'Europe/London')).toBe('10:30 PM');
    expect(() => spokenClock(now, now, 'Not/AZone')).toThrow(RangeError);
  });
});

describe('timer labels', () => {
  it('are unique among the running timers', () => {
    expect(uniqueLabel('maple glaze', [])).toBe('maple glaze');
    expect(uniqueLabel('maple glaze', ['Maple Glaze', undefined])).toBe('maple glaze 2');
    expect(uniqueLabel('maple glaze', ['maple glaze', 'maple glaze 2'])).toBe('maple glaze 3');
    expect(uniqueLabel('x'.repeat(300), []).length).toBeLessThanOrEqual(256);
  });

  it('every timed step of the recipe has a label the API accepts', () => {
    for (const { step } of timedSteps(porkBelly)) expect(step.duration.label.length).toBeLessThanOrEqual(256);
  });
});

describe('the consent token', () => {
  it('carries what the cook asked for and comes back unchanged', () => {
    const pending = { want: { stepId: 'slow-roast' }, scope: Scope.Timers } as const;
    expect(decodePending(encodePending(pending))).toEqual(pending);
    expect(decodePending(encodePending({ want: { seconds: 600 }, scope: Scope.Reminders }))).toEqual({ want: { seconds: 600 }, scope: Scope.Reminders });
    // "the longest it says" survives the permission request too.
    const longest = { want: { stepId: 'reduce-glaze', longest: true }, scope: Scope.Timers } as const;
    expect(decodePending(encodePending(longest))).toEqual(longest);
    // So does the cook's own length for a recipe wait ("five minutes for the glaze").
    const own = { want: { stepId: 'reduce-glaze', seconds: 300 }, scope: Scope.Timers } as const;
    expect(decodePending(encodePending(own))).toEqual(own);
  });

  it.each([undefined, '', 'someone-else', 'crispy-alert:{', 'crispy-alert:{"want":{},"scope":"alexa::alerts:timers:skill:readwrite"}', 'crispy-alert:{"want":{"seconds":5},"scope":"other"}'])(
    'ignores %p',
    (token) => expect(decodePending(token)).toBeUndefined(),
  );
});

describe('planning a wait', () => {
  it('a timer up to 2 hours at the lower bound, a reminder beyond, from the recipe data', () => {
    for (const { step } of timedSteps(porkBelly)) {
      const plan = planFor(porkBelly, en, { stepId: step.id });
      const seconds = step.duration.minutes.min * 60;
      expect(plan).toMatchObject({ kind: seconds <= 7200 ? 'timer' : 'reminder', seconds, stepId: step.id });
    }
    expect(planFor(porkBelly, en, { seconds: 0 })).toEqual({ kind: 'too-short' });
    expect(planFor(porkBelly, en, { seconds: 90000 })).toEqual({ kind: 'too-long' });
    expect(planFor(porkBelly, en, { stepId: 'pat-dry' })).toEqual({ kind: 'unknown-step' });
  });
});
