/**
 * `npm run fuzz -- --count 20000 --seed N [--keep 25] [--only I]`: builds the bundle (into a temporary folder, so it is
 * the code as it is now) and runs a fuzz campaign against it (tools/fuzz/campaign.ts). Prints the
 * figures, each failing envelope with its seed and index, and why the error handler had to answer;
 * exits 1 when any envelope broke a property. Without --seed, a random seed, printed first.
 * `--only I` sends envelope I of the run alone (with --count past it), to replay a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeFailure, runCampaign } from './fuzz/campaign';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function wholeNumber(name: string, fallback: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not ${text}`);
  return value;
}

async function main(): Promise<void> {
  const count = wholeNumber('count', 20000);
  const seed = wholeNumber('seed', Math.floor(Math.random() * 0x100000000));
  console.log(`fuzz: seed ${seed}, ${count} envelopes`);
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-bundle-'));
  try {
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: join(__dirname, '..'), stdio: 'inherit' });
    const result = await runCampaign({
      entry: join(dir, 'index.js'),
      count,
      seed,
      keepFailures: wholeNumber('keep', 25),
      ...(option('only') !== undefined ? { only: [wholeNumber('only', 0)] } : {}),
      progress: (sent) => process.stderr.write(`  ${sent} sent\r`),
    });
    for (const f of result.failures) console.log(`\nFAILED ${describeFailure(f)}`);
    console.log('\nenvelopes by kind:', JSON.stringify(result.kinds));
    console.log('error handler answered for:');
    for (const [why, n] of Object.entries(result.handlerErrors).sort((a, b) => b[1] - a[1])) console.log(`  ${n} x ${why}`);
    console.log(
      `\nfuzz: ${result.count} envelopes (${result.cookTurns} of them cooks' turns), seed ${result.seed}, ` +
        `${(result.elapsedMs / 1000).toFixed(1)} s, ${result.failed} failed`,
    );
    process.exitCode = result.failed > 0 ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 2;
});
