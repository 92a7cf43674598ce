import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchRequest } from '../../tools/envelopes';
import { runBundle } from '../helpers/bundle-process';

const root = join(__dirname, '..', '..');
const WELCOME = 'Welcome to Crispy Pork Belly with Maple Glaze';

function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
  return dir;
}

const speechOf = (run: ReturnType<typeof runBundle>, i: number) => JSON.stringify(run.results[i]);

describe('the Lambda bundle (`npm run build`)', () => {
  const dir = build();

  it('exports an async handler that answers a LaunchRequest, loading the skill with its code cache', () => {
    const run = runBundle(join(dir, 'index.js'), { STATE_STORE: 'memory' }, [launchRequest()]);
    expect(run.handlerIsAsync).toBe(true);
    expect(speechOf(run, 0)).toContain(WELCOME);
    // The cache was made by this same Node, so V8 took it.
    expect(run.codeCacheRejected).toBe(false);
  });

  it('still answers when the code cache is from another V8 (it only ever speeds things up)', () => {
    const other = build();
    writeFileSync(join(other, 'skill.js.cache'), Buffer.from('not a V8 code cache'));
    const run = runBundle(join(other, 'index.js'), { STATE_STORE: 'memory' }, [launchRequest()]);
    expect(run.codeCacheRejected).toBe(true);
    expect(speechOf(run, 0)).toContain(WELCOME);
  });
});
