import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, runWithInput } from '../helpers/processes';

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

  it('answers typed lines one by one, says when a phrase matches nothing, and leaves on "exit"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    const typed = ['open crispy pork belly', 'start', 'sing me a song', 'where am I', 'right so where am I mate', 'exit', 'next'].join('\n');
    const out = await runWithInput('npm', ['start', '--silent'], { STATE_DIR: dir }, `${typed}\n`);
    expect(out).toContain('A: Step 1 of 25, pork prep: Pat the pork belly skin and meat dry with paper towels.');
    expect(out).toContain("[no match: that phrase isn't in the interaction model, so Alexa sends AMAZON.FallbackIntent]");
    expect(out).toContain('A: You’re on step 1 of 25, in the pork prep.');
    expect(out).toContain('[WhereAmIIntent; matched inside "right so", "mate", which its samples teach it]');
    // Nothing after "exit" is sent.
    expect(out).not.toContain('Step 2 of 25');
  });
});
