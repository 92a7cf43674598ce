import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { launchEnvelope } from '../helpers/envelopes';

const root = join(__dirname, '..', '..');

describe('the Lambda bundle', () => {
  it('builds with `npm run build` into one file whose async handler answers a LaunchRequest', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'index.js');
    execFileSync('npm', ['run', 'build', '--silent', '--', `--outfile=${out}`], { cwd: root, stdio: 'pipe' });
    process.env.STATE_STORE = 'memory';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(out) as { handler: (event: RequestEnvelope) => Promise<ResponseEnvelope> };
    delete process.env.STATE_STORE;
    const reply = bundle.handler(launchEnvelope());
    expect(reply).toBeInstanceOf(Promise);
    const response = await reply;
    expect(JSON.stringify(response.response.outputSpeech)).toContain('Welcome to Crispy Pork Belly with Maple Glaze');
  });
});
