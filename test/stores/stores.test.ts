import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CookStore } from '../../lambda/services/stores/types';
import { parseConfig } from '../../lambda/config';
import { ConflictError, createStore, DynamoStore, FileStore, MemoryStore, UnreadableRecordError } from '../../lambda/services/stores';
import { dynamoClient } from '../../lambda/services/stores/dynamodb-client';
import { storageKey, TABLE_KEY } from '../../lambda/services/stores/key';
import { startDynalite, type LocalDynamo } from '../helpers/dynalite';
import { launchRequest } from '../../tools/envelopes';

const ANN = 'amzn1.ask.account.ann';
const BEN = 'amzn1.ask.account.ben';
const ANN_PERSON = 'amzn1.ask.person.ann-herself';

let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.close());

let tables = 0;
/** Each test gets its own table, created by the store itself (the endpoint is local). */
const newDynamoStore = () => new DynamoStore({ table: `cooks-${++tables}`, endpoint: dynamo.endpoint });

const stores: [string, () => CookStore][] = [
  ['memory', () => new MemoryStore()],
  ['file', () => new FileStore(mkdtempSync(join(tmpdir(), 'state-')))],
  ['dynamodb', newDynamoStore],
];

describe.each(stores)('the %s store', (_kind, make) => {
  it('gives nothing for a cook it has never seen', async () => {
    expect(await make().getAttributes(launchRequest({ userId: ANN }))).toEqual({});
  });

  it('gives back what was saved, per account and per recognised person', async () => {
    const store = make();
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 3, prefs: { units: 'metric' } });
    await store.saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    await store.saveAttributes(launchRequest({ userId: BEN }), { step: 12 });
    expect(await store.getAttributes(launchRequest({ userId: ANN }))).toEqual({ step: 3, prefs: { units: 'metric' } });
    expect(await store.getAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }))).toEqual({ step: 9 });
    expect(await store.getAttributes(launchRequest({ userId: BEN }))).toEqual({ step: 12 });
  });

  it('overwrites a cook’s record on each save', async () => {
    const store = make();
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 3 });
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 4 });
    expect(await store.getAttributes(launchRequest({ userId: ANN }))).toEqual({ step: 4 });
  });

  it('deletes every record of one account (its own and each person’s) and no other', async () => {
    const store = make();
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 3 });
    await store.saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    await store.saveAttributes(launchRequest({ userId: BEN }), { step: 12 });
    await store.deleteAttributes!(launchRequest({ userId: ANN }));
    expect(await store.getAttributes(launchRequest({ userId: ANN }))).toEqual({});
    expect(await store.getAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }))).toEqual({});
    expect(await store.getAttributes(launchRequest({ userId: BEN }))).toEqual({ step: 12 });
  });

  it('writes conditionally on the revision read: a write expecting an older one is refused and changes nothing', async () => {
    const store = make();
    const cook = launchRequest({ userId: ANN });
    expect(await store.read(cook)).toBeUndefined();
    expect(await store.write(cook, { step: 3 }, { expected: 0 })).toBe(1);
    await expect(store.write(cook, { step: 1 }, { expected: 0 })).rejects.toBeInstanceOf(ConflictError);
    expect(await store.write(cook, { step: 4 }, { expected: 1 })).toBe(2);
    // A late write, made from revision 1, after the write of revision 2 landed.
    await expect(store.write(cook, { step: 3 }, { expected: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await store.read(cook)).toEqual({ value: { step: 4 }, revision: 2 });
  });

  it('does not write what the caller gave up on before it was done', async () => {
    const store = make();
    const cook = launchRequest({ userId: ANN });
    await store.write(cook, { step: 3 }, { expected: 0 });
    const controller = new AbortController();
    controller.abort(new Error('given up'));
    await expect(store.write(cook, { step: 9 }, { expected: 1, signal: controller.signal })).rejects.toThrow();
    expect(await store.read(cook)).toEqual({ value: { step: 3 }, revision: 1 });
  });
});

describe('the file store', () => {
  it('keeps one file per person under hashed names, with no Alexa id on disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const store = new FileStore(dir);
    await store.saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    const key = storageKey(launchRequest({ userId: ANN, personId: ANN_PERSON }));
    const file = join(dir, key.userKey, `${key.personKey}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ revision: 1, state: { step: 9 } });
    expect(readdirSync(dir).join('/') + readdirSync(join(dir, key.userKey)).join('/')).not.toMatch(/amzn1|ann/);
    // Only the cook (the process's user) can read it.
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('reads a file written before records had revisions as revision 0, and writes over it as such', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const store = new FileStore(dir);
    const cook = launchRequest({ userId: ANN });
    await store.saveAttributes(cook, { step: 9 });
    const key = storageKey(cook);
    writeFileSync(join(dir, key.userKey, `${key.personKey}.json`), JSON.stringify({ version: 2, step: 9 }));
    expect(await store.read(cook)).toEqual({ value: { version: 2, step: 9 }, revision: 0 });
    expect(await store.write(cook, { version: 2, step: 10 }, { expected: 0 })).toBe(1);
  });

  it('writes through a temporary file and leaves none behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const store = new FileStore(dir);
    await Promise.all([1, 2, 3, 4, 5].map((step) => store.saveAttributes(launchRequest({ userId: ANN }), { step })));
    const folder = join(dir, storageKey(launchRequest({ userId: ANN })).userKey);
    expect(readdirSync(folder)).toEqual(['ACCOUNT.json']);
    // Whichever write landed last, the file is whole.
    expect([1, 2, 3, 4, 5]).toContain((await store.getAttributes(launchRequest({ userId: ANN }))).step);
  });

  it('reports a file with garbage in it as unreadable, not as an outage', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const store = new FileStore(dir);
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 1 });
    const key = storageKey(launchRequest({ userId: ANN }));
    writeFileSync(join(dir, key.userKey, `${key.personKey}.json`), '{"step": 4, "fini');
    await expect(store.getAttributes(launchRequest({ userId: ANN }))).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('fails loudly when its folder cannot be written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'state-')), 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(new FileStore(file).saveAttributes(launchRequest({ userId: ANN }), { step: 1 })).rejects.toThrow();
  });
});

describe('the DynamoDB store', () => {
  // The table as DynamoDB holds it, read and written around the store.
  const call = (operation: string, payload: Record<string, unknown>) => dynamoClient({ endpoint: dynamo.endpoint, env: {} })(operation, payload);

  it('creates a missing table with the deployment’s key schema when the endpoint is local', async () => {
    const table = 'created-on-first-use';
    await expect(call('DescribeTable', { TableName: table })).rejects.toMatchObject({ status: 400, type: 'ResourceNotFoundException' });
    const store = new DynamoStore({ table, endpoint: dynamo.endpoint });
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 2 });
    const { Table } = (await call('DescribeTable', { TableName: table })) as {
      Table: { KeySchema: { AttributeName: string; KeyType: string }[] };
    };
    expect(Table.KeySchema).toEqual([
      { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
    ]);
    // A second store (a new process, say) finds the table there and uses it.
    expect(await new DynamoStore({ table, endpoint: dynamo.endpoint }).getAttributes(launchRequest({ userId: ANN }))).toEqual({ step: 2 });
  });

  it('reads a place with one GetItem when the table is there, as on Lambda, with no question first', async () => {
    const table = 'already-there';
    await new DynamoStore({ table, endpoint: dynamo.endpoint }).saveAttributes(launchRequest({ userId: ANN }), { step: 3 });
    const before = dynamo.calls.length;
    // A new store is a new process's: its first call is the read itself.
    expect(await new DynamoStore({ table, endpoint: dynamo.endpoint }).getAttributes(launchRequest({ userId: ANN }))).toEqual({ step: 3 });
    expect(dynamo.calls.slice(before)).toEqual(['GetItem']);
  });

  it('keys items by hashed account and person, never by an Alexa id', async () => {
    const table = 'hashed-keys';
    await new DynamoStore({ table, endpoint: dynamo.endpoint }).saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    const { Items } = (await call('Scan', { TableName: table })) as { Items: unknown[] };
    const key = storageKey(launchRequest({ userId: ANN, personId: ANN_PERSON }));
    expect(Items).toEqual([{ userKey: { S: key.userKey }, personKey: { S: key.personKey }, state: { S: '{"step":9}' }, revision: { N: '1' } }]);
    expect(JSON.stringify(Items)).not.toMatch(/amzn1|ann/);
  });

  it('deletes an account with more records than one batch holds', async () => {
    const store = newDynamoStore();
    const people = Array.from({ length: 30 }, (_, i) => `amzn1.ask.person.${i}`);
    for (const person of people) await store.saveAttributes(launchRequest({ userId: ANN, personId: person }), { step: 1 });
    await store.saveAttributes(launchRequest({ userId: BEN }), { step: 5 });
    await store.deleteAttributes(launchRequest({ userId: ANN }));
    for (const person of people) expect(await store.getAttributes(launchRequest({ userId: ANN, personId: person }))).toEqual({});
    expect(await store.getAttributes(launchRequest({ userId: BEN }))).toEqual({ step: 5 });
  });

  it('reports an item whose state is not JSON as unreadable', async () => {
    const store = newDynamoStore();
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 1 });
    const key = storageKey(launchRequest({ userId: ANN }));
    const table = `cooks-${tables}`;
    await call('PutItem', { TableName: table, Item: { userKey: { S: key.userKey }, personKey: { S: key.personKey }, state: { S: 'garbage' } } });
    await expect(store.getAttributes(launchRequest({ userId: ANN }))).rejects.toBeInstanceOf(UnreadableRecordError);
  });

  it('fails when the server is down, then works once it is back', async () => {
    const store = newDynamoStore();
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 6 });
    await dynamo.stop();
    try {
      await expect(store.getAttributes(launchRequest({ userId: ANN }))).rejects.toThrow('ECONNREFUSED');
    } finally {
      await dynamo.restart();
    }
    expect(await store.getAttributes(launchRequest({ userId: ANN }))).toEqual({ step: 6 });
  });
});

/**
 * The keys records are stored under, written out: sha256 of each Alexa id in hex, as
 * `printf %s amzn1.ask.account.ann | sha256sum` prints it. Every release must find what the last
 * one stored, so these never change, whatever computes them.
 */
const ANN_KEY = '03bdba50cd1bf83e844923d3a4fac10c46ad04ef70dab25ce6c4e682e6fa978c';
const ANN_PERSON_KEY = 'ba6cabfccd0965cfa32c57516a0ad6c965d6299fd7be23fcad7b7739398de30b';

describe('the keys stored records are found by, the same in every release', () => {
  it('the file store: a folder named by the hashed account, a file by the hashed person or ACCOUNT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'state-'));
    const store = new FileStore(dir);
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 3 });
    await store.saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    expect(readdirSync(dir)).toEqual([ANN_KEY]);
    expect(readdirSync(join(dir, ANN_KEY)).sort()).toEqual(['ACCOUNT.json', `${ANN_PERSON_KEY}.json`].sort());
  });

  it('the DynamoDB store: the hashed account as userKey, the hashed person or ACCOUNT as personKey', async () => {
    const table = 'stable-keys';
    const store = new DynamoStore({ table, endpoint: dynamo.endpoint });
    await store.saveAttributes(launchRequest({ userId: ANN }), { step: 3 });
    await store.saveAttributes(launchRequest({ userId: ANN, personId: ANN_PERSON }), { step: 9 });
    const client = dynamoClient({ endpoint: dynamo.endpoint, env: {} });
    const { Items } = (await client('Scan', { TableName: table })) as { Items: { userKey: { S: string }; personKey: { S: string } }[] };
    expect(Items.map((item) => `${item.userKey.S}/${item.personKey.S}`).sort()).toEqual([`${ANN_KEY}/ACCOUNT`, `${ANN_KEY}/${ANN_PERSON_KEY}`].sort());
  });

  it('the helpers that compute them agree', () => {
    expect(storageKey(launchRequest({ userId: ANN }))).toEqual({ userKey: ANN_KEY, personKey: 'ACCOUNT' });
    expect(storageKey(launchRequest({ userId: ANN, personId: ANN_PERSON }))).toEqual({ userKey: ANN_KEY, personKey: ANN_PERSON_KEY });
  });
});

describe('choosing the store from the configuration', () => {
  it('builds the store STATE_STORE names, the file store outside Lambda and DynamoDB on it', () => {
    expect(createStore(parseConfig({ STATE_STORE: 'memory' }))).toBeInstanceOf(MemoryStore);
    expect(createStore(parseConfig({}))).toBeInstanceOf(FileStore);
    expect(createStore(parseConfig({ AWS_LAMBDA_FUNCTION_NAME: 'fn', DYNAMODB_TABLE: 'cooks' }))).toBeInstanceOf(DynamoStore);
  });

  it('refuses a DynamoDB store without a table at start-up', () => {
    expect(() => createStore(parseConfig({ STATE_STORE: 'dynamodb' }))).toThrow('STATE_STORE=dynamodb needs DYNAMODB_TABLE');
  });

  it('keeps the file store where STATE_DIR says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'configured-'));
    await createStore(parseConfig({ STATE_DIR: dir })).saveAttributes(launchRequest({ userId: ANN }), { step: 2 });
    expect(readdirSync(dir)).toEqual([storageKey(launchRequest({ userId: ANN })).userKey]);
  });
});
