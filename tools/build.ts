/**
 * `npm run build`: the Lambda bundle, in dist/ (or --outdir DIR):
 *   index.js      the skill (lambda/index.ts and everything it uses), one minified esbuild bundle that
 *                 exports the async `handler`: Lambda's `index.handler` loads it as it is
 *   index.js.map  its source map, for `NODE_OPTIONS=--enable-source-maps`
 *   dynamodb-client.js  the DynamoDB store's HTTP client (lambda/services/stores/dynamodb-client.ts), a file
 *                 of its own that index.js requires only when the DynamoDB store makes its first call:
 *                 a skill on the memory or file store never loads or parses it
 *   sdk-clients.js  the SDK's HTTP client and ask-sdk-model's service clients
 *                 (lambda/services/alerts/sdk-clients.ts), required at the first Alexa API call
 *   documents.js  the APL documents (lambda/screens/documents.ts), required at the first screen drawn
 *   en-words.js   the English vocabulary (lambda/vocabulary/en-words.ts), required at the first words read
 * The output depends only on the source: the bundle is laid out as if written to dist/ wherever it is
 * written, so `npm run package` makes the same zip bytes for the same source.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';

const ROOT = join(__dirname, '..');

/** Where `npm run build` writes the bundle by default, and what `ask deploy` zips. */
export const DIST = join(ROOT, 'dist');

/**
 * Modules built apart from the skill, each into a file of its own that index.js requires on first use
 * (see above). `importedAs` is how the skill's source imports it: esbuild keeps that import as
 * `require('./name')`, which Node resolves beside index.js, so no two may share a name.
 */
const LAZY = [
  { file: 'dynamodb-client.js', source: join('services', 'stores', 'dynamodb-client.ts'), importedAs: './dynamodb-client' },
  { file: 'sdk-clients.js', source: join('services', 'alerts', 'sdk-clients.ts'), importedAs: './sdk-clients' },
  { file: 'documents.js', source: join('screens', 'documents.ts'), importedAs: './documents' },
  { file: 'en-words.js', source: join('vocabulary', 'en-words.ts'), importedAs: './en-words' },
] as const;

/** The files a build writes; the Lambda zip carries them all (index.js is the handler's module). */
export const BUILD_FILES = ['index.js', 'index.js.map', ...LAZY.map((lazy) => lazy.file)] as const;

/** The oldest Node the bundle runs on; the deployment template's runtimes are checked against it. */
export const BUILD_TARGET = 'node20';

/**
 * The esbuild settings of the shipped bundle. `npm run bench` bundles its anchors (a bare handler, an
 * ask-sdk-core hello skill) with these same settings, so cold starts compare like with like.
 */
export const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: BUILD_TARGET,
  format: 'cjs',
  minify: true,
  // Paths as the checkout names them (node_modules may be a symlink), so the source map is the same
  // in every checkout of the same source.
  preserveSymlinks: true,
  logLevel: 'warning',
} as const satisfies BuildOptions;

/**
 * Bundles `entry` to `outdir/index.js` (and its map). esbuild is told the output goes to dist/, and
 * the files are written by us, so the map's relative source paths never name a temporary folder.
 */
export function bundle(
  entry: string,
  outdir: string,
  options: {
    sourcemap: boolean;
    name?: string;
    external?: string[];
    supported?: Record<string, boolean>;
    alias?: Record<string, string>;
  } = { sourcemap: true },
): Metafile {
  const result = buildSync({
    ...BUNDLE_OPTIONS,
    entryPoints: [entry],
    outfile: join(DIST, options.name ?? 'index.js'),
    external: options.external,
    supported: options.supported,
    alias: options.alias,
    sourcemap: options.sourcemap,
    metafile: true,
    write: false,
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) writeFileSync(join(outdir, basename(file.path)), file.contents);
  return result.metafile;
}

/**
 * ask-sdk-core's CustomSkill requires all of ask-sdk-model when it loads, for one class it constructs
 * only for a skill built `withApiClient` (this one is not): in the skill's bundle, ask-sdk-model is
 * lambda/services/alerts/lazy-model.ts, which loads the real class from sdk-clients.js if ever asked.
 * CustomSkill's is the only value import of it there: lint allows none in lambda/ but sdk-clients.ts,
 * which is built apart.
 */
const LAZY_MODEL = join(ROOT, 'lambda', 'services', 'alerts', 'lazy-model.ts');

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * esbuild keeps every import written `importedAs` as it is, whichever file it is in: one elsewhere in
 * lambda/ that means another module (a `./documents` folder of its own) would load the wrong file
 * at run time. Refused here instead.
 */
function checkLazyImports(): void {
  for (const file of sources(join(ROOT, 'lambda'))) {
    const text = readFileSync(file, 'utf8');
    for (const lazy of LAZY) {
      const quoted = `'${lazy.importedAs}'`;
      if (text.includes(quoted) && resolve(dirname(file), `${lazy.importedAs}.ts`) !== join(ROOT, 'lambda', lazy.source)) {
        throw new Error(`${file} imports ${quoted}, which the build keeps for lambda/${lazy.source}: rename one of them`);
      }
    }
  }
}

/**
 * Builds the skill's Lambda bundle into `outdir`. dist/ is emptied first, because `ask deploy` zips
 * the whole folder: a file left by an older build would ship. Any other folder must be new or empty.
 */
export function build(outdir: string): Metafile {
  if (resolve(outdir) === DIST) rmSync(DIST, { recursive: true, force: true });
  else if (existsSync(outdir) && readdirSync(outdir).length > 0) throw new Error(`${outdir} is not empty`);
  checkLazyImports();
  // Each lazy module's import stays an import: `require('./dynamodb-client')`, found beside index.js when
  // first run. import() becomes require(), which finds dynamodb-client.js by its extension (an ES import
  // would not).
  const metafile = bundle(join(ROOT, 'lambda', 'index.ts'), outdir, {
    sourcemap: true,
    external: LAZY.map((lazy) => lazy.importedAs),
    supported: { 'dynamic-import': false },
    alias: { 'ask-sdk-model': LAZY_MODEL },
  });
  for (const lazy of LAZY) bundle(join(ROOT, 'lambda', lazy.source), outdir, { sourcemap: false, name: lazy.file });
  return metafile;
}

if (require.main === module) {
  const at = process.argv.indexOf('--outdir');
  const outdir = resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : DIST);
  build(outdir);
  console.log(`built ${outdir}: ${BUILD_FILES.join(', ')}`);
}
