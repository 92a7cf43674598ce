import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { porkBelly } from '../../lambda/recipe';
import { launchRequest } from '../../tools/envelopes';
import { runBundle } from '../helpers/bundle-process';

const root = join(__dirname, '..', '..');

/** Builds the bundle into a new folder with `npm run build`, as a developer would. */
function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
  return dir;
}

describe('the Lambda bundle (`npm run build`)', () => {
  let dir: string;
  // Built once the tests run, not while jest collects them.
  beforeAll(() => {
    dir = build();
  });

  it('is one file and its source map: index.js is the bundle, with no loader or cache beside it', () => {
    expect(readdirSync(dir).sort()).toEqual(['index.js', 'index.js.map']);
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).toMatch(/\n\/\/# sourceMappingURL=index\.js\.map\n$/);
  });

  it('exports an async handler that answers a LaunchRequest in a new Node process, as Lambda loads it', () => {
    const run = runBundle(join(dir, 'index.js'), { STATE_STORE: 'memory' }, [launchRequest()]);
    expect(run.handlerIsAsync).toBe(true);
    const result = run.results[0]!;
    if (!('response' in result)) throw new Error(result.error);
    // Only the start is checked: the rest of the welcome is the conversation tests' to check exactly.
    expect(JSON.stringify(result.response.response.outputSpeech)).toContain(`Welcome to ${porkBelly.title}`);
  });

  it('is the same bytes when built again from the same source, in another folder', () => {
    const again = build();
    for (const name of ['index.js', 'index.js.map']) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(dir, name)))).toBe(true);
    }
  });
});
