import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynalite, type LocalDynamo } from '../helpers/dynalite';
import { heardStep as heard, WELCOME, welcomeBackTo } from '../helpers/expected';
import { cookInNewProcess } from '../helpers/processes';

// Each conversation runs in a process of its own, as Lambda containers and console runs do.
jest.setTimeout(60_000);


let dynamo: LocalDynamo;
beforeAll(async () => {
  dynamo = await startDynalite();
});
afterAll(() => dynamo.close());

const configurations: [string, () => Record<string, string>][] = [
  ['file', () => ({ STATE_STORE: 'file', STATE_DIR: mkdtempSync(join(tmpdir(), 'cross-')) })],
  // A table no process has made yet: the first one creates it, the next finds it.
  ['dynamodb', () => ({ STATE_STORE: 'dynamodb', DYNAMODB_TABLE: 'cross-process', DYNAMODB_ENDPOINT: dynamo.endpoint })],
];

describe.each(configurations)('across processes with the %s store', (_kind, configure) => {
  it('a cook who left at step 4 in one process is offered step 4 in the next; another cook is not', async () => {
    const env = configure();
    const walk = await cookInNewProcess(env, 'amzn1.ask.account.first', 'open crispy pork belly', 'start', 'next', 'next', 'next', 'stop');
    expect(walk[4]).toBe(heard(4));
    expect(walk[5]).toBe('I’ve kept your place at step 4. Happy cooking!');

    const [back, resumed] = await Promise.all([
      cookInNewProcess(env, 'amzn1.ask.account.first', 'open crispy pork belly', 'continue'),
      cookInNewProcess(env, 'amzn1.ask.account.second', 'open crispy pork belly'),
    ]);
    expect(back[0]).toBe(`${welcomeBackTo(4)} Say continue, or start over.`);
    expect(back[1]).toBe(heard(4));
    expect(resumed[0]).toBe(WELCOME);
  });
});
