import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/processes';

jest.setTimeout(60_000);

describe('the console (npm start)', () => {
  it('keeps the place in the file store by default, so a second run is welcomed back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const first = await run('npm', ['start', '--silent', '--', 'open crispy pork belly', 'go to step three', 'stop'], { STATE_DIR: dir });
    expect(first).toContain('A: Welcome to Crispy Pork Belly with Maple Glaze.');
    expect(first).toContain('A: I’ve kept your place at step 3. Happy cooking!');
    expect(readdirSync(dir)).toHaveLength(1);
    const second = await run('npm', ['start', '--silent', '--', 'open crispy pork belly', 'continue'], { STATE_DIR: dir });
    expect(second).toContain('A: Welcome back. You were on step 3 of');
    expect(second).toContain('A: Step 3 of');
  });
});
