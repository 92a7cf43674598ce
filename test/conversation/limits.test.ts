import { porkBelly } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { MemoryStore } from '../../lambda/services/stores';
import { MAX_REMEMBERED_ALERTS, STATE_VERSION } from '../../lambda/state/cook-state';
import { launchRequest } from '../../tools/envelopes';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { onShow } from '../helpers/screen';
import { TestCook } from '../helpers/skill';
import type { Exchange } from '../../tools/conversation';

/** Alexa's limits on a response: speech of at most 8,000 characters, a response of at most 24 KB. */
const MAX_SPEECH = 8000;
const MAX_RESPONSE_BYTES = 24 * 1024;

const NOW = new Date('2024-11-02T18:00:00Z');
let api: AlertsApiStandIn;
beforeEach(async () => {
  api = await AlertsApiStandIn.start(() => NOW);
  api.granted.add(TIMERS_SCOPE);
});
afterEach(() => api.close());

function newCook(persistence?: MemoryStore, userId?: string): TestCook {
  const decorateShow = onShow();
  return new TestCook({
    persistence,
    userId,
    now: () => NOW,
    alerts: sdkAlertService(),
    // An Echo Show: the screen's document and data are part of the response too.
    decorate: (request) => {
      api.decorate(request);
      decorateShow(request);
    },
  });
}

function expectInsideAlexaLimits(exchange: Exchange): void {
  expect(exchange.ssml.length).toBeLessThanOrEqual(MAX_SPEECH);
  expect(exchange.repromptSsml.length).toBeLessThanOrEqual(MAX_SPEECH);
  expect(Buffer.byteLength(JSON.stringify(exchange.response))).toBeLessThan(MAX_RESPONSE_BYTES);
}

/** 7,815 characters of a name no timer has: what issue 14 sent in the timer name slot. */
const LONG_NAME = 'banana '.repeat(1117).slice(0, 7815);

describe('what is said back is bounded (issue 14, item 10)', () => {
  it('a 7,815-character timer name is said back cut to its first words, inside Alexa’s limits', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.intent('SetTimerIntent', { timerName: LONG_NAME });
    // The whole answer; what follows "I can time" is the recipe's list of timers.
    expect(out.speech).toMatch(/^I don’t know a timer for (banana ){7}banana\. I can time [^.]+\.$/);
    expectInsideAlexaLimits(out);
  });

  it('the same name asked about is said back cut short too', async () => {
    const cook = newCook();
    await cook.say('open crispy pork belly');
    const out = await cook.intent('TimeLeftIntent', { timerName: LONG_NAME });
    expect(out.speech).toBe('There’s no banana banana banana banana banana banana banana banana timer running. You have no timers from me running.');
    expectInsideAlexaLimits(out);
  });

  it('150 remembered reminders: the state keeps the latest 20, and "how much time is left" names 5 and counts the rest', async () => {
    const store = new MemoryStore();
    const userId = 'amzn1.ask.account.many-reminders';
    const alerts = Array.from({ length: 150 }, (_, i) => ({
      id: `reminder-${i}`,
      kind: 'reminder',
      label: 'fridge drying',
      stepId: 'refrigerate',
      endsAt: new Date(NOW.getTime() + (i + 1) * 60_000).toISOString(),
    }));
    await store.write(launchRequest({ userId }), { version: STATE_VERSION, recipeId: porkBelly.id, step: 3, finished: false, prefs: {}, alerts, updatedAt: null });
    const cook = newCook(store, userId);
    await cook.say('open crispy pork belly');
    const out = await cook.say('how much time is left');
    // Reminders 131 to 150 are kept (the latest set), ringing in 131 to 150 minutes; the first five are named.
    expect(out.speech).toMatch(/^(Your fridge drying reminder rings in [^.]+\. ){5}And 15 more\.$/);
    expectInsideAlexaLimits(out);
    const kept = (out.response.sessionAttributes as { cook: { alerts: { id: string }[] } }).cook.alerts;
    expect(kept.map((a) => a.id)).toEqual(alerts.slice(-MAX_REMEMBERED_ALERTS).map((a) => a.id));
  });
});

it('a malformed answer from the Timers API (200, {"timers":"x"}) gets the timers’ failure line (issue 14, item 11)', async () => {
  const cook = newCook();
  await cook.say('open crispy pork belly');
  api.failNext({ status: 200, method: 'GET', body: { timers: 'x' } });
  const out = await cook.say('how much time is left');
  expect(out.speech).toBe('The Alexa timers service had a problem, so I couldn’t check your timers. Try again in a moment.');
  expect(out.sessionEnded).toBe(false);
  expect(cook.log.entries).toContainEqual(
    expect.objectContaining({ message: 'alert call failed', extra: expect.objectContaining({ failure: 'server' }) }),
  );
});
