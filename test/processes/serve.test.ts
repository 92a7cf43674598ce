import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_SKILL_ID_WARNING, UNVERIFIED_WARNING } from '../../lambda/server';
import { launchRequest } from '../../tools/envelopes';
import { WELCOME } from '../helpers/expected';
import { ROOT } from '../helpers/processes';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** Starts `npm run serve`'s program on a free port; resolves with what it printed once it listens. */
function startServe(bundle: string): Promise<{ child: ChildProcess; lines: string[]; url: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, PORT: '0', SKILL_VERIFY: 'off', STATE_STORE: 'memory', LOG_LEVEL: 'error' };
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'serve.ts'), '--bundle', bundle], { cwd: ROOT, env });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const listening = /listening on (http:\/\/\S+)/.exec(text);
      if (listening) resolve({ child, lines: text.split('\n'), url: listening[1]!.replace('0.0.0.0', '127.0.0.1') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening:\n${text}`)));
  });
}

describe('`npm run serve`', () => {
  it('runs tools/serve.ts', () => {
    expect(pkg.scripts.serve).toBe('tsx tools/serve.ts');
  });

  it('builds the bundle when there is none, serves that bundle, and warns that SKILL_ID is unset', async () => {
    const bundle = mkdtempSync(join(tmpdir(), 'serve-bundle-'));
    const { child, lines, url } = await startServe(bundle);
    try {
      // What it answers with is the built index.js (the Lambda entry), not the TypeScript source.
      expect(readdirSync(bundle).sort()).toEqual(['answers.js', 'documents.js', 'dynamodb-client.js', 'en-words.js', 'index.js', 'index.js.map', 'sdk-clients.js']);
      // Everything it printed up to listening (the line that ends the wait, then its newline).
      expect(lines).toEqual([
        `no bundle at ${join(bundle, 'index.js')}: building it`,
        `serving the bundle ${join(bundle, 'index.js')}`,
        ...UNVERIFIED_WARNING.split('\n'),
        NO_SKILL_ID_WARNING,
        `Crispy Pork Belly skill listening on ${url.replace('127.0.0.1', '0.0.0.0')} (request verification OFF)`,
        '',
      ]);
      const res = await fetch(url, { method: 'POST', body: JSON.stringify(launchRequest()), headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(200);
      const answer = (await res.json()) as { response: { outputSpeech: unknown } };
      expect(answer.response.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak>${WELCOME}</speak>` });
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  it('serves a bundle that is present as it is, without rebuilding it from the source', async () => {
    const bundle = mkdtempSync(join(tmpdir(), 'serve-present-'));
    // A stand-in build: if the source were served (or rebuilt), this answer could not come back.
    const answer = { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'answered by the built bundle' } } };
    writeFileSync(join(bundle, 'index.js'), `exports.handler = async () => (${JSON.stringify(answer)});\n`);
    const { child, lines, url } = await startServe(bundle);
    try {
      expect(lines.some((l) => l.startsWith('no bundle at'))).toBe(false);
      const res = await fetch(url, { method: 'POST', body: JSON.stringify(launchRequest()), headers: { 'content-type': 'application/json' } });
      expect(await res.json()).toEqual(answer);
      // Not rebuilt: a build would have written its source map beside it.
      expect(readdirSync(bundle)).toEqual(['index.js']);
    } finally {
      child.kill('SIGTERM');
    }
  }, 30_000);
});
