import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CookStore } from '../../lambda/services/stores/types';
import { porkBelly } from '../../lambda/recipe';
import { STATE_VERSION } from '../../lambda/state/cook-state';
import { DynamoStore, FileStore } from '../../lambda/services/stores';
import { storageKey } from '../../lambda/services/stores/key';
import { CountingStore } from '../../tools/counting-store';
import { startDynalite, type LocalDynamo } from '../helpers/dynalite';
import { launchRequest } from '../../tools/envelopes';
import { spokenStep as heard, offeredStep as offered, TOTAL, WELCOME, welcomedBackTo as welcomedBack, whereAt } from '../helpers/expected';
import { TestCook } from '../helpers/skill';
import { SlowDynamo } from '../helpers/slow-dynamo';

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.close());

let tables = 0;
const stores: [string, () => CookStore][] = [
  ['file', () => new FileStore(mkdtempSync(join(tmpdir(), 'storage-')))],
  ['dynamodb', () => new DynamoStore({ table: `storage-${++tables}`, endpoint: dynamo.endpoint })],
];

describe('the storage server stops mid-conversation', () => {
  it('the cook still hears every answer, and the progress is saved once it is back', async () => {
    const userId = 'amzn1.ask.account.outage';
    const store = new DynamoStore({ table: 'outage', endpoint: dynamo.endpoint });
    const cook = new TestCook({ persistence: store, userId });
    await cook.script(`
      U: open crispy pork belly
      U: start
      U: next
      U: next
      A: ${heard(3)}
    `);
    await dynamo.stop();
    try {
      await cook.script(`
        U: next
        A: ${heard(4)}
        U: go back
        A: ${heard(3)}
        U: go to step five
        A: ${heard(5)}
        U: where am I
        A: You’re on step 5 of ${TOTAL}, in the pork prep. 20 steps left after this one.
      `);
    } finally {
      await dynamo.restart();
    }
    expect(await store.getAttributes(launchRequest({ userId: userId }))).toMatchObject({ step: 2 });
    // The next turn changes nothing, but carries the unsaved progress to the store.
    // "repeat the step": "repeat" now says the last answer again ("where am I"); this reads the step.
    expect((await cook.say('repeat the step')).speech).toBe(heard(5));
    expect(await store.getAttributes(launchRequest({ userId: userId }))).toMatchObject({ step: 4 });
    const warnings = cook.log.entries.filter((e) => e.level === 'warn').map((e) => e.message);
    // One warning among the outage's others (each failed read and write logs its own).
    expect(warnings).toContain('state save failed; will retry next turn');
    // The log may say anything else, but never the cook's raw user id.
    expect(cook.log.text()).not.toContain(userId);
    const later = new TestCook({ persistence: store, userId });
    expect((await later.say('open crispy pork belly')).speech).toBe(welcomedBack(5));
  });
});

/** What the skill says while it cannot read the saved place (storage down, or a record of a newer version). */
const WELCOME_UNKNOWN =
  `Welcome to ${porkBelly.title}. I can’t reach your saved place right now, so I’ll leave it as it is. ` +
  'Try again in a minute, or ask me anything about the recipe.';
const PLACE_UNKNOWN = 'I can’t reach your saved place right now, so I won’t change it. Try again in a minute.';

describe('the storage server is down when the cook opens the skill, with their place saved at step 8', () => {
  // Every turn that would move the cook, start them, or change what is kept (issue 14, item 1).
  const phrases = ['next', 'yes', 'start', 'start over', 'continue', 'I have a two kilo pork belly', 'where am I', 'repeat', 'go back'];

  it.each(phrases)('"%s" is answered honestly and step 8 is still there when the server is back', async (phrase) => {
    const userId = `amzn1.ask.account.outage-at-launch-${phrase.replace(/\W+/g, '-')}`;
    const store = new DynamoStore({ table: 'outage-at-launch', endpoint: dynamo.endpoint });
    const before = new TestCook({ persistence: store, userId });
    await before.say('open crispy pork belly');
    await before.say('go to step eight');
    const saved = await store.read(launchRequest({ userId }));
    expect(saved?.value).toMatchObject({ step: 7 });
    await dynamo.stop();
    const cook = new TestCook({ persistence: store, userId });
    try {
      expect((await cook.say('open crispy pork belly')).speech).toBe(WELCOME_UNKNOWN);
      expect((await cook.say(phrase)).speech).toBe(PLACE_UNKNOWN);
    } finally {
      await dynamo.restart();
    }
    // Nothing was written while the place was unknown, and the session kept nothing of it.
    expect(await store.read(launchRequest({ userId }))).toEqual(saved);
    // The same session, the server back: the next turn reads the place.
    expect((await cook.say('continue')).speech).toBe(heard(8));
    const later = new TestCook({ persistence: store, userId });
    expect((await later.say('open crispy pork belly')).speech).toBe(welcomedBack(8));
    // The log may say anything else, but never the cook's raw user id.
    expect(cook.log.text()).not.toContain(userId);
  });
});

it('a store that accepts the call but never answers holds the cook up no longer than the storage deadline', async () => {
  // A DynamoDB endpoint that takes each request and never replies, as a wedged network would.
  const silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
  try {
    // A shortened deadline: what is tested is that the deadline is kept, not how long it is.
    const cook = new TestCook({
      persistence: new DynamoStore({ table: 'wedged', endpoint }),
      userId: 'amzn1.ask.account.wedged',
      timing: { storageMs: 300 },
    });
    const welcome = await cook.say('open crispy pork belly');
    expect(welcome.speech).toBe(WELCOME_UNKNOWN);
    expect(cook.log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', extra: expect.objectContaining({ error: 'DeadlineError: storage did not answer within 300 ms' }) }),
    );
  } finally {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  }
});

it('a write given up on that reaches the server after a newer one is refused: the newer step is kept', async () => {
  const slow = await SlowDynamo.start(dynamo.endpoint);
  const userId = 'amzn1.ask.account.late-write';
  const store = new DynamoStore({ table: 'late-write', endpoint: slow.endpoint });
  try {
    // A shortened storage deadline (300 ms) and a write held three times as long (issue 14, item 2: 2 s and 3 s).
    const cook = new TestCook({ persistence: store, userId, timing: { storageMs: 300 } });
    await cook.say('open crispy pork belly');
    expect((await cook.say('go to step five')).speech).toBe(heard(5));
    slow.holdNext('PutItem', 900);
    // Step 6 is said; its write is given up on at 300 ms and stays on the network.
    expect((await cook.say('next')).speech).toBe(offered(6));
    // Step 7's write goes through at once.
    expect((await cook.say('next')).speech).toBe(offered(7));
    await slow.settled();
    const puts = slow.calls.filter((c) => c.operation === 'PutItem');
    // In the order sent: step 5's, step 6's (held: it reached the server after step 7's, which
    // the server had taken, and was refused), step 7's.
    expect(puts.map((c) => [c.status, c.errorType ?? 'ok', c.abandoned])).toEqual([
      [200, 'ok', false],
      [400, 'ConditionalCheckFailedException', true],
      [200, 'ok', false],
    ]);
    expect((await store.read(launchRequest({ userId })))?.value).toMatchObject({ step: 6 });
    const later = new TestCook({ persistence: store, userId });
    expect((await later.say('open crispy pork belly')).speech).toBe(welcomedBack(7));
  } finally {
    await slow.close();
  }
});

describe.each(stores)('with the %s store', (_kind, make) => {
  it('two cooks interleaved turn by turn never see each other’s place', async () => {
    const store = make();
    const ann = new TestCook({ persistence: store, userId: 'amzn1.ask.account.ann' });
    const ben = new TestCook({ persistence: store, userId: 'amzn1.ask.account.ben' });
    await ann.say('open crispy pork belly');
    await ben.say('open crispy pork belly');
    expect((await ann.say('go to step three')).speech).toBe(offered(3));
    expect((await ben.say('go to step ten')).speech).toBe(offered(10));
    expect((await ann.say('next')).speech).toBe(offered(4));
    expect((await ben.say('next')).speech).toBe(offered(11));
    expect((await ann.say('where am I')).speech).toBe(whereAt(4));
    expect((await ben.say('where am I')).speech).toBe(whereAt(11));
    await ann.say('stop');
    await ben.say('stop');
    const annAgain = new TestCook({ persistence: store, userId: 'amzn1.ask.account.ann' });
    const benAgain = new TestCook({ persistence: store, userId: 'amzn1.ask.account.ben' });
    expect((await benAgain.say('open crispy pork belly')).speech).toBe(welcomedBack(11));
    expect((await annAgain.say('open crispy pork belly')).speech).toBe(welcomedBack(4));
  });

  it('reads storage once per session and writes only on turns that change the place', async () => {
    const store = new CountingStore(make());
    const userId = 'amzn1.ask.account.counted';
    // Each turn, and whether it changes what is kept.
    const sessions: [string, boolean][][] = [
      [
        ['open crispy pork belly', false],
        ['start', true],
        ['next', true],
        ['next', true],
        ['where am I', false],
        ['repeat', false],
        ['help', false],
        ['ingredients', false],
        ['go back', true],
        ['stop', false],
      ],
      [
        ['open crispy pork belly', false],
        ['continue', false],
        ['next', true],
        ['what was that', false],
        ['go to step twenty', true],
        ['go to step twenty', false],
      ],
    ];
    let changes = 0;
    for (const [index, turns] of sessions.entries()) {
      const cook = new TestCook({ persistence: store, userId });
      for (const [phrase, changesPlace] of turns) {
        await cook.say(phrase);
        if (changesPlace) changes++;
        expect({ phrase, reads: store.reads, writes: store.writes }).toEqual({ phrase, reads: index + 1, writes: changes });
      }
      // The first session ends with "stop"; the second with Alexa closing it after a silence.
      if (!cook.exchanges[cook.exchanges.length - 1]!.sessionEnded) await cook.conversation.endSession();
      expect({ end: index, reads: store.reads, writes: store.writes }).toEqual({ end: index, reads: index + 1, writes: changes });
    }
    expect(changes).toBe(6);
  });

  it('two devices of one cook: a write over a revision another wrote since is made over the new one, with a note in the log', async () => {
    const store = make();
    const userId = 'amzn1.ask.account.two-devices';
    const kitchen = new TestCook({ persistence: store, userId });
    const phone = new TestCook({ persistence: store, userId });
    await kitchen.say('open crispy pork belly');
    await phone.say('open crispy pork belly');
    expect((await phone.say('go to step four')).speech).toBe(offered(4));
    // The kitchen's session read the record before the phone wrote: its write meets the newer revision.
    expect((await kitchen.say('go to step nine')).speech).toBe(offered(9));
    expect(kitchen.log.entries).toContainEqual(expect.objectContaining({ level: 'info', message: 'stored state changed since it was read; writing over the new revision' }));
    expect((await store.read(launchRequest({ userId })))?.value).toMatchObject({ step: 8 });
  });

  it('keeps a record written by a newer version as it is: answers from the session, never writes over it, logs it', async () => {
    const store = make();
    const userId = 'amzn1.ask.account.rolled-back';
    const cook0 = launchRequest({ userId });
    // What a later release (the next state version) might have written.
    const newer = { version: STATE_VERSION + 1, recipeId: porkBelly.id, step: 7, finished: false, prefs: {}, alerts: [], updatedAt: null, pantry: ['maple'] };
    await store.write(cook0, newer);
    const saved = await store.read(cook0);
    const cook = new TestCook({ persistence: store, userId });
    expect((await cook.say('open crispy pork belly')).speech).toBe(WELCOME_UNKNOWN);
    expect((await cook.say('next')).speech).toBe(PLACE_UNKNOWN);
    expect((await cook.say('start over')).speech).toBe(PLACE_UNKNOWN);
    await cook.say('stop');
    expect(await store.read(cook0)).toEqual(saved);
    expect(cook.log.entries).toContainEqual({
      level: 'warn',
      message: 'stored state is from a newer version; kept as it is',
      extra: expect.objectContaining({ version: STATE_VERSION + 1, supported: STATE_VERSION }),
    });
  });

  it('survives a stored state with garbage in it: a fresh start, a warning, and the record replaced', async () => {
    const store = make();
    const userId = 'amzn1.ask.account.garbage';
    await store.saveAttributes(launchRequest({ userId: userId }), { version: 3, recipeId: porkBelly.id, step: 'nine', alerts: 'many' });
    const cook = new TestCook({ persistence: store, userId });
    expect((await cook.say('open crispy pork belly')).speech).toBe(WELCOME);
    expect(cook.log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'stored state replaced by a fresh one', extra: expect.objectContaining({ problem: 'corrupt' }) }),
    );
    expect(await store.getAttributes(launchRequest({ userId: userId }))).toMatchObject({ version: STATE_VERSION, step: null });
    expect((await cook.say('start')).speech).toBe(heard(1));
  });
});

it('survives a state file that is not even JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'garbage-'));
  const store = new FileStore(dir);
  const userId = 'amzn1.ask.account.torn-file';
  const first = new TestCook({ persistence: store, userId });
  await first.say('open crispy pork belly');
  await first.say('go to step six');
  const key = storageKey(launchRequest({ userId: userId }));
  writeFileSync(join(dir, key.userKey, `${key.personKey}.json`), '\u0000\u0000{"version":2,"st');
  const cook = new TestCook({ persistence: store, userId });
  expect((await cook.say('open crispy pork belly')).speech).toBe(WELCOME);
  expect(cook.log.entries).toContainEqual(expect.objectContaining({ level: 'warn', extra: expect.objectContaining({ problem: 'corrupt' }) }));
  expect((await cook.say('go to step seven')).speech).toBe(offered(7));
  expect(await store.getAttributes(launchRequest({ userId: userId }))).toMatchObject({ step: 6 });
});
