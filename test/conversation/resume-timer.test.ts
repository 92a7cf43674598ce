import { allSteps, porkBelly, timedSteps } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { STATE_VERSION } from '../../lambda/state/cook-state';
import { MemoryStore } from '../../lambda/services/stores/memory';
import { launchRequest } from '../../tools/envelopes';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { offeredStep } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

/**
 * "resume", "unpause", "continue" right after the cook paused a timer mean that timer: the skill
 * remembers the timer it paused (the cook's state, `pausedTimer`) and resumes it through the Timers
 * API (the local stand-in), instead of moving the cook on. Without a paused timer, "resume" goes on
 * with the recipe as it always did.
 */

const START = new Date('2024-11-02T18:00:00Z');
const roast = timedSteps(porkBelly).find((s) => s.step.id === 'slow-roast')!;
/** What the cook calls the roast's timer: its label in the recipe. */
const ROAST = roast.step.duration.label;
const TOTAL = allSteps(porkBelly).length;

let clock: Date;
const advance = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};
let api: AlertsApiStandIn;

beforeEach(async () => {
  clock = new Date(START);
  api = await AlertsApiStandIn.start(() => clock);
  api.granted.add(TIMERS_SCOPE);
});
afterEach(() => api.close());

function newCook(options: { persistence?: MemoryStore; userId?: string } = {}): TestCook {
  return new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => clock, decorate: api.decorate, ...options });
}

/** The roast's step, its timer set, 30 minutes gone, then paused by voice: the roast timer's id. */
async function pausedRoast(cook: TestCook): Promise<string> {
  await cook.script(`
    U: open crispy pork belly
    U: go to step ${roast.number}
    U: start the timer
  `);
  const [id] = [...api.timers.keys()];
  advance(30);
  await cook.script(`
    U: pause the timer
    I: PauseTimerIntent
    A: I paused the ${ROAST} timer, with 1 hour and 30 minutes left. Say resume the timer when you’re ready.
  `);
  expect(api.timers.get(id!)?.status).toBe('PAUSED');
  return id!;
}

/** What the cook's own device does to a timer (its own "resume" or "cancel"), through the same API. */
async function onTheDevice(method: 'POST' | 'DELETE', path: string): Promise<void> {
  const res = await fetch(`${api.endpoint}/v1/alerts/timers/${path}`, { method, headers: { authorization: `Bearer ${api.token}` } });
  expect(res.status).toBe(200);
}

const resumeCalls = (id: string) => api.calls.filter((c) => c.method === 'POST' && c.path === `/v1/alerts/timers/${id}/resume`).length;

describe('"resume" while a timer the skill paused is paused', () => {
  it.each([['resume'], ['unpause'], ['continue']])('"%s" resumes the timer, and the place stays; said again, it goes on with the recipe', async (phrase) => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    advance(10);
    await cook.script(`
      U: ${phrase}
      I: AMAZON.ResumeIntent
      A: The ${ROAST} timer is running again: 1 hour and 30 minutes to go.
    `);
    expect(api.timers.get(id)?.status).toBe('ON');
    expect(resumeCalls(id)).toBe(1);
    // The timer runs: the next "resume" is the recipe's again (the step was heard, so on to the next).
    await cook.script(`
      U: ${phrase}
      I: AMAZON.ResumeIntent
      A: ${offeredStep(roast.number + 1)}
    `);
    expect(resumeCalls(id)).toBe(1);
  });

  it.each([['resume the recipe'], ['back to the recipe'], ['keep cooking']])('"%s" names the recipe: it goes on with the steps and the timer stays paused', async (phrase) => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    await cook.script(`
      U: ${phrase}
      I: ResumeRecipeIntent
      A: ${offeredStep(roast.number + 1)}
    `);
    expect(api.timers.get(id)?.status).toBe('PAUSED');
    expect(resumeCalls(id)).toBe(0);
  });

  it('"carry on with the timer" resumes it too, and the skill forgets the pause', async () => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    await cook.script(`
      U: carry on with the timer
      I: ResumeTimerIntent
      A: The ${ROAST} timer is running again: 1 hour and 30 minutes to go.
      U: resume
      I: AMAZON.ResumeIntent
      A: ${offeredStep(roast.number + 1)}
    `);
    expect(resumeCalls(id)).toBe(1);
  });

  it('says so when the timer was started again on the device, and keeps the place', async () => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    await onTheDevice('POST', `${id}/resume`);
    advance(10);
    await cook.script(`
      U: resume
      A: The ${ROAST} timer is already running again, with 1 hour and 20 minutes left: it was started again outside this skill. You’re still on step ${roast.number}.
    `);
    // The device's own call, and none from the skill.
    expect(resumeCalls(id)).toBe(1);
    await cook.script(`
      U: where am I
      A: You’re on step ${roast.number} of ${TOTAL}, in the ${roast.phase.shortName}. ${TOTAL - roast.number} steps left after this one.
      U: resume
      A: ${offeredStep(roast.number + 1)}
    `);
  });

  it('says so when the timer was cancelled on the device, and keeps the place', async () => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    await onTheDevice('DELETE', id);
    await cook.script(`
      U: continue
      A: The ${ROAST} timer I paused isn’t there any more: it was cancelled, or has rung since. You’re still on step ${roast.number}.
      U: continue
      A: ${offeredStep(roast.number + 1)}
    `);
    expect(api.writes().filter((c) => c.path.startsWith(`/v1/alerts/timers/${id}`))).toEqual([
      { method: 'POST', path: `/v1/alerts/timers/${id}/pause`, body: undefined },
      { method: 'DELETE', path: `/v1/alerts/timers/${id}`, body: undefined },
    ]);
  });

  it('keeps the pause when the Timers API fails, so the next "resume" still resumes the timer', async () => {
    const cook = newCook();
    const id = await pausedRoast(cook);
    api.failNext({ method: 'GET', status: 500 });
    await cook.script(`
      U: resume
      A: The Alexa timers service had a problem, so I couldn’t resume the timer. Try again in a moment. You’re still on step ${roast.number}.
      U: resume
      A: The ${ROAST} timer is running again: 1 hour and 30 minutes to go.
    `);
    expect(resumeCalls(id)).toBe(1);
  });

  it('remembers the pause into a new session: "resume" the next time the cook opens the skill resumes the timer', async () => {
    const persistence = new MemoryStore();
    const id = await pausedRoast(newCook({ persistence, userId: 'amzn1.ask.account.paused' }));
    const later = newCook({ persistence, userId: 'amzn1.ask.account.paused' });
    await later.script(`
      U: open crispy pork belly
      U: resume
      A: The ${ROAST} timer is running again: 1 hour and 30 minutes to go.
    `);
    expect(api.timers.get(id)?.status).toBe('ON');
  });

  it('a state saved before the skill remembered paused timers (version 3) has none: "resume" goes on with the recipe', async () => {
    const persistence = new MemoryStore();
    const userId = 'amzn1.ask.account.version-three';
    const v3 = { version: 3, recipeId: porkBelly.id, step: roast.number - 1, finished: false, prefs: {}, alerts: [], updatedAt: null, plan: null };
    await persistence.saveAttributes(launchRequest({ userId }), v3);
    const cook = newCook({ persistence, userId });
    await cook.script(`
      U: open crispy pork belly
      U: resume
      I: AMAZON.ResumeIntent
      A: ${offeredStep(roast.number)}
      U: next
      A: ${offeredStep(roast.number + 1)}
    `);
    expect(api.calls).toEqual([]);
    // Saved again at the change, at the current version, still with no paused timer.
    expect(await persistence.getAttributes(launchRequest({ userId }))).toMatchObject({ version: STATE_VERSION, pausedTimer: null });
  });
});
