import type { Directive, ui } from 'ask-sdk-model';
import { allSteps, porkBelly, timedSteps, type TimedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { MemoryStore } from '../../lambda/services/stores/memory';
import { spoken as speakable, spokenDuration as spokenMinutes } from '../helpers/spoken';
import type { Exchange } from '../../tools/conversation';
import { AlertsApiStandIn, REMINDERS_SCOPE, TIMERS_SCOPE, type ApiCall } from '../helpers/alerts-api';
import { capital, noTimersFrom, offeredStep } from '../helpers/expected';
import { TestCook } from '../helpers/skill';
import { timedStep } from '../helpers/timers';

/** 2 PM on Saturday 2 November 2024 in New York, the stand-in device's time zone. */
const START = new Date('2024-11-02T18:00:00Z');
const TOTAL = allSteps(porkBelly).length;

const roast = timedStep('slow-roast');
const glaze = timedStep('reduce-glaze');
const drying = timedStep('refrigerate');
const broilStep = timedStep('blister');
/** "where am I" at a step, from the recipe data. */
const whereAt = (n: number) =>
  `You’re on step ${n} of ${TOTAL}, in the ${allSteps(porkBelly)[n - 1]!.phase.shortName}. ${TOTAL - n} steps left after this one.`;
/** What the cook should hear when a step's timer rings: the recipe's check, spoken. */
const checkHeard = (s: TimedStep) => speakable(s.step.duration.check ?? '');
/** The roast timer set, as the cook hears it: the range, the lower bound set, what to check and the longest extra timer. */
const roastSet =
  `The recipe says ${spokenMinutes(roast.step.duration.minutes)}, so I set the ${roast.step.duration.label} timer for the shortest time, 2 hours. ` +
  `When it rings: ${checkHeard(roast)} If it needs longer, ask me for another timer of up to 30 minutes.`;
/**
 * The question the first recipe timer that offers the skill back asks (Amazon wants the cook's own yes
 * to what a timer does beyond ringing); asked once per cook.
 */
const ASK_BRING_BACK = `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;
const iso = (minutes: number) => (minutes % 60 === 0 ? `PT${minutes / 60}H` : minutes > 60 ? `PT${Math.floor(minutes / 60)}H${minutes % 60}M` : `PT${minutes}M`);

let clock: Date;
const now = () => clock;
const advance = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
let api: AlertsApiStandIn;

beforeEach(async () => {
  clock = new Date(START);
  api = await AlertsApiStandIn.start(now);
});
afterEach(() => api.close());

/**
 * A cook whose requests point at the stand-in; the API deadline is short so the timeout test is quick,
 * yet long enough that a loaded machine (two cores shared by several runs) does not time out a real answer.
 */
function newCook(options: { persistence?: MemoryStore; userId?: string } = {}): TestCook {
  return new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), now, decorate: api.decorate, ...options });
}

async function openAt(cook: TestCook, step: TimedStep | undefined): Promise<void> {
  await cook.say('open crispy pork belly');
  if (step) await cook.say(`go to step ${step.number}`);
}

function directives(exchange: Exchange): Directive[] {
  return exchange.response.response.directives ?? [];
}

function askFor(exchange: Exchange): { payload: unknown; token: string } {
  const found = directives(exchange).find((d) => d.type === 'Connections.SendRequest');
  if (!found || found.type !== 'Connections.SendRequest') throw new Error(`"${exchange.phrase}" sent no AskFor`);
  expect(found.name).toBe('AskFor');
  return { payload: found.payload, token: found.token };
}

const created = (): ApiCall[] => api.calls.filter((c) => c.method === 'POST' && c.path === '/v1/alerts/timers');
const lastCreated = (): Record<string, unknown> => created().at(-1)?.body as Record<string, unknown>;
const announcementOf = (body: Record<string, unknown>) =>
  (body.triggeringBehavior as { operation: { textToAnnounce: { text: string }[] } }).operation.textToAnnounce[0]?.text;
/** What a recipe wait's timer offers when it rings (LAUNCH_TASK): its confirmation, with Alexa's "%s". */
const confirmationOf = (body: Record<string, unknown>) =>
  (body.triggeringBehavior as { operation: { textToConfirm: { text: string }[] } }).operation.textToConfirm[0]?.text;
/** The skill id the driver's requests carry, which names the skill's task. */
const skillIdOf = (cook: TestCook) => cook.requests[0]?.context?.System?.application?.applicationId ?? '';
const timerIds = () => [...api.timers.values()].map((t) => ({ id: t.id, label: t.label }));

describe('setting a timer', () => {
  beforeEach(() => api.granted.add(TIMERS_SCOPE));

  it('"start the timer" on the roast step sets the roast timer at the lower bound, says so, and what to check', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    const out = await cook.say('start the timer');
    expect(out.sent).toBe('SetTimerIntent');
    const { minutes, label } = roast.step.duration;
    expect(minutes.min).toBeLessThan(minutes.max);
    expect(out.speech).toBe(
      `The recipe says ${spokenMinutes(minutes)}, so I set the ${label} timer for the shortest time, 2 hours. ` +
        `When it rings: ${checkHeard(roast)} If it needs longer, ask me for another timer of up to ${(minutes.max - minutes.min)} minutes. ` +
        ASK_BRING_BACK,
    );
    // The seed's target is "about" 150–155°F.
    expect(checkHeard(roast)).toBe('Check the internal temperature: about 150 to 155 degrees Fahrenheit.');
    expect(out.sessionEnded).toBe(false);
    // The API saw a duration it accepts (exactly the 2-hour limit), a useful label and the announcement.
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /v1/alerts/timers', 'POST /v1/alerts/timers']);
    // A recipe wait's timer offers the skill back when it rings (LAUNCH_TASK), with the step to open at.
    expect(lastCreated()).toEqual({
      duration: 'PT2H',
      timerLabel: 'pork belly roast',
      creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
      triggeringBehavior: {
        operation: {
          type: 'LAUNCH_TASK',
          textToConfirm: [{ locale: 'en-US', text: `Pork belly roast timer is done. ${checkHeard(roast)} Would you like to %s?` }],
          task: { name: `${skillIdOf(cook)}.CheckTheWait`, version: '1', input: { stepId: 'slow-roast' } },
        },
        notificationConfig: { playAudible: true },
      },
    });
    expect(skillIdOf(cook)).toMatch(/^amzn1\./);
    // The place is untouched.
    expect((await cook.say('where am I')).speech).toBe(whereAt(roast.number));
  });

  const shortWaits = timedSteps(porkBelly).filter((s) => s.step.duration.minutes.min <= 120);
  it.each(shortWaits.map((s) => [s.step.duration.label, s] as const))('"set a timer for the %s" from anywhere uses the recipe data', async (label, step) => {
    const cook = newCook();
    await openAt(cook, undefined);
    const out = await cook.say(`set a timer for the ${label}`);
    expect(out.slots.timerName).toBe(label);
    const body = lastCreated();
    expect(body.duration).toBe(iso(step.step.duration.minutes.min));
    expect(body.timerLabel).toBe(label);
    // Ranged waits say the range and the longest extra timer; the exact sentences are checked for the roast above.
    expect(confirmationOf(body)).toBe(`${capital(label)} timer is done. ${checkHeard(step)} Would you like to %s?`);
    expect(out.speech).toContain(`When it rings: ${checkHeard(step)}`);
  });

  it('knows timers by the names a cook uses: the glaze, the roast, the broiler', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    await cook.say('set a timer for the glaze');
    expect(lastCreated()).toMatchObject({ duration: iso(glaze.step.duration.minutes.min), timerLabel: glaze.step.duration.label });
    await cook.say('start the roast timer');
    expect(lastCreated()).toMatchObject({ duration: 'PT2H', timerLabel: 'pork belly roast' });
    const broil = await cook.say('set a timer for the broiler');
    expect(lastCreated()).toMatchObject({ duration: 'PT6M', timerLabel: 'pork belly crisping' });
    expect(broil.speech).toBe(
      `The recipe says 6 to 12 minutes, so I set the pork belly crisping timer for the shortest time, 6 minutes. When it rings: ${checkHeard(broilStep)} ` +
        'If it needs longer, ask me for another timer of up to 6 minutes.',
    );
  });

  it('sets a plain timer for a length, with a clear label', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    const out = await cook.say('set a timer for ten minutes');
    expect(out.slots.duration).toBe('PT10M');
    expect(out.speech).toBe('Timer set for 10 minutes.');
    expect(lastCreated()).toMatchObject({ duration: 'PT10M', timerLabel: '10 minute' });
    expect(announcementOf(lastCreated())).toBe('Your 10 minute timer is done.');
  });

  it('gives a second timer for the same wait its own label', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    await cook.say('set a timer for the glaze');
    await cook.say('set a timer for the glaze');
    expect(created().map((c) => (c.body as { timerLabel: string }).timerLabel)).toEqual(['maple glaze', 'maple glaze 2']);
  });

  it('on a step without a wait, says so and names the timers it can set', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    await cook.say('go to step 1');
    const out = await cook.say('start the timer');
    const labels = timedSteps(porkBelly).map((s) => `the ${s.step.duration.label}`);
    expect(out.speech).toBe(
      `Step 1 of ${TOTAL} has no wait to time. I can time ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}, or say, for example, set a timer for 10 minutes.`,
    );
    expect(api.calls).toEqual([]);
  });

  it('a length Alexa could not make out is asked again, not sent', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    const out = await cook.intent('SetTimerIntent', { duration: '?' });
    expect(out.speech).toContain('For how long?');
    expect(api.calls).toEqual([]);
  });
});

describe('waits longer than two hours', () => {
  beforeEach(() => {
    api.granted.add(TIMERS_SCOPE);
    api.granted.add(REMINDERS_SCOPE);
  });

  it('the overnight drying becomes a reminder, with the time said out loud; no timer request is sent', async () => {
    const cook = newCook();
    await openAt(cook, drying);
    const out = await cook.say('start the timer');
    const { minutes } = drying.step.duration;
    expect(minutes.min * 60).toBeGreaterThan(7200);
    // 2 PM in New York plus the shortest drying time, 8 hours.
    expect(out.speech).toBe(
      `The fridge drying takes ${spokenMinutes(minutes)}, and an Alexa timer can run for at most 2 hours, ` +
        `so I set a reminder instead, for 8 hours from now, at 10 PM. It will say: ${checkHeard(drying)}`,
    );
    expect(created()).toEqual([]);
    const reminder = api.calls.find((c) => c.path === '/v1/alerts/reminders');
    expect(reminder?.method).toBe('POST');
    expect(reminder?.body).toEqual({
      requestTime: '2024-11-02T18:00:00.000',
      trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: minutes.min * 60 },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-US', text: `Crispy Pork Belly with Maple Glaze: the fridge drying is done. ${checkHeard(drying)}` }] } },
      pushNotification: { status: 'ENABLED' },
    });
    advance(60);
    expect((await cook.say('how much time is left')).speech).toBe('Your fridge drying reminder rings in 7 hours.');
  });

  it('a plain length over two hours becomes a reminder too', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    const out = await cook.say('set a timer for three hours');
    expect(out.speech).toBe('That’s longer than the 2 hours an Alexa timer can run, so I set a reminder instead, for 3 hours from now, at 5 PM.');
    expect(api.calls.find((c) => c.path === '/v1/alerts/reminders')?.body).toMatchObject({ trigger: { offsetInSeconds: 10800 } });
    expect(created()).toEqual([]);
  });

  it('without the time zone it still sets the reminder and says how long', async () => {
    const cook = newCook();
    await openAt(cook, drying);
    api.failNext({ status: 500, path: /System\.timeZone/ });
    const out = await cook.say('start the timer');
    expect(out.speech).toBe(
      `The fridge drying takes ${spokenMinutes(drying.step.duration.minutes)}, and an Alexa timer can run for at most 2 hours, ` +
        `so I set a reminder instead, for 8 hours from now. It will say: ${checkHeard(drying)}`,
    );
  });

  it('asks for reminders permission by voice when it is missing', async () => {
    api.granted.delete(REMINDERS_SCOPE);
    const cook = newCook();
    await openAt(cook, drying);
    const out = await cook.say('start the timer');
    // The cook asked for a timer: they hear why a reminder is offered before Alexa asks to allow one.
    expect(out.speech).toBe(
      `The fridge drying takes ${spokenMinutes(drying.step.duration.minutes)}, and an Alexa timer can run for at most 2 hours, ` +
        'so a reminder can do it instead, in 8 hours. To remind you, I need your permission to use Alexa reminders.',
    );
    expect(askFor(out).payload).toEqual({ '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE });
    expect(api.calls).toEqual([]);
  });

  it('a plain timer longer than Alexa allows says so before asking to allow a reminder, and sets nothing yet', async () => {
    api.granted.add(TIMERS_SCOPE);
    api.granted.delete(REMINDERS_SCOPE);
    const cook = newCook();
    await openAt(cook, drying);
    const out = await cook.say('set a timer for eight hours');
    expect(out.speech).toBe(
      'That’s longer than the 2 hours an Alexa timer can run, so a reminder can do it instead, in 8 hours. ' +
        'To remind you, I need your permission to use Alexa reminders.',
    );
    expect(askFor(out).payload).toEqual({ '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE });
    expect(api.calls).toEqual([]);
  });

  it('a refused reminder is answered in speech, with the place kept', async () => {
    const cook = newCook();
    await openAt(cook, drying);
    api.failNext({ status: 400, path: /reminders/ });
    const out = await cook.say('start the timer');
    expect(out.speech).toBe(`Alexa wouldn’t take that reminder. You can set it in the Alexa app instead. You’re still on step ${drying.number}.`);
    expect(out.sessionEnded).toBe(false);
  });

  it('refuses a length longer than a day without calling the API', async () => {
    const cook = newCook();
    await openAt(cook, undefined);
    const out = await cook.intent('SetTimerIntent', { duration: 'PT30H' });
    expect(out.speech).toContain('That’s too long for me');
    expect(api.calls).toEqual([]);
  });
});

describe('time left, cancel, pause and resume', () => {
  beforeEach(() => api.granted.add(TIMERS_SCOPE));

  it('reads the timers from the API and speaks what remains', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    advance(48);
    expect((await cook.say('how much time is left')).speech).toBe('The pork belly roast timer has 1 hour and 12 minutes left.');
    await cook.say('set a timer for the glaze');
    advance(1);
    const both = await cook.say('check the timers');
    expect(both.speech).toBe('You have 2 timers. The maple glaze timer has 3 minutes left. The pork belly roast timer has 1 hour and 11 minutes left.');
    expect((await cook.say('how long is left on the roast')).speech).toBe('The pork belly roast timer has 1 hour and 11 minutes left.');
    advance(5);
    // The glaze timer has rung: the API no longer lists it, and neither does the skill.
    expect((await cook.say('how much time is left')).speech).toBe('The pork belly roast timer has 1 hour and 6 minutes left.');
    expect(api.calls.filter((c) => c.method === 'GET').length).toBe(6);
  });

  it('says so when there are no timers', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    // With no timer, the recipe's own time to go from the cook's step.
    expect((await cook.say('how much time is left')).speech).toBe(noTimersFrom(roast.number));
  });

  it('cancels the only timer', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    const [timer] = timerIds();
    const out = await cook.say('cancel the timer');
    expect(out.sent).toBe('CancelTimerIntent');
    expect(out.speech).toBe('Okay, I cancelled the pork belly roast timer.');
    expect(api.writes().at(-1)).toEqual({ method: 'DELETE', path: `/v1/alerts/timers/${timer?.id}`, body: undefined });
    expect(api.timers.size).toBe(0);
    expect(out.sessionEnded).toBe(false);
  });

  it('asks which when there are several, and cancels the one named', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    await cook.say('set a timer for the glaze');
    const writesBefore = api.writes().length;
    const ask = await cook.say('cancel the timer');
    expect(ask.speech).toBe('You have 2 timers: the maple glaze timer and the pork belly roast timer. Which one should I cancel?');
    expect(ask.reprompt).toBe('Say the maple glaze timer or the pork belly roast timer.');
    expect(api.writes().length).toBe(writesBefore);
    const glazeId = timerIds().find((t) => t.label === 'maple glaze')?.id;
    const out = await cook.say('the glaze');
    expect(out.sent).toBe('WhichTimerIntent');
    expect(out.speech).toBe('Okay, I cancelled the maple glaze timer.');
    expect(api.writes().at(-1)).toMatchObject({ method: 'DELETE', path: `/v1/alerts/timers/${glazeId}` });
    expect(timerIds().map((t) => t.label)).toEqual(['pork belly roast']);
  });

  it('cancels a timer by name straight away', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    await cook.say('set a timer for the glaze');
    expect((await cook.say('cancel the roast timer')).speech).toBe('Okay, I cancelled the pork belly roast timer.');
    expect(timerIds().map((t) => t.label)).toEqual(['maple glaze']);
    const none = await cook.say('cancel the roast timer');
    expect(none.speech).toBe('There’s no roast timer running. You have the maple glaze timer.');
  });

  it('"is the glaze timer nearly done" tells the time left on it', async () => {
    const cook = newCook();
    await openAt(cook, glaze);
    await cook.say('start the timer');
    advance(1);
    const out = await cook.say('is the glaze timer nearly done');
    expect(out.sent).toBe('TimeLeftIntent');
    expect(out.speech).toBe(`The ${glaze.step.duration.label} timer has ${glaze.step.duration.minutes.min - 1} minutes left.`);
  });

  it('a wait the recipe names in a tip, not a timed step of its own, is timed by its words: "the towel bit"', async () => {
    const takeOut = allSteps(porkBelly).find((s) => s.step.id === 'take-out')!;
    const tip = takeOut.step.tips!.find((t) => t.includes('towel'))!;
    const minutes = Number(/for (\d+) minutes/.exec(tip)![1]);
    const cook = newCook();
    await openAt(cook, undefined);
    await cook.say(`go to step ${takeOut.number}`);
    const out = await cook.say('put a timer on for the towel bit');
    expect(out.speech).toBe(`Timer set for ${minutes} minutes.`);
    expect(lastCreated()).toMatchObject({ duration: `PT${minutes}M` });
    // Words that name nothing in the recipe still set nothing.
    const labels = timedSteps(porkBelly).map((s) => `the ${s.step.duration.label}`);
    const none = await cook.say('set a timer for the thermometer');
    expect(none.speech).toBe(`I don’t know a timer for thermometer. I can time ${labels.slice(0, -1).join(', ')} or ${labels.at(-1)!}.`);
    expect(created()).toHaveLength(1);
  });

  it('a "which one?" answered later, after moving on, cancels nothing', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    await cook.say('set a timer for the glaze');
    await cook.say('cancel the timer');
    await cook.say('next');
    const later = await cook.say('the glaze');
    expect(later.speech).toBe('The maple glaze timer has 4 minutes left.');
    expect(api.timers.size).toBe(2);
  });

  it('pauses and resumes the timer ("pause" alone still pauses the recipe)', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    const [timer] = timerIds();
    advance(30);
    const paused = await cook.say('pause the timer');
    expect(paused.sent).toBe('PauseTimerIntent');
    expect(paused.speech).toBe('I paused the pork belly roast timer, with 1 hour and 30 minutes left. Say resume the timer when you’re ready.');
    expect(api.writes().at(-1)).toEqual({ method: 'POST', path: `/v1/alerts/timers/${timer?.id}/pause`, body: undefined });
    advance(20);
    expect((await cook.say('how much time is left')).speech).toBe('The pork belly roast timer is paused, with 1 hour and 30 minutes left.');
    expect((await cook.say('pause the timer')).speech).toBe('No timer of mine is running, so there’s nothing to pause.');
    const resumed = await cook.say('resume the timer');
    expect(resumed.sent).toBe('ResumeTimerIntent');
    expect(resumed.speech).toBe('The pork belly roast timer is running again: 1 hour and 30 minutes to go.');
    expect(api.writes().at(-1)).toEqual({ method: 'POST', path: `/v1/alerts/timers/${timer?.id}/resume`, body: undefined });
    advance(10);
    expect((await cook.say('how much time is left')).speech).toBe('The pork belly roast timer has 1 hour and 20 minutes left.');
    expect((await cook.say('resume the timer')).speech).toBe('None of my timers is paused, so there’s nothing to resume.');
    const walk = await cook.say('pause');
    expect(walk.sent).toBe('AMAZON.PauseIntent');
  });

  it('pauses one of several after asking which, by its length', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    await cook.say('set a timer for ten minutes');
    expect((await cook.say('pause the timer')).speech).toBe('You have 2 timers: the 10 minute timer and the pork belly roast timer. Which one should I pause?');
    const out = await cook.say('the ten minute one');
    expect(out.speech).toBe('I paused the 10 minute timer, with 10 minutes left. Say resume the timer when you’re ready.');
    expect([...api.timers.values()].map((t) => [t.label, t.status])).toEqual([
      ['pork belly roast', 'ON'],
      ['10 minute', 'PAUSED'],
    ]);
  });
});

describe('consent by voice', () => {
  it('asks when the permission is missing, then sets the timer as soon as the cook accepts', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    const ask = await cook.say('start the timer');
    expect(ask.speech).toBe('To set that timer, I need your permission to use Alexa timers.');
    expect(ask.response.response.reprompt).toBeUndefined();
    const { payload, token } = askFor(ask);
    expect(payload).toEqual({ '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: TIMERS_SCOPE });
    expect(api.calls).toEqual([]);
    api.granted.add(TIMERS_SCOPE);
    const done = await cook.connectionsResponse({ name: 'AskFor', payload: { permissionScope: TIMERS_SCOPE, status: 'ACCEPTED' }, token });
    expect(done.speech).toBe(`${roastSet} ${ASK_BRING_BACK}`);
    expect(done.sessionEnded).toBe(false);
    expect(lastCreated()).toMatchObject({ duration: 'PT2H', timerLabel: 'pork belly roast' });
    expect((await cook.say('where am I')).speech).toBe(whereAt(roast.number));
  });

  it('sets what the cook asked for when the answer comes in a new session', async () => {
    const store = new MemoryStore();
    const cook = newCook({ persistence: store });
    await openAt(cook, roast);
    await cook.say('set a timer for the glaze');
    const { token } = askFor(cook.exchanges.at(-1)!);
    api.granted.add(TIMERS_SCOPE);
    const done = await cook.connectionsResponse({ name: 'AskFor', payload: { status: 'ACCEPTED' }, token, newSession: true });
    expect(cook.requests.at(-1)?.session?.new).toBe(true);
    expect(cook.requests.at(-1)?.session?.attributes).toBeUndefined();
    expect(done.speech).toBe(
      `The recipe says 4 to 6 minutes, so I set the maple glaze timer for the shortest time, 4 minutes. When it rings: ${checkHeard(glaze)} ` +
        `If it needs longer, ask me for another timer of up to 2 minutes. ${ASK_BRING_BACK}`,
    );
    expect(lastCreated()).toMatchObject({ duration: 'PT4M', timerLabel: 'maple glaze' });
    expect((await cook.say('where am I')).speech).toBe(whereAt(roast.number));
  });

  it.each(['DENIED', 'NOT_ANSWERED'])('%s: says how to allow it in the Alexa app and keeps the place', async (status) => {
    const cook = newCook();
    await openAt(cook, roast);
    const { token } = askFor(await cook.say('start the timer'));
    const out = await cook.connectionsResponse({ name: 'AskFor', payload: { status }, token });
    expect(out.speech).toBe(
      'Okay, no timer. If you change your mind, open the Alexa app, go to this skill’s settings, and allow Timers. ' +
        `You’re still on step ${roast.number}.`,
    );
    expect(out.sessionEnded).toBe(false);
    expect(api.calls).toEqual([]);
    // The place is kept: the step again, with its timer offered again (issue 12).
    expect((await cook.say('repeat the step')).speech).toBe(offeredStep(roast.number));
  });

  it('where voice consent cannot run, sends the permissions card', async () => {
    const cook = newCook();
    await openAt(cook, roast);
    const { token } = askFor(await cook.say('start the timer'));
    const out = await cook.connectionsResponse({ name: 'AskFor', payload: {}, token, statusCode: 500 });
    expect(out.speech).toContain('I’ve sent a card to your Alexa app. Allow Timers there, then ask me again.');
    expect(out.response.response.card).toEqual({ type: 'AskForPermissionsConsent', permissions: [TIMERS_SCOPE] } satisfies ui.AskForPermissionsConsentCard);
    expect(out.sessionEnded).toBe(false);
  });

  it('a 401 although the request claims consent asks again; a 401 right after consent is answered, not looped', async () => {
    api.claimed = new Set([TIMERS_SCOPE]);
    const cook = newCook();
    await openAt(cook, roast);
    const ask = await cook.say('start the timer');
    expect(api.calls.map((c) => c.method)).toEqual(['GET']);
    const { token } = askFor(ask);
    const out = await cook.connectionsResponse({ name: 'AskFor', payload: { status: 'ACCEPTED' }, token });
    expect(directives(out)).toEqual([]);
    expect(out.speech).toContain('Alexa says I don’t have permission to use your timers.');
    expect(out.response.response.card).toMatchObject({ type: 'AskForPermissionsConsent' });
    expect(created()).toEqual([]);
  });
});

describe('every API failure is answered in speech and the session stays usable', () => {
  let cooks: TestCook[] = [];
  beforeEach(() => {
    api.granted.add(TIMERS_SCOPE);
    cooks = [];
  });
  // A failure must never reach the error handler (the cook would hear "something went wrong").
  afterEach(() => {
    for (const cook of cooks) expect(cook.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
  const failureCook = () => {
    const cook = newCook();
    cooks.push(cook);
    return cook;
  };

  const place = `You’re still on step ${roast.number}.`;
  it.each([
    [403, 'Alexa won’t let me set timers on this device.'],
    [429, 'Alexa is busy right now, so I couldn’t set the timer. Try again in a moment.'],
    [500, 'The Alexa timers service had a problem, so I couldn’t set the timer. Try again in a moment.'],
    [504, 'Your device seems to be offline, so I couldn’t set the timer. Check its connection, then try again.'],
  ])('%i on create', async (status, heard) => {
    const cook = failureCook();
    await openAt(cook, roast);
    api.failNext({ status, method: 'POST' });
    // A 403 to the launching timer gets the announcing one tried (see plan.test.ts): refused too here.
    if (status === 403) api.failNext({ status, method: 'POST' });
    const out = await cook.say('start the timer');
    expect(out.speech).toBe(`${heard} ${place}`);
    expect(out.sessionEnded).toBe(false);
    expect(out.reprompt).not.toBe('');
    expect(api.timers.size).toBe(0);
    // The session goes on: the next request works (the first timer set, so it asks about coming back).
    expect((await cook.say('start the timer')).speech).toBe(`${roastSet} ${ASK_BRING_BACK}`);
  });

  it('400 when the cook already has 10 timers (their own count toward the limit)', async () => {
    api.otherTimers = 10;
    const cook = failureCook();
    await openAt(cook, roast);
    const out = await cook.say('start the timer');
    expect(out.speech).toBe(
      'Alexa wouldn’t take that timer. You may already have 10 timers, the most Alexa allows: cancel one and ask me again. ' + place,
    );
    expect(api.calls.at(-1)?.method).toBe('POST');
  });

  it('with 10 of its own timers running, never sends an 11th', async () => {
    const cook = failureCook();
    await openAt(cook, roast);
    for (let n = 0; n < 10; n++) await cook.say('set a timer for five minutes');
    expect(api.timers.size).toBe(10);
    expect(new Set([...api.timers.values()].map((t) => t.label)).size).toBe(10);
    const out = await cook.say('set a timer for five minutes');
    expect(out.speech).toBe(`Alexa can run at most 10 timers, and you have that many. Cancel one, then ask me again. ${place}`);
    expect(created().length).toBe(10);
  });

  it('404 on cancel: the timer is gone', async () => {
    const cook = failureCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    api.failNext({ status: 404, method: 'DELETE' });
    const out = await cook.say('cancel the timer');
    expect(out.speech).toBe(`That timer isn’t there any more: it may have rung or been cancelled. ${place}`);
  });

  it('401 on time left', async () => {
    const cook = failureCook();
    await openAt(cook, roast);
    api.failNext({ status: 401 });
    const out = await cook.say('how much time is left');
    expect(out.speech).toBe(
      `Alexa says I don’t have permission to use your timers. You can allow timers in the Alexa app, in this skill’s settings. You’re still on step ${roast.number}.`,
    );
    expect(out.sessionEnded).toBe(false);
  });

  it('a timeout: the API answers too slowly', async () => {
    const cook = failureCook();
    await openAt(cook, roast);
    api.failNext({ status: 0, delayMs: 2500 });
    const out = await cook.say('start the timer');
    expect(out.speech).toBe(`The Alexa timers service didn’t answer in time, so I couldn’t set the timer. Try again in a moment. ${place}`);
    expect(created()).toEqual([]);
    expect(cook.log.entries.some((e) => e.message === 'alert call failed' && e.extra?.failure === 'timeout')).toBe(true);
  });

  it.each([
    ['pause the timer', 'pause', 'pause'],
    ['resume the timer', 'resume', 'resume'],
  ])('500 on "%s"', async (phrase, path, verb) => {
    const cook = failureCook();
    await openAt(cook, roast);
    await cook.say('start the timer');
    if (verb === 'resume') await cook.say('pause the timer');
    api.failNext({ status: 500, path: new RegExp(`/${path}$`) });
    const out = await cook.say(phrase);
    expect(out.speech).toBe(`The Alexa timers service had a problem, so I couldn’t ${verb} the timer. Try again in a moment. ${place}`);
  });
});
