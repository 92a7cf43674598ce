import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { porkBelly } from '../../lambda/recipe';
import { FileStore } from '../../lambda/services/stores';
import { freshState, STATE_VERSION, type CookState } from '../../lambda/state/cook-state';
import { launchRequest } from '../../tools/envelopes';
import { asPerson } from '../helpers/speaker';
import { spokenStep as heard, TOTAL, welcomeBackTo as welcomeBack } from '../helpers/expected';
import { TestCook, type TestSkillOptions } from '../helpers/skill';

const COOK = 'amzn1.ask.account.resume-cook';
const HOUR = 3_600_000;

/** A clock the test moves forward, as the hours between sessions pass. */
class Clock {
  private time = Date.parse('2026-03-14T18:00:00Z');
  readonly now = () => new Date(this.time);
  pass(ms: number): void {
    this.time += ms;
  }
}

function newStore(): FileStore {
  return new FileStore(mkdtempSync(join(tmpdir(), 'resume-')));
}

/** One session: a new TestCook is a new session for the same person against the same store. */
function session(options: TestSkillOptions & { persistence: FileStore }): TestCook {
  return new TestCook({ userId: COOK, ...options });
}

async function leaveAt(step: number, options: TestSkillOptions & { persistence: FileStore }): Promise<void> {
  const cook = session(options);
  await cook.say('open crispy pork belly');
  await cook.intent('GoToStepIntent', { stepNumber: String(step) });
  expect((await cook.say('stop')).sessionEnded).toBe(true);
}

describe('coming back to the skill', () => {
  it('a new cook hears the first-time welcome', async () => {
    const cook = session({ persistence: newStore() });
    expect((await cook.say('open crispy pork belly')).speech).toMatch(/^Welcome to Crispy Pork Belly with Maple Glaze\./);
  });

  it('offers the step the cook left, with its phase, and how to go on', async () => {
    const store = newStore();
    await leaveAt(9, { persistence: store });
    const back = await session({ persistence: store }).say('open crispy pork belly');
    expect(back.speech).toBe(`${welcomeBack(9)} Say continue, or start over.`);
    expect(back.reprompt).toBe('Say continue to pick up where you left off, or start over.');
  });

  it.each(['continue', 'resume', 'pick up where I left off', 'keep going'])('"%s" returns to that exact step', async (phrase) => {
    const store = newStore();
    await leaveAt(14, { persistence: store });
    const cook = session({ persistence: store });
    await cook.say('open crispy pork belly');
    expect((await cook.say(phrase)).speech.startsWith(heard(14))).toBe(true);
    // Having heard it, the cook moves on from there.
    expect((await cook.say('next')).speech.startsWith(heard(15))).toBe(true);
  });

  it('"start over" begins again at step 1, and that is kept', async () => {
    const store = newStore();
    await leaveAt(20, { persistence: store });
    const cook = session({ persistence: store });
    await cook.say('open crispy pork belly');
    expect((await cook.say('start over')).speech).toBe(heard(1));
    await cook.say('stop');
    expect((await session({ persistence: store }).say('open crispy pork belly')).speech).toContain(welcomeBack(1));
  });

  it('a cook who finished is offered to start over', async () => {
    const store = newStore();
    const cook = session({ persistence: store });
    await cook.say('open crispy pork belly');
    await cook.intent('GoToStepIntent', { stepNumber: String(TOTAL) });
    expect((await cook.say('next')).speech).toContain('you’ve done every step');
    const again = session({ persistence: store });
    await again.script(`
      U: open crispy pork belly
      A: Welcome back. You finished Crispy Pork Belly with Maple Glaze last time. Would you like to start over?
      U: yes
      A: ${heard(1)}
    `);
  });

  it('says how long ago the cook left off, when it was an hour or more', async () => {
    const clock = new Clock();
    const store = newStore();
    // Step 8, not 9: a cook back hours after step 9 (the overnight drying) is greeted for day two (talk.test.ts).
    await leaveAt(8, { persistence: store, now: clock.now });
    clock.pass(10 * 60_000);
    expect((await session({ persistence: store, now: clock.now }).say('open crispy pork belly')).speech).toBe(
      `${welcomeBack(8)} Say continue, or start over.`,
    );
    clock.pass(12 * HOUR);
    expect((await session({ persistence: store, now: clock.now }).say('open crispy pork belly')).speech).toBe(
      `${welcomeBack(8)} You left off about 12 hours ago. Say continue, or start over.`,
    );
    clock.pass(40 * HOUR);
    expect((await session({ persistence: store, now: clock.now }).say('open crispy pork belly')).speech).toContain(
      'You left off 2 days ago.',
    );
  });

  it('mentions the timers and reminders still running, soonest first, and not those that rang', async () => {
    const clock = new Clock();
    const store = newStore();
    await leaveAt(13, { persistence: store, now: clock.now });
    // What the timers capability keeps in the state when it sets alerts for the cook.
    const envelope = launchRequest({ userId: COOK });
    const stored = (await store.getAttributes(envelope)) as unknown as CookState;
    const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
    await store.saveAttributes(envelope, {
      ...stored,
      alerts: [
        { id: 'reminder-1', kind: 'reminder', label: 'check the roast', endsAt: at(2 * HOUR + 35 * 60_000) },
        { id: 'timer-1', kind: 'timer', label: 'low and slow roast', endsAt: at(80 * 60_000) },
        { id: 'timer-0', kind: 'timer', label: 'pork out of the fridge', endsAt: at(-HOUR) },
      ],
    });
    clock.pass(20 * 60_000);
    const back = await session({ persistence: store, now: clock.now }).say('open crispy pork belly');
    expect(back.speech).toBe(
      `${welcomeBack(13)} You have a timer running, low and slow roast, with about 1 hour left. ` +
        'You have a reminder set, check the roast, in about two and a quarter hours. Say continue, or start over.',
    );
  });

  it('keeps what the cook told the skill: their units are used when they come back', async () => {
    const store = newStore();
    await leaveAt(11, { persistence: store });
    // What the questions capability keeps when the cook asks for metric and gives the pork's weight.
    const stored = (await store.getAttributes(launchRequest({ userId: COOK }))) as unknown as CookState;
    await store.saveAttributes(launchRequest({ userId: COOK }), { ...stored, prefs: { units: 'metric', porkKg: 1.6 } });
    const cook = session({ persistence: store });
    await cook.say('open crispy pork belly');
    expect((await cook.say('continue')).speech).toContain('Preheat the oven to 135 degrees Celsius.');
    await cook.say('next');
    expect(await store.getAttributes(launchRequest({ userId: COOK }))).toMatchObject({ step: 11, prefs: { units: 'metric', porkKg: 1.6 } });
  });

  it('keeps each recognised person’s own place, and the account’s for an unrecognised voice', async () => {
    const store = newStore();
    const as = (personId?: string): TestSkillOptions & { persistence: FileStore } => ({
      persistence: store,
      decorate: personId ? asPerson(personId) : undefined,
    });
    await leaveAt(4, as('amzn1.ask.person.alex'));
    await leaveAt(16, as('amzn1.ask.person.sam'));
    await leaveAt(7, as());
    expect((await session(as('amzn1.ask.person.alex')).say('open crispy pork belly')).speech).toContain(welcomeBack(4));
    expect((await session(as('amzn1.ask.person.sam')).say('open crispy pork belly')).speech).toContain(welcomeBack(16));
    expect((await session(as()).say('open crispy pork belly')).speech).toContain(welcomeBack(7));
    expect((await session(as('amzn1.ask.person.new')).say('open crispy pork belly')).speech).toMatch(/^Welcome to /);
  });

  it('gives a second recognised speaker in the same session their own place', async () => {
    const store = newStore();
    let personId = 'amzn1.ask.person.alex';
    const decorate = asPerson(() => personId);
    await leaveAt(4, { persistence: store, decorate });
    personId = 'amzn1.ask.person.sam';
    await leaveAt(16, { persistence: store, decorate });
    const cook = session({ persistence: store, decorate });
    personId = 'amzn1.ask.person.alex';
    await cook.say('open crispy pork belly');
    expect((await cook.say('continue')).speech).toBe(heard(4));
    personId = 'amzn1.ask.person.sam';
    expect((await cook.say('where am I')).speech).toContain(`step 16 of ${TOTAL}`);
    personId = 'amzn1.ask.person.alex';
    expect((await cook.say('next')).speech).toBe(heard(5));
  });

  it('migrates a place saved by the first version of the skill', async () => {
    const store = newStore();
    const { updatedAt: _dropped, ...v2 } = { ...freshState(porkBelly), step: 10 };
    await store.saveAttributes(launchRequest({ userId: COOK }), { ...v2, version: 1 });
    const cook = session({ persistence: store });
    expect((await cook.say('open crispy pork belly')).speech).toBe(`${welcomeBack(11)} Say continue, or start over.`);
    expect(cook.log.entries).toContainEqual(expect.objectContaining({ message: 'stored state migrated', extra: expect.objectContaining({ from: 1, to: STATE_VERSION }) }));
    await cook.say('next');
    const saved = await store.getAttributes(launchRequest({ userId: COOK }));
    expect(saved).toMatchObject({ version: STATE_VERSION, step: 11, updatedAt: expect.any(String), plan: null, pausedTimer: null });
  });
});

describe('the skill manifest', () => {
  it('subscribes to SKILL_DISABLED at the skill’s own endpoint', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill.json'), 'utf8')) as {
      manifest: { apis: { custom: { endpoint: { uri: string } } }; events?: { endpoint: { uri: string }; subscriptions: { eventName: string }[] } };
    };
    expect(manifest.manifest.events?.subscriptions).toContainEqual({ eventName: 'SKILL_DISABLED' });
    expect(manifest.manifest.events?.endpoint.uri).toBe(manifest.manifest.apis.custom.endpoint.uri);
  });
});
