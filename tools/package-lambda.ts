/**
 * Zips the Lambda bundle for upload: `npm run package` builds `dist/` and writes `build/lambda.zip`.
 * The zip holds exactly what `ask deploy` uploads from `dist/` (see ask-resources.json), and it is the
 * same byte for byte for the same source (the build is reproducible, and so is the zip), so the sha256
 * printed here can be checked against the `CodeSha256` Lambda reports for the deployed function.
 * Written in Node (fflate) rather than with a `zip` command a developer's machine may not have.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { BUILD_FILES } from './build';

/** Where `npm run build` writes the bundle. */
export const BUNDLE_DIR = join(__dirname, '..', 'dist');

/**
 * The files of the deployment, at the zip's root: everything `npm run build` writes (tools/build.ts).
 * The handler `index.handler` is `handler` exported by `index.js`, the bundle itself. The source map
 * is kept so `NODE_OPTIONS=--enable-source-maps` can be turned on for readable stack traces without
 * a rebuild; unused, it costs nothing at run time.
 */
export const BUNDLE_FILES = BUILD_FILES;

export const PACKAGE_FILE = join(__dirname, '..', 'build', 'lambda.zip');

/** One fixed date for every entry, so the zip depends only on the files' bytes. */
const FIXED_DATE = new Date(2000, 0, 1);
/** Unix, regular file, rw-r--r--: the Lambda runtime's user must be able to read the code. */
const UNIX = 3;
const REGULAR_FILE_644 = 0o100644 * 0x10000;

/** The deployment zip of the bundle in `dir`. */
export function zipBundle(dir: string = BUNDLE_DIR): Uint8Array {
  const entries: Zippable = {};
  for (const name of BUNDLE_FILES) {
    entries[name] = [readFileSync(join(dir, name)), { mtime: FIXED_DATE, os: UNIX, attrs: REGULAR_FILE_644, level: 9 }];
  }
  return zipSync(entries);
}

export function sha256Base64(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64');
}

if (require.main === module) {
  const zip = zipBundle();
  mkdirSync(dirname(PACKAGE_FILE), { recursive: true });
  writeFileSync(PACKAGE_FILE, zip);
  console.log(`wrote ${relative(process.cwd(), PACKAGE_FILE)}: ${zip.length} bytes, sha256 (base64, as Lambda's CodeSha256) ${sha256Base64(zip)}`);
}
