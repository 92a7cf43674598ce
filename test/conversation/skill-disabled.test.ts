import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CookStore } from '../../lambda/services/stores/types';
import { porkBelly } from '../../lambda/recipe';
import { DynamoStore, FileStore } from '../../lambda/services/stores';
import { createSkill } from '../../lambda/skill';
import { startDynalite, type LocalDynamo } from '../helpers/dynalite';
import { launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { asPerson } from '../helpers/speaker';
import { MemoryLog } from '../helpers/log';
import { WELCOME } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

const LEAVING = 'amzn1.ask.account.leaving';
const STAYING = 'amzn1.ask.account.staying';

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.close());

const stores: [string, () => CookStore][] = [
  ['file', () => new FileStore(mkdtempSync(join(tmpdir(), 'disabled-')))],
  ['dynamodb', () => new DynamoStore({ table: 'disabled-cooks', endpoint: dynamo.endpoint })],
];

async function cookTo(step: number, persistence: CookStore, userId: string, personId?: string): Promise<void> {
  const cook = new TestCook({
    persistence,
    userId,
    decorate: personId ? asPerson(personId) : undefined,
  });
  await cook.say('open crispy pork belly');
  await cook.intent('GoToStepIntent', { stepNumber: String(step) });
}

describe.each(stores)('disabling the skill (%s store)', (_kind, make) => {
  it('deletes every place kept for that account, silently, and no one else’s', async () => {
    const store = make();
    await cookTo(6, store, LEAVING);
    await cookTo(9, store, LEAVING, 'amzn1.ask.person.leaving-too');
    await cookTo(12, store, STAYING);
    const log = new MemoryLog();
    const skill = createSkill({ recipe: porkBelly, persistence: store, log });
    const response = await skill.invoke(skillDisabledEvent({ userId: LEAVING }));
    expect(response.response.outputSpeech).toBeUndefined();
    expect(log.entries.filter((e) => e.level !== 'info')).toEqual([]);
    // The log may say anything else, but never the leaving cook's raw user id.
    expect(log.text()).not.toContain(LEAVING);
    expect(await store.getAttributes(launchRequest({ userId: LEAVING }))).toEqual({});
    expect(await store.getAttributes(launchRequest({ userId: LEAVING, personId: 'amzn1.ask.person.leaving-too' }))).toEqual({});
    expect(await store.getAttributes(launchRequest({ userId: STAYING }))).toMatchObject({ step: 11 });
    // Enabled again, the cook starts fresh.
    const back = new TestCook({ persistence: store, userId: LEAVING });
    expect((await back.say('open crispy pork belly')).speech).toBe(WELCOME);
  });
});

it('logs an error, and still answers, when the places cannot be deleted', async () => {
  const store = new DynamoStore({ table: 'disabled-while-down', endpoint: dynamo.endpoint });
  await cookTo(3, store, LEAVING);
  await dynamo.stop();
  const log = new MemoryLog();
  try {
    const response = await createSkill({ recipe: porkBelly, persistence: store, log }).invoke(skillDisabledEvent({ userId: LEAVING }));
    expect(response.response.outputSpeech).toBeUndefined();
  } finally {
    await dynamo.restart();
  }
  expect(log.entries).toEqual([expect.objectContaining({ level: 'error', message: 'skill disabled but its stored places could not be deleted' })]);
  // The log may say anything else, but never the leaving cook's raw user id.
  expect(log.text()).not.toContain(LEAVING);
});

it('takes the event without a store, and without a session, quietly', async () => {
  const log = new MemoryLog();
  const response = await createSkill({ recipe: porkBelly, log }).invoke(skillDisabledEvent({ userId: LEAVING }));
  expect(response.response.outputSpeech).toBeUndefined();
  expect(log.entries).toEqual([]);
});
