import type { Directive, LaunchRequest } from 'ask-sdk-model';
import { allSteps, porkBelly, timedStepById } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { MemoryStore } from '../../lambda/services/stores/memory';
import { createSkill } from '../../lambda/skill';
import { speakable, ssmlToText } from '../../lambda/speech';
import { launchRequest } from '../../tools/envelopes';
import type { Exchange } from '../../tools/conversation';
import { AlertsApiStandIn, REMINDERS_SCOPE, TIMERS_SCOPE } from '../helpers/alerts-api';
import { capital, heardStep, heardTips } from '../helpers/expected';
import { spoken, spokenDuration } from '../helpers/spoken';
import { MemoryLog } from '../helpers/log';
import { onShow, screenWith } from '../helpers/screen';
import { TestCook } from '../helpers/skill';

/**
 * The dinner plan, worked back from dinner time in the device's time zone (the stand-in's,
 * New York), with reminders checked at the stand-in: their clock times, zone, words, moves and
 * deletes. Clock times below are worked by hand from the recipe's waits at their long ends:
 * 45 minutes out of the fridge, 2½ hours' roast, 12 minutes' finish, 10 minutes' rest (217 minutes,
 * the recipe's declared cooking time), 14 hours' drying; the short ends save 51 minutes.
 */

const TITLE = porkBelly.title;
const MIN = 60_000;
/** 10 AM on Friday 8 November 2024 in New York. */
const FRIDAY_10AM = new Date('2024-11-08T15:00:00Z');
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
/** A step as spoken in full, from the recipe data: its text, then its warnings and tips. */
const spokenStep = (id: string) => {
  const placed = step(id);
  const parts = [heardStep(placed.number), ...(placed.step.warnings ?? []).map((w) => `Careful: ${speakable(w)}`)];
  // A step long with its tips offers them in a few words (issue 12).
  return [...parts, ...heardTips(parts, (placed.step.tips ?? []).map((t) => `Tip: ${speakable(t)}`))].join(' ');
};
const wait = (id: string) => timedStepById(porkBelly, id)!.step.duration;

let clock: Date;
const now = () => clock;
let api: AlertsApiStandIn;

beforeEach(async () => {
  clock = new Date(FRIDAY_10AM);
  api = await AlertsApiStandIn.start(now);
});
afterEach(() => api.close());

function newCook(store = new MemoryStore()): TestCook {
  return new TestCook({ alerts: sdkAlertService({ timeoutMs: 1500 }), now, decorate: api.decorate, persistence: store, userId: 'amzn1.ask.account.planner' });
}

function askFor(exchange: Exchange): Directive | undefined {
  return exchange.response.response.directives?.find((d) => d.type === 'Connections.SendRequest');
}

const reminderBodies = () => [...api.reminders.values()] as { trigger: Record<string, unknown>; alertInfo: { spokenInfo: { content: { text: string }[] } } }[];
const triggers = () => reminderBodies().map((b) => b.trigger);
const textsOf = () => reminderBodies().map((b) => b.alertInfo.spokenInfo.content[0]?.text);

const SATURDAY_7PM_PLAN =
  'Have it prepped and in the fridge by 1:23 AM tomorrow; take it out at 3:23 PM, oven on then; in the oven at 4:08 PM; eat at 7 PM. ' +
  'The drying can be as short as 8 hours, so it can go in as late as 7:23 AM tomorrow. ' +
  'I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early.';
const OFFER = 'Shall I set reminders for these times?';

describe('a plan from dinner time', () => {
  it('"I want to eat at 7 pm on Saturday": the clock times that matter, the slack, and an offer of reminders', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say('I want to eat at seven pm on saturday');
    expect(out.sent).toBe('PlanDinnerIntent');
    expect(out.slots).toEqual({ time: '19:00', date: '2024-11-09' });
    expect(out.speech).toBe(`${SATURDAY_7PM_PLAN} ${OFFER}`);
    // The zone came from the Settings API; nothing was set yet.
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /v2/devices/amzn1.ask.device.stand-in-kitchen/settings/System.timeZone']);
  });

  it('works the same from "dinner\'s at seven tomorrow, when do I start" and "plan it for 8 pm"', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say('dinner\'s at seven tomorrow when do I start');
    expect(out.slots).toEqual({ time: '07:00', date: '2024-11-09' });
    expect(out.speech).toBe(`${SATURDAY_7PM_PLAN} ${OFFER}`);
    // A new time without a day keeps the plan's day.
    const eight = await cook.say('okay so plan it for 8 pm please');
    expect(eight.sent).toBe('PlanDinnerIntent');
    expect(eight.speech).toBe(
      'Have it prepped and in the fridge by 2:23 AM tomorrow; take it out at 4:23 PM, oven on then; in the oven at 5:08 PM; eat at 8 PM. ' +
        'The drying can be as short as 8 hours, so it can go in as late as 8:23 AM tomorrow. ' +
        `I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. ${OFFER}`,
    );
  });

  it('"when should I start if we eat at half six": half past six this evening, with the shortcut', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say('when should I start if we eat at half six');
    expect(out.slots).toEqual({ time: '06:30' });
    expect(out.speech).toBe(
      'That’s too soon to dry it overnight: the drying needs at least 8 hours. The recipe’s shortcut is to pat the skin very dry and ' +
        'use a fan to blow air on it for 1 to 2 hours: not as effective as overnight, but helpful. For the full overnight dry, plan ' +
        'dinner for 9:45 PM or later. Have it prepped, patted very dry and in front of a fan by 12:53 PM; oven on at 2:53 PM; in the oven ' +
        'at 3:38 PM; eat at 6:30 PM. I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. ' +
        OFFER,
    );
  });

  it('too soon for the overnight drying: the recipe’s shortcut said plainly, and the earliest full plan', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const eight = await cook.say('plan it for 8 pm');
    expect(eight.speech).toBe(
      'That’s too soon to dry it overnight: the drying needs at least 8 hours. The recipe’s shortcut is to pat the skin very dry and ' +
        'use a fan to blow air on it for 1 to 2 hours: not as effective as overnight, but helpful. For the full overnight dry, plan ' +
        'dinner for 9:45 PM or later. Have it prepped, patted very dry and in front of a fan by 2:23 PM; oven on at 4:23 PM; in the oven ' +
        'at 5:08 PM; eat at 8 PM. I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. ' +
        OFFER,
    );
    // Its reminders: the fan, the oven on, in the oven, the check; the fan's says the shortcut.
    api.granted.add(REMINDERS_SCOPE);
    await cook.say('yes');
    expect(triggers().map((t) => t.scheduledTime)).toEqual([
      '2024-11-08T14:23:00.000',
      '2024-11-08T16:23:00.000',
      '2024-11-08T17:08:00.000',
      '2024-11-08T19:38:00.000',
    ]);
    expect(textsOf()[0]).toBe(`${TITLE}: Pat the skin very dry and use a fan to blow air on it for 1 to 2 hours.`);
    expect(textsOf()[1]).toBe(`${TITLE}: ${speakable(step('preheat-low').step.text)}`);
  });

  it('across midnight: a lunch tomorrow starts drying tonight', async () => {
    clock = new Date('2024-11-08T23:00:00Z'); // 6 PM Friday
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say('hey I want to eat at twelve thirty tomorrow');
    expect(out.speech).toBe(
      'Have it prepped and in the fridge by 6:53 PM; take it out at 8:53 AM tomorrow, oven on then; in the oven at 9:38 AM; eat at 12:30 PM. ' +
        'The drying can be as short as 8 hours, so it can go in as late as 12:53 AM tomorrow. ' +
        `I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. ${OFFER}`,
    );
  });

  /**
   * The days the clocks change, in real zones. Each plan's "into the fridge" falls in the hour the
   * clocks go back (a clock time that happens twice) or beside the hour they go forward (one that never
   * happens); the times are worked by hand from the recipe's long ends: out 217 minutes before dinner,
   * in the fridge 14 hours of real time before that.
   */
  const HOURS = 3_600_000;
  const planOf = async (said: string) => {
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say(said);
    const yes = await cook.say('yes');
    return { out: out.speech, yes: yes.speech };
  };
  const planSpeech = (fridge: string, out: string, oven: string, eat: string, latest: string) =>
    `Have it prepped and in the fridge by ${fridge}; take it out at ${out}, oven on then; in the oven at ${oven}; eat at ${eat}. ` +
    `The drying can be as short as 8 hours, so it can go in as late as ${latest}. ` +
    `I planned every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. ${OFFER}`;
  /** The instants the stand-in will ring the plan's reminders at, in order. */
  const ringing = () => [...api.reminders.keys()].map((id) => api.ringsAt(id)?.toISOString());

  it('New York, 1 November 2026: into the fridge at the second 1:23 AM, said so, and its reminder set by the hour, not the clock', async () => {
    clock = new Date('2026-10-31T16:00:00Z'); // noon Saturday, daylight time; at 2 AM the clocks go back to 1 AM
    const { out, yes } = await planOf('I want to eat at seven pm tomorrow');
    // 7 PM standard time is 00:00 UTC; less 217 minutes, 3:23 PM (20:23 UTC); less 14 hours, 06:23 UTC, which
    // New York's clocks call 1:23 AM for the second time that night.
    expect(out).toBe(planSpeech('1:23 AM tomorrow, after the clocks go back', '3:23 PM', '4:08 PM', '7 PM', '7:23 AM tomorrow'));
    expect(yes).toBe('Done: 4 reminders, at 1:23 AM tomorrow, after the clocks go back, 3:23 PM, 4:08 PM and 6:38 PM. Each one says what to do.');
    // "1:23 AM" with the zone can't say which 1:23: that one goes as 14 hours and 23 minutes from now.
    expect(triggers()).toEqual([
      { type: 'SCHEDULED_RELATIVE', offsetInSeconds: (14 * 60 + 23) * 60 },
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-01T15:23:00.000', timeZoneId: 'America/New_York' },
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-01T16:08:00.000', timeZoneId: 'America/New_York' },
      { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-11-01T18:38:00.000', timeZoneId: 'America/New_York' },
    ]);
    expect(ringing()).toEqual(['2026-11-01T06:23:00.000Z', '2026-11-01T20:23:00.000Z', '2026-11-01T21:08:00.000Z', '2026-11-01T23:38:00.000Z']);
    expect(Date.parse(ringing()[1]!) - Date.parse(ringing()[0]!)).toBe(wait('refrigerate').minutes.max * MIN);
  });

  it('New York, 1 November 2026: moving dinner from seven to six moves that reminder to the first 1:23 AM', async () => {
    clock = new Date('2026-10-31T16:00:00Z');
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm tomorrow');
    await cook.say('yes');
    clock = new Date(clock.getTime() + 60 * MIN); // an hour later
    expect((await cook.say('move dinner to six')).speech).toBe(
      `Dinner moved to 6 PM tomorrow. ${planSpeech('1:23 AM tomorrow, before the clocks go back', '2:23 PM', '3:08 PM', '6 PM', '6:23 AM tomorrow').replace(` ${OFFER}`, '')} ` +
        'I moved your reminders to match.',
    );
    expect(api.writes().filter((c) => c.method === 'PUT')).toHaveLength(4);
    expect(triggers()[0]).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: (12 * 60 + 23) * 60 });
    expect(ringing()).toEqual(['2026-11-01T05:23:00.000Z', '2026-11-01T19:23:00.000Z', '2026-11-01T20:08:00.000Z', '2026-11-01T22:38:00.000Z']);
  });

  it('New York, 1 November 2026: dinner at six puts it in at the first 1:23 AM, said so', async () => {
    clock = new Date('2026-10-31T16:00:00Z');
    const { out } = await planOf('I want to eat at six pm tomorrow');
    expect(out).toBe(planSpeech('1:23 AM tomorrow, before the clocks go back', '2:23 PM', '3:08 PM', '6 PM', '6:23 AM tomorrow'));
    expect(triggers()[0]).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: (13 * 60 + 23) * 60 });
    expect(ringing()[0]).toBe('2026-11-01T05:23:00.000Z');
  });

  it('London, 25 October 2026: the same in British time, the second 1:23 AM being GMT', async () => {
    api.timeZone = 'Europe/London';
    clock = new Date('2026-10-24T11:00:00Z'); // noon Saturday, summer time; at 2 AM the clocks go back to 1 AM
    const { out } = await planOf('I want to eat at seven pm tomorrow');
    expect(out).toBe(planSpeech('1:23 AM tomorrow, after the clocks go back', '3:23 PM', '4:08 PM', '7 PM', '7:23 AM tomorrow'));
    expect(triggers()[0]).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: (14 * 60 + 23) * 60 });
    expect(triggers()[1]).toEqual({ type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2026-10-25T15:23:00.000', timeZoneId: 'Europe/London' });
    expect(ringing()).toEqual(['2026-10-25T01:23:00.000Z', '2026-10-25T15:23:00.000Z', '2026-10-25T16:08:00.000Z', '2026-10-25T18:38:00.000Z']);
  });

  it('London, 28 March 2027: 14 hours before 3:23 PM summer time is 12:23 AM, not the 1:23 AM that never happens', async () => {
    api.timeZone = 'Europe/London';
    clock = new Date('2027-03-27T12:00:00Z'); // noon Saturday, GMT; at 1 AM the clocks go forward to 2 AM
    const { out } = await planOf('I want to eat at seven pm tomorrow');
    expect(out).toBe(planSpeech('12:23 AM tomorrow', '3:23 PM', '4:08 PM', '7 PM', '7:23 AM tomorrow'));
    // Every clock time happens once: all absolute, and each rings at the plan's instant.
    expect(triggers().map((t) => [t.type, t.scheduledTime, t.timeZoneId])).toEqual([
      ['SCHEDULED_ABSOLUTE', '2027-03-28T00:23:00.000', 'Europe/London'],
      ['SCHEDULED_ABSOLUTE', '2027-03-28T15:23:00.000', 'Europe/London'],
      ['SCHEDULED_ABSOLUTE', '2027-03-28T16:08:00.000', 'Europe/London'],
      ['SCHEDULED_ABSOLUTE', '2027-03-28T18:38:00.000', 'Europe/London'],
    ]);
    expect(ringing()).toEqual(['2027-03-28T00:23:00.000Z', '2027-03-28T14:23:00.000Z', '2027-03-28T15:08:00.000Z', '2027-03-28T17:38:00.000Z']);
    expect(Date.parse(ringing()[1]!) - Date.parse(ringing()[0]!)).toBe(14 * HOURS);
  });

  it('a plan made late the night before the clocks go forward still says "tomorrow" (that day is 23 hours long)', async () => {
    api.timeZone = 'Europe/London';
    clock = new Date('2027-03-27T23:30:00Z'); // 11:30 PM Saturday, GMT
    const cook = newCook();
    await cook.say('open crispy pork belly');
    // Sunday is "tomorrow" for every time, though 24 hours from now is already Monday.
    expect((await cook.say('I want to eat at seven pm tomorrow')).speech).toBe(
      planSpeech('12:23 AM tomorrow', '3:23 PM', '4:08 PM', '7 PM', '7:23 AM tomorrow'),
    );
  });
});

describe('reminders at the plan’s moments', () => {
  it('after yes and voice consent: four reminders at absolute times in the zone, each saying what to do', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    const yes = await cook.say('yes');
    const ask = askFor(yes);
    expect(ask).toMatchObject({
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
    });
    expect(yes.speech).toBe('To remind you, I need your permission to use Alexa reminders.');
    api.granted.add(REMINDERS_SCOPE);
    const done = await cook.connectionsResponse({ name: 'AskFor', payload: { status: 'ACCEPTED' }, token: (ask as { token: string }).token });
    expect(done.speech).toBe('Done: 4 reminders, at 1:23 AM tomorrow, 3:23 PM, 4:08 PM and 6:38 PM. Each one says what to do.');
    expect(reminderBodies()[0]).toEqual({
      requestTime: '2024-11-08T15:00:00.000',
      trigger: { type: 'SCHEDULED_ABSOLUTE', scheduledTime: '2024-11-09T01:23:00.000', timeZoneId: 'America/New_York' },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: `${TITLE}: ${speakable(step('refrigerate').step.text)}` }] } },
      pushNotification: { status: 'ENABLED' },
    });
    expect(triggers().map((t) => t.scheduledTime)).toEqual([
      '2024-11-09T01:23:00.000',
      '2024-11-09T15:23:00.000',
      '2024-11-09T16:08:00.000',
      '2024-11-09T18:38:00.000',
    ]);
    expect(textsOf()).toEqual([
      `${TITLE}: ${speakable(step('refrigerate').step.text)}`,
      `${TITLE}: ${speakable(wait('refrigerate').check!)} ${speakable(step('preheat-low').step.text)}`,
      `${TITLE}: ${speakable(wait('temper').check!)}`,
      `${TITLE}: ${speakable(wait('slow-roast').check!)}`,
    ]);
  });

  it('"what\'s my plan", "when do I take it out", "what time does it go in"; the welcome back; "move dinner to 8" moves them; "cancel the plan" deletes them', async () => {
    api.granted.add(REMINDERS_SCOPE);
    const store = new MemoryStore();
    const cook = newCook(store);
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    await cook.say('yes');
    const ids = [...api.reminders.keys()];
    expect(ids).toHaveLength(4);
    expect((await cook.say('um what\'s my plan')).speech).toBe(`Dinner’s at 7 PM tomorrow. ${SATURDAY_7PM_PLAN} You have 4 reminders for it.`);
    expect((await cook.say('when do I take it out')).speech).toBe(
      `Take it out of the fridge at 3:23 PM tomorrow. Then: ${speakable(step('preheat-low').step.text)}`,
    );
    expect((await cook.say('what time does it go in')).speech).toBe('It goes in the oven at 4:08 PM tomorrow.');

    clock = new Date(clock.getTime() + 60 * MIN);
    // The welcome a new cook hears, with the plan's note after its first sentence.
    const plain = (await newCook().say('open crispy pork belly')).speech;
    const again = newCook(store);
    expect((await again.say('open crispy pork belly')).speech).toBe(
      plain.replace(`Welcome to ${TITLE}. `, `Welcome to ${TITLE}. Dinner’s at 7 PM tomorrow; have the pork in the fridge by 1:23 AM tomorrow. `),
    );
    expect(plain.startsWith(`Welcome to ${TITLE}. `)).toBe(true);
    const moved = await again.say('move dinner to eight');
    expect(moved.sent).toBe('MoveDinnerIntent');
    expect(moved.speech).toBe(
      'Dinner moved to 8 PM tomorrow. Have it prepped and in the fridge by 2:23 AM tomorrow; take it out at 4:23 PM, oven on then; in ' +
        'the oven at 5:08 PM; eat at 8 PM. The drying can be as short as 8 hours, so it can go in as late as 8:23 AM tomorrow. I planned ' +
        'every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. I moved your reminders to match.',
    );
    expect(api.writes().filter((c) => c.method === 'PUT').map((c) => c.path).sort()).toEqual(ids.map((id) => `/v1/alerts/reminders/${id}`).sort());
    expect(triggers().map((t) => t.scheduledTime)).toEqual([
      '2024-11-09T02:23:00.000',
      '2024-11-09T16:23:00.000',
      '2024-11-09T17:08:00.000',
      '2024-11-09T19:38:00.000',
    ]);
    const cancelled = await again.say('cancel the plan');
    expect(cancelled.speech).toBe('Okay, I cancelled the plan for dinner at 8 PM tomorrow and its 4 reminders.');
    expect(api.writes().filter((c) => c.method === 'DELETE').map((c) => c.path).sort()).toEqual(ids.map((id) => `/v1/alerts/reminders/${id}`).sort());
    expect(api.reminders.size).toBe(0);
    expect((await again.say('what\'s my plan')).speech).toBe('You don’t have a dinner plan yet. Say, for example, plan dinner for 7 PM tomorrow.');
  });

  it('"no" sets nothing; a later "yes" sets nothing either', async () => {
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    expect((await cook.say('no')).speech).toBe('Okay, no reminders. Ask me what’s my plan any time.');
    await cook.say('yes');
    expect(api.reminders.size).toBe(0);
  });

  it('a Reminders API failure is answered as the timers’ are, keeping the reminders that were set', async () => {
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    api.failNext({ status: 500, method: 'POST', path: /reminders/ });
    const out = await cook.say('yes');
    expect(out.speech).toBe('The Alexa reminders service had a problem, so I couldn’t set the reminder. Try again in a moment.');
    expect(api.reminders.size).toBe(3);
    expect((await cook.say('what\'s my plan')).speech).toBe(`Dinner’s at 7 PM tomorrow. ${SATURDAY_7PM_PLAN} You have 3 reminders for it.`);
  });
});

describe('the plan kept: more questions, moves that change the plan’s shape, and failures', () => {
  it('"when does it go in the fridge": the fridge, or with the shortcut, the fan', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    await cook.say('no');
    const fridge = await cook.say('when does it go in the fridge');
    expect(fridge.sent).toBe('PlanFridgeIntent');
    expect(fridge.speech).toBe('It goes in the fridge to dry by 1:23 AM tomorrow.');
    const shortcut = newCook();
    await shortcut.say('open crispy pork belly');
    await shortcut.say('plan it for 8 pm');
    await shortcut.say('no');
    // Too soon for the fridge: the fan's time, the shortcut's moment, answers instead.
    expect((await shortcut.say('what time does it go in the fridge')).speech).toBe('The fan goes on by 2:23 PM.');
  });

  it('moving a shortcut plan to the next evening deletes the fan’s reminder, adds the fridge’s and moves the rest', async () => {
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('plan it for 8 pm');
    await cook.say('yes');
    const before = new Map([...api.reminders.entries()].map(([id, body]) => [id, (body.alertInfo as { spokenInfo: { content: { text: string }[] } }).spokenInfo.content[0]?.text]));
    const [fan, ...rest] = [...before.keys()];
    expect(before.get(fan!)).toBe(`${TITLE}: Pat the skin very dry and use a fan to blow air on it for 1 to 2 hours.`);
    const moved = await cook.say('move dinner to tomorrow at 8 pm');
    expect(moved.sent).toBe('MoveDinnerIntent');
    expect(moved.speech).toBe(
      'Dinner moved to 8 PM tomorrow. Have it prepped and in the fridge by 2:23 AM tomorrow; take it out at 4:23 PM, oven on then; in ' +
        'the oven at 5:08 PM; eat at 8 PM. The drying can be as short as 8 hours, so it can go in as late as 8:23 AM tomorrow. I planned ' +
        'every step at the long end: if they all run short, you’ll be ready up to 51 minutes early. I moved your reminders to match.',
    );
    const writes = api.writes().slice(4).map((c) => `${c.method} ${c.path}`);
    expect(writes.filter((w) => w.startsWith('DELETE'))).toEqual([`DELETE /v1/alerts/reminders/${fan}`]);
    expect(writes.filter((w) => w.startsWith('PUT')).sort()).toEqual(rest.map((id) => `PUT /v1/alerts/reminders/${id}`).sort());
    expect(writes.filter((w) => w.startsWith('POST'))).toEqual(['POST /v1/alerts/reminders']);
    expect(triggers().map((t) => t.scheduledTime).sort()).toEqual([
      '2024-11-09T02:23:00.000',
      '2024-11-09T16:23:00.000',
      '2024-11-09T17:08:00.000',
      '2024-11-09T19:38:00.000',
    ]);
    expect(textsOf()).toContain(`${TITLE}: ${speakable(step('refrigerate').step.text)}`);
    expect((await cook.say('what\'s my plan')).speech).toMatch(/You have 4 reminders for it\.$/);
  });

  it('a failure while moving or cancelling says what did change, and keeps what it could not undo', async () => {
    api.granted.add(REMINDERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    await cook.say('yes');
    api.failNext({ status: 500, method: 'PUT', path: /reminders/ });
    expect((await cook.say('move dinner to eight')).speech).toBe(
      'Dinner moved to 8 PM tomorrow. The Alexa reminders service had a problem, so I couldn’t set the reminder. Try again in a moment.',
    );
    // Three moved; the one the API refused still rings at its old time, and is still the plan's: the
    // next move tries it again, and a cancel deletes it.
    expect((await cook.say('what\'s my plan')).speech).toMatch(/^Dinner’s at 8 PM tomorrow\. .* You have 4 reminders for it\.$/);
    const seven = ['2024-11-09T01:23:00.000', '2024-11-09T15:23:00.000', '2024-11-09T16:08:00.000', '2024-11-09T18:38:00.000'];
    expect(triggers().filter((t) => seven.includes(String(t.scheduledTime)))).toHaveLength(1);
    expect((await cook.say('move dinner to eight')).speech).toMatch(/I moved your reminders to match\.$/);
    expect(triggers().map((t) => t.scheduledTime).sort()).toEqual([
      '2024-11-09T02:23:00.000',
      '2024-11-09T16:23:00.000',
      '2024-11-09T17:08:00.000',
      '2024-11-09T19:38:00.000',
    ]);
    api.failNext({ status: 504, method: 'DELETE', path: /reminders/ });
    expect((await cook.say('cancel the plan')).speech).toBe(
      'I cancelled the plan. Your device seems to be offline, so I couldn’t cancel the reminder. Check its connection, then try again.',
    );
    expect(api.reminders.size).toBe(1);
    expect((await cook.say('what\'s my plan')).speech).toBe('You don’t have a dinner plan yet. Say, for example, plan dinner for 7 PM tomorrow.');
  });

  it('reminders consent refused, or not possible by voice: nothing set, and how to allow them', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say('I want to eat at seven pm on saturday');
    const token = (askFor(await cook.say('yes')) as { token: string }).token;
    const denied = await cook.connectionsResponse({ name: 'AskFor', payload: { status: 'DENIED' }, token });
    expect(denied.speech).toBe('Okay, no reminder. If you change your mind, open the Alexa app, go to this skill’s settings, and allow Reminders.');
    expect(api.reminders.size).toBe(0);
    const card = await cook.connectionsResponse({ name: 'AskFor', payload: {}, statusCode: 400, token });
    expect(card.speech).toBe('I can’t ask for permission by voice here, so I’ve sent a card to your Alexa app. Allow Reminders there, then ask me again.');
    expect(card.response.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [REMINDERS_SCOPE] });
    // The plan itself is kept.
    expect((await cook.say('what\'s my plan')).speech).toBe(`Dinner’s at 7 PM tomorrow. ${SATURDAY_7PM_PLAN}`);
  });
});

describe('on a screen', () => {
  it('the plan shows as a timeline with its clock times, from "what\'s my plan" too', async () => {
    const show = onShow();
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1500 }), now, decorate: (r) => (api.decorate(r), show(r)) });
    await cook.say('open crispy pork belly');
    const made = screenWith(await cook.say('I want to eat at seven pm on saturday'));
    expect(made.token).toBe('plan:-');
    const payload = (made.datasources as { payload: Record<string, unknown> }).payload;
    expect(payload).toEqual({
      title: 'Dinner at 7:00 PM Sat',
      heading: 'Every wait at its long end: up to 51 min spare',
      rows: [
        { time: '1:23 AM', day: 'Sat', label: 'Prepped and in the fridge to dry', past: false },
        { time: '3:23 PM', day: 'Sat', label: 'Out of the fridge; oven on', past: false },
        { time: '4:08 PM', day: 'Sat', label: 'Into the oven', past: false },
        { time: '6:38 PM', day: 'Sat', label: 'Check the temperature', past: false },
        { time: '6:38 PM', day: 'Sat', label: 'Hot finish', past: false },
        { time: '7:00 PM', day: 'Sat', label: 'Dinner', past: false },
      ],
      primary: { label: 'Start cooking', action: 'start' },
      labels: { ingredients: 'Ingredients' },
    });
    await cook.say('no');
    expect(screenWith(await cook.say('what\'s my plan')).token).toBe('plan:-');
  });

  it('a time the clock shows twice is written with its zone, so the timeline says which 1:23', async () => {
    clock = new Date('2026-10-31T16:00:00Z'); // noon Saturday in New York; the clocks go back that night
    const show = onShow();
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1500 }), now, decorate: (r) => (api.decorate(r), show(r)) });
    await cook.say('open crispy pork belly');
    const rows = ((screenWith(await cook.say('I want to eat at seven pm tomorrow')).datasources as { payload: { rows: { time: string; day: string }[] } }).payload.rows);
    expect(rows.map((r) => `${r.time} ${r.day}`)).toEqual(['1:23 AM EST Sun', '3:23 PM Sun', '4:08 PM Sun', '6:38 PM Sun', '6:38 PM Sun', '7:00 PM Sun']);
  });
});

describe('too soon, past, and no time zone', () => {
  it('too soon for the cooking itself: the earliest dinner', async () => {
    clock = new Date('2024-11-09T21:00:00Z'); // 4 PM Saturday
    const cook = newCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say('plan it for six pm')).speech).toBe(
      'Dinner at 6 PM is too soon: from the fridge to the table takes up to 3 hours and 37 minutes. The earliest I can plan dinner for ' +
        'is 7:40 PM. Say plan dinner for, and a later time.',
    );
    expect((await cook.say('what\'s my plan')).speech).toBe('You don’t have a dinner plan yet. Say, for example, plan dinner for 7 PM tomorrow.');
  });

  it('a time already gone gets a clear answer', async () => {
    clock = new Date('2024-11-09T21:00:00Z');
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.intent('PlanDinnerIntent', { time: '19:00', date: '2024-11-08' });
    expect(out.speech).toBe('7 PM on Friday has already gone. When would you like to eat? Say, for example, plan dinner for 7 PM tomorrow.');
  });

  it('no time said: asks for one', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say('plan dinner')).speech).toBe('What time is dinner? Say, for example, plan dinner for 7 PM tomorrow.');
  });

  it('without the device’s time zone, says so and plans nothing', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    api.failNext({ status: 500, path: /settings/ });
    expect((await cook.say('I want to eat at seven pm on saturday')).speech).toBe(
      'Alexa couldn’t tell me your time zone, so I can’t plan by the clock just now. Try again in a moment.',
    );
    expect((await cook.say('what\'s my plan')).speech).toBe('You don’t have a dinner plan yet. Say, for example, plan dinner for 7 PM tomorrow.');
  });
});

describe('doneness by conversation', () => {
  const temp = step('check-temp');
  const { f, c } = temp.step.internalTemp!;

  it('at the roast check: below, on and past the target, in either unit', async () => {
    api.granted.add(TIMERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${temp.number}`);
    const low = await cook.say('it\'s at 146');
    expect(low.speech).toBe(
      `146 degrees Fahrenheit is below the target of ${f.min} to ${f.max} degrees Fahrenheit, so keep roasting. ` +
        `Check again in ${temp.step.recheckMinutes} minutes. Shall I set a ${temp.step.recheckMinutes} minute timer?`,
    );
    expect((await cook.say('yes')).speech).toBe(`Timer set for ${temp.step.recheckMinutes} minutes.`);
    expect([...api.timers.values()].map((t) => t.duration)).toEqual([`PT${temp.step.recheckMinutes}M`]);
    expect((await cook.say('um 63 degrees')).speech).toBe(
      `63 degrees Celsius is below the target of ${c.min} to ${c.max} degrees Celsius, so keep roasting. ` +
        `Check again in ${temp.step.recheckMinutes} minutes. Shall I set a ${temp.step.recheckMinutes} minute timer?`,
    );
    expect((await cook.say('no')).speech).toBe('Okay, no timer. Tell me what you see when you check again.');
    expect((await cook.say('it\'s at 152')).speech).toBe(
      `152 degrees Fahrenheit is on target, ${f.min} to ${f.max} degrees Fahrenheit. On to the next step. ${spokenStep('heat-high')}`,
    );
    await cook.say(`go to step ${temp.number}`);
    expect((await cook.say('it\'s at 170')).speech).toBe(
      `170 degrees Fahrenheit is past the target of ${f.min} to ${f.max} degrees Fahrenheit, so no more roasting: go straight on. ${spokenStep('heat-high')}`,
    );
    expect((await cook.say('where am I')).speech).toContain(`step ${temp.number + 1} of`);
  });

  it('at the finish and the glaze: what the cook sees moves them on or keeps them there', async () => {
    const blister = step('blister');
    const takeOut = step('take-out');
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${blister.number}`);
    const notYet = await cook.say('not puffing yet');
    expect(notYet.speech).toBe(
      `Not yet, then: keep going and keep watching. ${speakable(wait('blister').check!)} ${speakable(blister.step.warnings![0]!)} ` +
        `Check again in ${blister.step.recheckMinutes} minutes. Shall I set a ${blister.step.recheckMinutes} minute timer?`,
    );
    expect((await cook.say('where am I')).speech).toContain(`step ${blister.number} of`);
    await cook.say('no');
    expect((await cook.say('it\'s puffed and golden')).speech).toBe(`That’s it. ${spokenStep(takeOut.step.id)}`);
    await cook.say(`go to step ${blister.number}`);
    expect((await cook.say('some bits are black')).speech).toBe(`Stop it there, right now. ${spokenStep(takeOut.step.id)}`);
    await cook.say(`go to step ${step('reduce-glaze').number}`);
    expect((await cook.say('it\'s syrupy')).speech).toBe(`That’s it. ${spokenStep('finish-glaze')}`);
  });
});

describe('timers that bring the skill back', () => {
  const roast = step('slow-roast');
  const label = (id: string) => wait(id).label;
  /** What a recipe wait's timer says, or offers, when it rings: what rang and what to check. */
  const rang = (id: string) => `${capital(label(id))} timer is done. ${spoken(wait(id).check!)}`;
  /** A recipe timer set at the short end of its range, as the cook hears it. */
  const timerSet = (id: string, set: string) => {
    const { min, max } = wait(id).minutes;
    return (
      `The recipe says ${spokenDuration({ min, max })}, so I set the ${label(id)} timer for the shortest time, ${set}. ` +
      `When it rings: ${spoken(wait(id).check!)} If it needs longer, ask me for another timer of up to ${max - min} minutes.`
    );
  };
  const ASK = `When it rings, Alexa will offer to bring you back to ${TITLE}. Is that okay?`;
  type TimerBody = { duration: string; timerLabel: string; triggeringBehavior: { operation: Record<string, unknown> } };
  const posted = () => api.calls.filter((c) => c.method === 'POST' && c.path === '/v1/alerts/timers').map((c) => c.body as TimerBody);
  const operations = () => posted().map((b) => b.triggeringBehavior.operation.type);
  /** The request body of an announcing recipe timer, whole. */
  const announcing = (id: string, duration: string) => ({
    duration,
    timerLabel: label(id),
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text: rang(id) }] },
      notificationConfig: { playAudible: true },
    },
  });

  it('the first launching timer asks; a no makes it an announcing timer for the time it had left, and every recipe timer after it', async () => {
    api.granted.add(TIMERS_SCOPE);
    const store = new MemoryStore();
    const cook = newCook(store);
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    const set = await cook.say('start the timer');
    expect(set.speech).toBe(`${timerSet('slow-roast', '2 hours')} ${ASK}`);
    expect(set.reprompt).toBe(ASK);
    expect(operations()).toEqual(['LAUNCH_TASK']);
    const [launching] = [...api.timers.keys()];
    clock = new Date(clock.getTime() + 3 * MIN);
    const no = await cook.say('no');
    expect(no.speech).toBe('All right. When a recipe timer rings, Alexa will just tell you what to check, and won’t offer to bring you back.');
    // The launching timer is gone; in its place an announcing one, same label, for the 117 minutes it had left.
    expect(api.writes().map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /v1/alerts/timers',
      `DELETE /v1/alerts/timers/${launching}`,
      'POST /v1/alerts/timers',
    ]);
    expect(posted()[1]).toEqual(announcing('slow-roast', `PT${Math.floor((wait('slow-roast').minutes.min - 3) / 60)}H${(wait('slow-roast').minutes.min - 3) % 60}M`));
    expect([...api.timers.values()].map((t) => t.label)).toEqual([label('slow-roast')]);
    // The place is kept, and the timer is known by its name.
    expect((await cook.say('where am I')).speech).toContain(`step ${roast.number} of`);
    expect((await cook.say('how long is left on the roast timer')).speech).toContain(label('slow-roast'));
    // The next recipe timer announces straight away, without asking; so does one in a later session.
    const glaze = await cook.say('set a timer for the glaze');
    expect(glaze.speech).toBe(timerSet('reduce-glaze', '4 minutes'));
    expect(posted().at(-1)).toEqual(announcing('reduce-glaze', `PT${wait('reduce-glaze').minutes.min}M`));
    const later = newCook(store);
    await later.say('open crispy pork belly');
    await later.say('set a timer for the broiler');
    expect(posted().at(-1)).toEqual(announcing('blister', `PT${wait('blister').minutes.min}M`));
    expect(operations()).toEqual(['LAUNCH_TASK', 'ANNOUNCE', 'ANNOUNCE', 'ANNOUNCE']);
  });

  it('a yes keeps the launching timer, and later ones launch without asking again', async () => {
    api.granted.add(TIMERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    await cook.say('start the timer');
    expect((await cook.say('yes')).speech).toBe('Good. When it rings, say yes, and I’ll pick up at the check.');
    expect((await cook.say('set a timer for the glaze')).speech).toBe(timerSet('reduce-glaze', '4 minutes'));
    expect(api.writes().map((c) => c.method)).toEqual(['POST', 'POST']);
    expect(operations()).toEqual(['LAUNCH_TASK', 'LAUNCH_TASK']);
    // The place was kept: "yes" answered the question, it did not move the cook on.
    expect((await cook.say('where am I')).speech).toContain(`step ${roast.number} of`);
  });

  it('where the API refuses the launching timer, the announcing one is set instead, and the cook hears the same', async () => {
    api.granted.add(TIMERS_SCOPE);
    api.refuseLaunchTask = true;
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    const out = await cook.say('start the timer');
    // Nothing will bring the cook back, so nothing is asked about it.
    expect(out.speech).toBe(timerSet('slow-roast', '2 hours'));
    expect(operations()).toEqual(['LAUNCH_TASK', 'ANNOUNCE']);
    expect(posted()[1]).toEqual(announcing('slow-roast', 'PT2H'));
    expect([...api.timers.values()].map((t) => t.label)).toEqual(['pork belly roast']);
  });

  it('where the skill may not launch its task (403), the announcing timer too', async () => {
    api.granted.add(TIMERS_SCOPE);
    const cook = newCook();
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    api.failNext({ status: 403, method: 'POST', path: /timers/ });
    expect((await cook.say('start the timer')).speech).toBe(timerSet('slow-roast', '2 hours'));
    expect(operations()).toEqual(['LAUNCH_TASK', 'ANNOUNCE']);
    expect(posted()[1]).toEqual(announcing('slow-roast', 'PT2H'));
  });

  it('the launch that carries the task opens at the check, with or without a saved place', async () => {
    const store = new MemoryStore();
    const skill = createSkill({ recipe: porkBelly, persistence: store, log: new MemoryLog(), now });
    const SKILL = 'amzn1.ask.skill.envelope-skill';
    const launch = (stepId: string, name = `${SKILL}.CheckTheWait`, version = '1') => {
      const event = launchRequest({ userId: 'amzn1.ask.account.launched' });
      expect(event.context.System.application.applicationId).toBe(SKILL);
      (event.request as LaunchRequest).task = { name, version, input: { stepId } };
      return skill.invoke(event);
    };
    const speech = async (stepId: string, name?: string, version?: string) =>
      ssmlToText(((await launch(stepId, name, version)).response.outputSpeech as { ssml: string }).ssml);
    const check = step('check-temp');
    expect(await speech('slow-roast')).toBe(`Your pork belly roast timer is done. ${spokenStep('check-temp')}`);
    expect(await store.getAttributes(launchRequest({ userId: 'amzn1.ask.account.launched' }))).toMatchObject({ step: check.index });
    expect(await speech('reduce-glaze')).toBe(`Your maple glaze timer is done. ${spokenStep('finish-glaze')}`);
    // A task naming no wait of the recipe is an ordinary launch.
    expect(await speech('slice')).toMatch(/^Welcome back\./);
    // So is a task that is not this skill's check task: the bare name (the manifest's form), another
    // skill's id, another version.
    expect(await speech('slow-roast', 'CheckTheWait')).toMatch(/^Welcome back\./);
    expect(await speech('slow-roast', 'amzn1.ask.skill.someone-else.CheckTheWait')).toMatch(/^Welcome back\./);
    expect(await speech('slow-roast', `${SKILL}.CheckTheWait`, '2')).toMatch(/^Welcome back\./);
  });
});
