import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { launchRequest } from '../../tools/envelopes';

const root = join(__dirname, '..', '..');

describe('the Lambda bundle', () => {
  it('builds with `npm run build` into one file whose async handler answers a LaunchRequest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const out = join(dir, 'index.js');
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
    process.env.STATE_STORE = 'memory';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(out) as { handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>; codeCacheRejected: boolean };
    delete process.env.STATE_STORE;
    const reply = bundle.handler(launchRequest());
    expect(reply).toBeInstanceOf(Promise);
    const response = await reply;
    expect(JSON.stringify(response.response.outputSpeech)).toContain('Welcome to Crispy Pork Belly with Maple Glaze');
    // The build's code cache was made by this same Node, so V8 took it.
    expect(bundle.codeCacheRejected).toBe(false);
  });

  it('still answers when the code cache is missing or from another V8 (it only ever speeds things up)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
    writeFileSync(join(dir, 'skill.js.cache'), Buffer.from('not a V8 code cache'));
    process.env.STATE_STORE = 'memory';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(join(dir, 'index.js')) as { handler: (event: RequestEnvelope) => Promise<ResponseEnvelope>; codeCacheRejected: boolean };
    delete process.env.STATE_STORE;
    expect(bundle.codeCacheRejected).toBe(true);
    const response = await bundle.handler(launchRequest());
    expect(JSON.stringify(response.response.outputSpeech)).toContain('Welcome to Crispy Pork Belly with Maple Glaze');
  });
});
