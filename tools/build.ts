/**
 * `npm run build`: the Lambda bundle, in dist/ (or --outdir DIR):
 *   skill.js, skill.js.map  the skill (lambda/index.ts and everything it uses), one minified esbuild bundle
 *   skill.js.cache          V8's code cache for skill.js, made by loading it in a fresh Node process and
 *                           answering a LaunchRequest, so the cache covers what a cold start runs
 *   index.js                the Lambda entry (lambda/loader.ts): loads skill.js with that cache
 * The cache holds only compiled code for this Node version; see lambda/loader.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { launchRequest } from './envelopes';

const ROOT = join(__dirname, '..');

/** The files a build writes; the Lambda zip carries them all (index.js is the handler's module). */
export const BUILD_FILES = ['index.js', 'skill.js', 'skill.js.map', 'skill.js.cache'] as const;

/** The oldest Node the bundle runs on; the deployment template's runtimes are checked against it. */
export const BUILD_TARGET = 'node20';

const COMMON = {
  bundle: true,
  platform: 'node',
  target: BUILD_TARGET,
  format: 'cjs',
  minify: true,
  logLevel: 'warning',
  // import() becomes require(): the loader compiles skill.js with vm.Script, which has no ES module loader.
  supported: { 'dynamic-import': false },
} as const;

/** Loads the built entry in a new Node process (plain node, as Lambda runs it) and writes the cache. */
function writeCodeCache(outdir: string): void {
  const script = `
    const entry = require(process.argv[1]);
    entry.handler(JSON.parse(process.argv[2])).then(() => {
      require('node:fs').writeFileSync(process.argv[3], entry.makeCodeCache());
    });`;
  execFileSync(
    process.execPath,
    ['-e', script, join(outdir, 'index.js'), JSON.stringify(launchRequest()), join(outdir, 'skill.js.cache')],
    // The memory store: making the cache must not touch any real storage.
    { env: { PATH: process.env.PATH, STATE_STORE: 'memory', LOG_LEVEL: 'error' }, stdio: 'inherit' },
  );
}

export function build(outdir: string): void {
  mkdirSync(outdir, { recursive: true });
  rmSync(join(outdir, 'skill.js.cache'), { force: true });
  buildSync({ ...COMMON, entryPoints: [join(ROOT, 'lambda', 'index.ts')], outfile: join(outdir, 'skill.js'), sourcemap: true });
  buildSync({ ...COMMON, entryPoints: [join(ROOT, 'lambda', 'loader.ts')], outfile: join(outdir, 'index.js') });
  writeCodeCache(outdir);
}

if (require.main === module) {
  const at = process.argv.indexOf('--outdir');
  const outdir = resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(ROOT, 'dist'));
  build(outdir);
  console.log(`built ${outdir}: ${BUILD_FILES.join(', ')}`);
}
