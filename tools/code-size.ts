/**
 * The shipped code's size as issue 10's target counts it: every JavaScript file the Lambda zip
 * carries (index.js and each file it loads on first use, tools/build.ts), each gzipped on its own at
 * level 9 (as each is read on its own), summed; source maps are not code. One function, so the
 * figure `npm run bench` reports and the test that guards the target (test/artifacts/bundle.test.ts)
 * can never count differently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_FILES } from './build';

/** Issue 10's target: at most this many bytes of shipped code, gzipped (100 KB of 1,024 bytes). */
export const SHIPPED_CODE_LIMIT = 100 * 1024;

/** The JavaScript files of a build: what the target counts. */
export const SHIPPED_CODE_FILES = BUILD_FILES.filter((name) => name.endsWith('.js'));

/** One file gzipped as the target counts it. */
export const gzippedSize = (code: Buffer) => gzipSync(code, { level: 9 }).length;

/** The shipped code of the build in `dir`: bytes gzipped (the target's figure) and raw. */
export function shippedCode(dir: string): { gzipped: number; raw: number } {
  const files = SHIPPED_CODE_FILES.map((name) => readFileSync(join(dir, name)));
  return { gzipped: files.reduce((sum, code) => sum + gzippedSize(code), 0), raw: files.reduce((sum, code) => sum + code.length, 0) };
}
