/**
 * `npm run build`: the Lambda bundle, in dist/ (or --outdir DIR):
 *   index.js      the skill (lambda/index.ts and everything it uses), one minified esbuild bundle that
 *                 exports the async `handler`: Lambda's `index.handler` loads it as it is
 *   index.js.map  its source map, for `NODE_OPTIONS=--enable-source-maps`
 *   dynamodb-client.js  the DynamoDB store's HTTP client (lambda/services/stores/dynamodb-client.ts), a file
 *                 of its own that index.js requires only when the DynamoDB store makes its first call:
 *                 a skill on the memory or file store never loads or parses it
 *   sdk-clients.js  the SDK's HTTP client and ask-sdk-model's service clients
 *                 (lambda/services/alerts/sdk-clients.ts), required at the first Alexa API call; without
 *                 what the skill never reaches of them (tools/trim-sdk.ts)
 *   documents.js  the APL documents (lambda/screens/documents.ts), required at the first screen drawn
 *   en-words.js   the English vocabulary (lambda/vocabulary/en-words.ts), required at the first words read
 *   answers.js    what the question, timer and plan handlers do once chosen, and their sentences,
 *                 and the readers of the cook's words (ON_DEMAND below): index.js holds every
 *                 handler's `canHandle`, and requires this file at the first turn that needs it
 * The output depends only on the source: the bundle is laid out as if written to dist/ wherever it is
 * written, so `npm run package` makes the same zip bytes for the same source.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build as buildAsync, buildSync, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import ts from 'typescript';
import { changeableExports } from './changeable-exports';
import { runtimeByName, trimmedModel, trimmedFactories, versionOnly } from './trim-sdk';

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

/**
 * What the skill does beyond walking the steps, loaded at the first turn that needs it: the cold
 * start's main lever (a launch or "next" compiles none of it). Each handler's `canHandle` stays in
 * index.js (cheap: intent names); its `handle` calls into its group's module (`importedAs`, kept as a
 * `require` like LAZY's, of this file). Unlike LAZY's files, this one shares index.js's modules: one
 * recipe, one speech table, one of each class and each module's state. The readers of the cook's
 * words (lambda/vocabulary/readers.ts) are here too, called through lambda/vocabulary/index.ts: they
 * build their tables as they load, and a launch reads no words; in this file, not one of their own,
 * they cost the shipped code about 300 bytes less gzipped. A module index.js holds is
 * borrowed from it at run time, never bundled twice; only what index.js lacks is bundled in (see
 * `borrowing`). One file for the questions, timers, plan and their sentences: a timer or plan turn
 * needs the questions' modules anyway, and one file compresses better than four (the code-size target
 * counts each file gzipped on its own). A later file in this list would borrow from the earlier ones too.
 */
const ON_DEMAND = [
  {
    file: 'answers.js',
    modules: [
      { source: join('speech', 'en', 'en-answers.ts'), importedAs: './en-answers' },
      { source: join('vocabulary', 'readers.ts'), importedAs: './readers' },
      { source: join('handlers', 'questions', 'question-turns.ts'), importedAs: './question-turns' },
      { source: join('handlers', 'timers', 'timer-turns.ts'), importedAs: './timer-turns' },
      { source: join('handlers', 'plan', 'plan-turns.ts'), importedAs: './plan-turns' },
    ],
  },
] as const;

/** Each module of ON_DEMAND, with the file it is in. */
const ON_DEMAND_MODULES = ON_DEMAND.flatMap((part) => part.modules.map((module) => ({ ...module, file: part.file })));

/** The files a build writes; the Lambda zip carries them all (index.js is the handler's module). */
export const BUILD_FILES = ['index.js', 'index.js.map', ...LAZY.map((lazy) => lazy.file), ...ON_DEMAND.map((part) => part.file)] as const;

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
    for (const lazy of [...LAZY, ...ON_DEMAND_MODULES]) {
      const quoted = `'${lazy.importedAs}'`;
      if (text.includes(quoted) && resolve(dirname(file), `${lazy.importedAs}.ts`) !== join(ROOT, 'lambda', lazy.source)) {
        throw new Error(`${file} imports ${quoted}, which the build keeps for lambda/${lazy.source}: rename one of them`);
      }
    }
  }
}

/** Where a module of the skill's graph is, as esbuild's metafile names it (relative to the checkout). */
type Owners = Map<string, string>;

/** What later files borrow from each module: the names they import, or 'all' (`import * as`, `export *`). */
type Borrowed = Map<string, { holder: string; names: Set<string> | 'all' }>;

/** The function a file exports to lend its modules to the files loaded after it. */
const LEND = '__lend';

/**
 * The names `importer` takes from `specifier` as values (type-only imports are erased and borrow
 * nothing), read from its source; 'all' for a namespace import or `export *`.
 */
function importedNames(importer: string, specifier: string): Set<string> | 'all' {
  const source = ts.createSourceFile(importer, readFileSync(importer, 'utf8'), ts.ScriptTarget.Latest);
  const names = new Set<string>();
  for (const statement of source.statements) {
    const from = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from) || from.text !== specifier) continue;
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) names.add('default');
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) return 'all';
      for (const element of bindings?.elements ?? []) if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) {
      const clause = statement.exportClause;
      if (!clause || ts.isNamespaceExport(clause)) return 'all';
      for (const element of clause.elements) if (!element.isTypeOnly) names.add((element.propertyName ?? element.name).text);
    }
  }
  return names;
}

/** What a later file borrows of one module its holder lends: the module's number there, and the names. */
type Lent = ReadonlyMap<string, { number: number; names: readonly string[] }>;

/**
 * The esbuild plugin that makes `file` borrow: an import of a module that an earlier file holds
 * (`owners`) becomes a module of two lines, `const [a, b] = require('./that-file.js').__lend(n);
 * export { a as name, b as other };`, where n is the module's number among those the holder lends
 * and the names are what `file` borrows of it (`lent`). Being a module of exports, not an object,
 * its names are bundled as the borrower's own variables, short once minified, where an object's
 * would be read by their full name at every use. What is borrowed, and by which names, is noted in
 * `borrowed`, so the holder is built to lend it; until that is known (`lent` empty, the first pass),
 * the module is the holder's `__lend` itself, whatever it is asked for.
 */
function borrowing(file: string, owners: Owners, borrowed: Borrowed, lent: Lent): Plugin {
  return {
    name: 'borrowing',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace === 'borrowed') return { path: args.path, external: true };
        if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
        const onDemand = ON_DEMAND_MODULES.find((module) => module.importedAs === args.path);
        if (onDemand) return { path: `./${onDemand.file}`, external: true };
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (found.errors.length > 0 || found.external || !found.path) return undefined;
        const module = relative(ROOT, found.path).split(sep).join('/');
        const holder = owners.get(module);
        if (!holder || holder === file) return undefined;
        const names = importedNames(args.importer, args.path);
        const before = borrowed.get(module)?.names ?? new Set<string>();
        borrowed.set(module, { holder, names: names === 'all' || before === 'all' ? 'all' : new Set([...before, ...names]) });
        return { path: module, namespace: 'borrowed', pluginData: holder };
      });
      build.onLoad({ filter: /.*/, namespace: 'borrowed' }, (args) => {
        const lend = `require(${JSON.stringify(`./${args.pluginData as string}`)}).${LEND}`;
        const module = lent.get(args.path);
        if (!module) return { contents: `module.exports = ${lend}(-1);`, loader: 'js' };
        return {
          contents: [
            `const [${module.names.map((_, n) => `v${n}`).join(', ')}] = ${lend}(${module.number});`,
            `export { ${module.names.map((name, n) => `v${n} as ${name}`).join(', ')} };`,
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}

/**
 * The entry of one file of the build: its sources, and `__lend`, which answers a later file's
 * `require` of a module this one holds (by its number in `lends`) with the values of the names it
 * borrows, in order. One function, and each list made only when a later file asks: lending costs a
 * cold start nothing, and what no file uses is still left out. A value is handed over once, so a
 * lent name must never change (checked: `checkLentNames`); a later file is loaded inside a turn,
 * after index.js has loaded, so every value is there when asked for.
 */
function entryOf(sources: readonly string[], lends: ReadonlyMap<string, readonly string[]>): string {
  // Relative to the checkout (the entry's resolveDir): the source map holds this text, the same in every checkout.
  const from = (path: string) => JSON.stringify(`./${path.split(sep).join('/')}`);
  const modules = [...lends];
  return [
    // The sources are strict (tsconfig); an entry given as text states it, so the bundle stays strict.
    `'use strict';`,
    ...sources.map((source) => `export * from ${from(source)};`),
    ...modules.map(([module, names], m) => `import { ${names.map((name, n) => `${name} as lent${m}_${n}`).join(', ')} } from ${from(module)};`),
    ...(modules.length === 0
      ? []
      : [
          `export function ${LEND}(module: number): unknown[] {`,
          `  switch (module) {`,
          ...modules.map(([module, names], m) => `    case ${m}: // ${module}\n      return [${names.map((_, n) => `lent${m}_${n}`).join(', ')}];`),
          `  }`,
          `  throw new Error(\`module \${module} is not lent here\`);`,
          `}`,
        ]),
  ].join('\n');
}

/** Refuses to lend a name its module may change (`changeableExports`): the borrower would keep the old value. */
function checkLentNames(lends: ReadonlyMap<string, readonly string[]>): void {
  for (const [module, names] of lends) {
    const changeable = changeableExports(join(ROOT, module));
    const stale = names.filter((name) => changeable.has(name));
    if (stale.length > 0) throw new Error(`${module} exports ${stale.join(', ')} as a let or var, which a later file borrows: lending hands over a value once, so export a const (or a function that reads it)`);
  }
}

/** The names each module exports as values (types are erased), by esbuild, which follows `export *`. */
async function valueExports(modules: readonly string[]): Promise<Map<string, readonly string[]>> {
  if (modules.length === 0) return new Map();
  const { metafile } = await buildAsync({
    ...BUNDLE_OPTIONS,
    absWorkingDir: ROOT,
    entryPoints: [...modules],
    outdir: DIST,
    format: 'esm',
    external: [...LAZY, ...ON_DEMAND_MODULES].map((lazy) => lazy.importedAs),
    alias: { 'ask-sdk-model': LAZY_MODEL },
    metafile: true,
    write: false,
  });
  return new Map(Object.values(metafile.outputs).flatMap((out) => (out.entryPoint ? [[out.entryPoint, out.exports] as const] : [])));
}

/**
 * Builds the skill's Lambda bundle into `outdir`. dist/ is emptied first, because `ask deploy` zips
 * the whole folder: a file left by an older build would ship. Any other folder must be new or empty.
 * Returns index.js's metafile.
 */
export async function build(outdir: string): Promise<Metafile> {
  if (resolve(outdir) === DIST) rmSync(DIST, { recursive: true, force: true });
  else if (existsSync(outdir) && readdirSync(outdir).length > 0) throw new Error(`${outdir} is not empty`);
  checkLazyImports();
  const parts = [
    { file: 'index.js', sources: [join('lambda', 'index.ts')] },
    ...ON_DEMAND.map((part) => ({ file: part.file, sources: part.modules.map((module) => join('lambda', module.source)) })),
  ];
  // Each lazy module's import stays an import: `require('./dynamodb-client')`, found beside index.js when
  // first run. import() becomes require(), which finds dynamodb-client.js by its extension (an ES import
  // would not).
  const options = (
    file: string,
    owners: Owners,
    borrowed: Borrowed,
    lends: ReadonlyMap<string, readonly string[]>,
    lent: Lent = new Map(),
  ): BuildOptions => ({
    ...BUNDLE_OPTIONS,
    absWorkingDir: ROOT,
    stdin: { contents: entryOf(parts.find((part) => part.file === file)!.sources, lends), resolveDir: ROOT, sourcefile: `${file}-entry.ts`, loader: 'ts' },
    outfile: join(DIST, file),
    // ON_DEMAND's imports are kept by `borrowing`, which names their file.
    external: LAZY.map((lazy) => lazy.importedAs),
    supported: { 'dynamic-import': false },
    alias: { 'ask-sdk-model': LAZY_MODEL },
    sourcemap: file === 'index.js',
    metafile: true,
    write: false,
    plugins: [borrowing(file, owners, borrowed, lent), runtimeByName(), trimmedFactories(join(ROOT, 'lambda')), versionOnly()],
  });
  // First, which file holds each module: the first file whose graph reaches it, and what later files
  // borrow of it. Then each file again, lending that.
  const owners: Owners = new Map();
  const borrowed: Borrowed = new Map();
  for (const part of parts) {
    const { metafile } = await buildAsync(options(part.file, owners, borrowed, new Map()));
    for (const module of Object.keys(metafile!.inputs)) if (!module.startsWith('borrowed:') && !owners.has(module)) owners.set(module, part.file);
  }
  const exported = await valueExports([...borrowed.keys()]);
  mkdirSync(outdir, { recursive: true });
  const lendsOf = (file: string) =>
    new Map(
      [...borrowed]
        .filter(([, lent]) => lent.holder === file)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([module, { names }]) => {
          const values = exported.get(module) ?? [];
          return [module, names === 'all' ? [...values] : [...names].filter((name) => values.includes(name)).sort()] as const;
        }),
    );
  // What each file borrows: the module's number among those its holder lends, and the names.
  const lent: Lent = new Map(
    parts.flatMap((part) => {
      const lends = lendsOf(part.file);
      checkLentNames(lends);
      return [...lends].map(([module, names], number) => [module, { number, names }] as const);
    }),
  );
  let indexMeta: Metafile | undefined;
  for (const part of parts) {
    const result = await buildAsync(options(part.file, owners, new Map(), lendsOf(part.file), lent));
    for (const out of result.outputFiles!) writeFileSync(join(outdir, basename(out.path)), out.contents);
    indexMeta ??= result.metafile;
  }
  // What of the SDK these files hold that the skill never reaches is left out (tools/trim-sdk.ts).
  const trims = [trimmedModel(join(ROOT, 'lambda')), runtimeByName(), versionOnly()];
  for (const lazy of LAZY) {
    const result = await buildAsync({
      ...BUNDLE_OPTIONS,
      absWorkingDir: ROOT,
      entryPoints: [join(ROOT, 'lambda', lazy.source)],
      outfile: join(DIST, lazy.file),
      write: false,
      plugins: trims,
    });
    for (const out of result.outputFiles!) writeFileSync(join(outdir, basename(out.path)), out.contents);
  }
  return indexMeta!;
}

if (require.main === module) {
  const at = process.argv.indexOf('--outdir');
  const outdir = resolve(at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : DIST);
  build(outdir).then(
    () => console.log(`built ${outdir}: ${BUILD_FILES.join(', ')}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
