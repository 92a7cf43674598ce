import type { RequestEnvelope } from 'ask-sdk-model';
import { AlertError, DeadlineApiClient, sdkAlertService, type AlertsApi, type TimerSpec } from '../../lambda/services/alerts';
import { AlertsApiStandIn, DEVICE_ID, REMINDERS_SCOPE, TIMERS_SCOPE } from '../helpers/alerts-api';

/**
 * The SDK implementation of the alert service (the SDK's DefaultApiClient and service clients)
 * against the local stand-in: the stand-in refuses what the real APIs refuse, and every refusal
 * reaches the handlers as a classified AlertError.
 */

let clock = new Date('2024-11-02T18:00:00Z');
let api: AlertsApiStandIn;

beforeEach(async () => {
  clock = new Date('2024-11-02T18:00:00Z');
  api = await AlertsApiStandIn.start(() => clock);
  api.granted.add(TIMERS_SCOPE);
  api.granted.add(REMINDERS_SCOPE);
});
afterEach(() => api.close());

function envelope(overrides: { endpoint?: string; token?: string } = {}): RequestEnvelope {
  return {
    version: '1.0',
    context: {
      System: {
        application: { applicationId: 'amzn1.ask.skill.test' },
        user: { userId: 'amzn1.ask.account.test' },
        device: { deviceId: DEVICE_ID, supportedInterfaces: {} },
        apiEndpoint: overrides.endpoint ?? api.endpoint,
        apiAccessToken: overrides.token ?? api.token,
      },
    },
    request: { type: 'LaunchRequest', requestId: 'r', timestamp: clock.toISOString(), locale: 'en-US' },
  } as RequestEnvelope;
}

const open = (overrides?: { endpoint?: string; token?: string }, timeoutMs = 250): AlertsApi =>
  sdkAlertService({ timeoutMs }).open(envelope(overrides));
const spec = (over: Partial<TimerSpec> = {}): TimerSpec => ({ seconds: 600, label: 'tea', announcement: 'Tea is ready.', locale: 'en-US', ...over });

async function failure(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (err) {
    expect(err).toBeInstanceOf(AlertError);
    return (err as AlertError).failure;
  }
  throw new Error('expected the call to fail');
}

describe('the stand-in enforces the real rules', () => {
  it('accepts PT2H exactly and refuses a second more', async () => {
    const t = await open().createTimer(spec({ seconds: 7200 }));
    expect(t).toMatchObject({ status: 'ON', duration: 'PT2H', label: 'tea', triggerTime: '2024-11-02T20:00:00.000Z' });
    expect(await failure(open().createTimer(spec({ seconds: 7201, label: 'too long' })))).toBe('rejected');
    expect(api.calls.at(-1)).toMatchObject({ method: 'POST', path: '/v1/alerts/timers', body: { duration: 'PT2H1S' } });
  });

  it('refuses a label over 256 characters, and a label already in use', async () => {
    expect(await failure(open().createTimer(spec({ label: 'x'.repeat(257) })))).toBe('rejected');
    await open().createTimer(spec());
    expect(await failure(open().createTimer(spec()))).toBe('rejected');
  });

  it('refuses an 11th timer, counting the cook\'s own', async () => {
    api.otherTimers = 9;
    await open().createTimer(spec());
    expect(await failure(open().createTimer(spec({ label: 'eleventh' })))).toBe('rejected');
  });

  it('answers 401 for a wrong token and for a scope not granted', async () => {
    expect(await failure(open({ token: 'someone-else' }).listTimers())).toBe('no-consent');
    api.granted.delete(TIMERS_SCOPE);
    expect(await failure(open().listTimers())).toBe('no-consent');
    // Each scope stands alone: reminders still work.
    await expect(open().createReminder({ offsetSeconds: 60, text: 'hi', locale: 'en-US', requestTime: clock })).resolves.toEqual({
      id: expect.any(String),
    });
  });

  it('refuses a reminder without a positive offset', async () => {
    expect(await failure(open().createReminder({ offsetSeconds: 0, text: 'hi', locale: 'en-US', requestTime: clock }))).toBe('rejected');
  });

  it('lists, pauses, resumes and deletes timers, and forgets one that has rung', async () => {
    const a = await open().createTimer(spec({ seconds: 60, label: 'short' }));
    const b = await open().createTimer(spec({ seconds: 3600, label: 'long' }));
    clock = new Date(clock.getTime() + 30_000);
    await open().pauseTimer(b.id);
    expect(await failure(open().pauseTimer(b.id))).toBe('rejected');
    let list = await open().listTimers();
    expect(list.map((t) => [t.label, t.status, t.remainingWhenPaused])).toEqual([
      ['short', 'ON', undefined],
      ['long', 'PAUSED', 'PT59M30S'],
    ]);
    await open().resumeTimer(b.id);
    clock = new Date(clock.getTime() + 60_000);
    list = await open().listTimers();
    expect(list.map((t) => t.id)).toEqual([b.id]);
    expect(await failure(open().deleteTimer(a.id))).toBe('not-found');
    await open().deleteTimer(b.id);
    expect(await open().listTimers()).toEqual([]);
  });

  it('tells the device time zone', async () => {
    expect(await open().timeZone()).toBe('America/New_York');
    expect(api.calls.at(-1)?.path).toBe(`/v2/devices/${DEVICE_ID}/settings/System.timeZone`);
  });
});

describe('every failure is classified', () => {
  it.each([
    [400, 'rejected'],
    [401, 'no-consent'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [429, 'throttled'],
    [500, 'server'],
    [503, 'server'],
    [504, 'offline'],
  ])('%i is %s', async (status, expected) => {
    api.failNext({ status });
    const err = await open().listTimers().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AlertError);
    expect({ failure: (err as AlertError).failure, status: (err as AlertError).status }).toEqual({ failure: expected, status });
  });

  it('a slow answer is a timeout, within the deadline', async () => {
    api.failNext({ status: 0, delayMs: 500 });
    const started = Date.now();
    expect(await failure(open(undefined, 100).listTimers())).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(450);
  });

  it('no endpoint, or nothing listening, is unreachable', async () => {
    expect(await failure(open({ endpoint: '' }).listTimers())).toBe('unreachable');
    const closed = await AlertsApiStandIn.start(() => clock);
    const endpoint = closed.endpoint;
    await closed.close();
    expect(await failure(open({ endpoint }).listTimers())).toBe('unreachable');
  });

  it('the deadline client passes a prompt answer through untouched', async () => {
    const inner = { invoke: async () => ({ statusCode: 200, body: '{"ok":true}', headers: [] }) };
    const client = new DeadlineApiClient(50, inner);
    await expect(client.invoke({ url: 'http://127.0.0.1/x', method: 'GET', headers: [] })).resolves.toEqual({
      statusCode: 200,
      body: '{"ok":true}',
      headers: [],
    });
  });
});
