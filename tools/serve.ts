/**
 * `npm run serve`: the built Lambda bundle (dist/index.js, exactly what is deployed; built first
 * if absent) behind the verified endpoint of lambda/server.ts, at `/` on PORT (default 3000).
 * The bundle reads STATE_STORE, SKILL_ID and the rest as it does in Lambda. Put TLS in front of
 * it; see README, "Host it yourself". `--bundle DIR` serves another build's folder.
 * After changing the skill's code, run `npm run build` again: a present bundle is served as is.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseServeConfig, serve, type SkillAnswer } from '../lambda/server';
import { build } from './build';

function bundleDir(): string {
  const at = process.argv.indexOf('--bundle');
  return resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(__dirname, '..', 'dist'));
}

async function main(): Promise<void> {
  const config = parseServeConfig(process.env);
  const dir = bundleDir();
  const entry = join(dir, 'index.js');
  if (!existsSync(entry)) {
    console.warn(`no bundle at ${entry}: building it`);
    await build(dir);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle is CommonJS, found at run time
  const { handler } = require(entry) as { handler: SkillAnswer };
  console.warn(`serving the bundle ${entry}`);
  await serve((envelope) => handler(envelope), config, (line) => console.warn(line));
}

main().catch((err: unknown) => {
  console.error(`could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
