/**
 * What the build leaves out of the SDK's own files: the parts the skill can never reach. The shipped
 * code is held to 100 KB gzipped (issue 10; `npm run bench` reports it, test/artifacts/bundle.test.ts
 * guards it), and ask-sdk-model's index.js alone was a tenth of that: every Alexa service's client,
 * where the skill calls three (timers, reminders, the device's time zone) and a few methods of each.
 *
 * Nothing here edits the SDK's code: whole statements are left out, and only statements nothing
 * left in can reach. What is reached is worked out at every build from the skill's source, so a call
 * the skill makes tomorrow (another client, another method) is kept without anyone editing this.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** Every TypeScript file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every word of the skill's source that could name a method or a class: what it may call. */
export function namesIn(dir: string): Set<string> {
  const names = new Set<string>();
  for (const file of sources(dir)) for (const [name] of readFileSync(file, 'utf8').matchAll(/[A-Za-z_$][\w$]*/g)) names.add(name);
  return names;
}

/** A statement that may be left out, and the name by which anything else reaches it. */
interface Part {
  readonly name: string;
  /** Its text's extent, with the comment before it. */
  readonly start: number;
  readonly end: number;
  /**
   * Whether the skill's own words count as reaching it: yes for what the skill calls by name (a
   * method, a class on `services`), no for a service's namespace, which the skill reaches only
   * through ServiceClientFactory's getters (its own source names namespaces in types only).
   */
  readonly bySkill: boolean;
}

/** The body of `(function (services) { ... })(services = ...)`, or of a namespace's inner IIFE. */
function iifeBody(statement: ts.Statement): ts.NodeArray<ts.Statement> | undefined {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return undefined;
  let callee: ts.Expression = statement.expression.expression;
  while (ts.isParenthesizedExpression(callee)) callee = callee.expression;
  return ts.isFunctionExpression(callee) ? callee.body.statements : undefined;
}

/** `X.prototype.name = function ...`: a method, named `name`. */
function methodName(statement: ts.Statement): string | undefined {
  if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)) return undefined;
  const target = statement.expression.left;
  if (!ts.isPropertyAccessExpression(target) || !ts.isPropertyAccessExpression(target.expression)) return undefined;
  return target.expression.name.text === 'prototype' ? target.name.text : undefined;
}

/** `var name;` with no value: how a compiled namespace (and here each service) begins. */
function namespaceName(statement: ts.Statement | undefined): string | undefined {
  if (!statement || !ts.isVariableStatement(statement)) return undefined;
  const [declaration, ...more] = statement.declarationList.declarations;
  return declaration && more.length === 0 && !declaration.initializer && ts.isIdentifier(declaration.name) ? declaration.name.text : undefined;
}

/** `var Name = ...;` followed by `services.Name = Name;`: a class put on `services`. */
function memberName(statement: ts.Statement, next: ts.Statement | undefined): string | undefined {
  if (!ts.isVariableStatement(statement) || !next || !ts.isExpressionStatement(next)) return undefined;
  const declaration = statement.declarationList.declarations[0];
  if (!declaration?.initializer || !ts.isIdentifier(declaration.name)) return undefined;
  const name = declaration.name.text;
  return next.getText().replace(/\s/g, '') === `services.${name}=${name};` ? name : undefined;
}

/** The statements of ask-sdk-model's index.js that may be left out, each with its name. */
function partsOf(source: ts.SourceFile): Part[] {
  const parts: Part[] = [];
  const add = (name: string, first: ts.Statement, last: ts.Statement, bySkill: boolean) =>
    parts.push({ name, start: first.getFullStart(), end: last.getEnd(), bySkill });
  // The methods of a class compiled to `var Name = (function (_super) { ... }(...))`.
  const visitClass = (statement: ts.VariableStatement) => {
    const value = statement.declarationList.declarations[0]?.initializer;
    if (!value) return;
    ts.forEachChild(value, function walk(node): void {
      if (ts.isFunctionExpression(node)) return visit(node.body.statements);
      ts.forEachChild(node, walk);
    });
  };
  const visit = (statements: ts.NodeArray<ts.Statement>): void =>
    statements.forEach((statement, at) => {
      const method = methodName(statement);
      if (method) return add(method, statement, statement, true);
      const member = memberName(statement, statements[at + 1]);
      if (member) add(member, statement, statements[at + 1]!, true);
      if (ts.isVariableStatement(statement)) return visitClass(statement);
      const body = iifeBody(statement);
      if (!body) return;
      const namespace = namespaceName(body[0]);
      if (namespace && body.length === 2) add(namespace, statement, statement, false);
      visit(body);
    });
  visit(source.statements);
  return parts;
}

/** How often `name` appears as a whole word in `text`. */
function count(text: string, name: string): number {
  return text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))?.length ?? 0;
}

/**
 * ask-sdk-model's index.js without what nothing reaches: a part is left out when its name appears
 * nowhere else in what is left (and, for a method or class, nowhere in the skill's words), again
 * until nothing more goes. A getter of ServiceClientFactory the skill never calls goes first, then
 * the service it made, then what only that service used (the LWA client).
 */
export function trimModel(text: string, skillNames: ReadonlySet<string>): string {
  const source = ts.createSourceFile('index.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const parts = partsOf(source);
  if (!parts.some((part) => part.name === 'ServiceClientFactory')) throw new Error('ask-sdk-model/index.js is not laid out as tools/trim-sdk.ts expects: no ServiceClientFactory found');
  const out = new Set<Part>();
  const inside = (part: Part, outer: Part) => part !== outer && part.start >= outer.start && part.end <= outer.end;
  /** The text from `from` to `to` without the parts left out so far. */
  const left = (from = 0, to = text.length) => {
    let kept = '';
    let at = from;
    const gone = [...out].filter((p) => p.start >= from && p.end <= to && ![...out].some((o) => inside(p, o)));
    for (const part of gone.sort((a, b) => a.start - b.start)) {
      kept += text.slice(at, part.start);
      at = part.end;
    }
    return kept + text.slice(at, to);
  };
  for (let changed = true; changed; ) {
    changed = false;
    const kept = left();
    for (const part of parts) {
      if (out.has(part) || [...out].some((o) => inside(part, o))) continue;
      if (part.bySkill && skillNames.has(part.name)) continue;
      // Its own text names it (`X.prototype.name =`, `var name;`): any further mention reaches it.
      if (count(kept, part.name) > count(left(part.start, part.end), part.name)) continue;
      out.add(part);
      changed = true;
    }
  }
  return left();
}

/**
 * One of ask-sdk-core's factories (ResponseFactory.js, AttributesManagerFactory.js: `FACTORIES`)
 * without the methods nothing reaches: each one's `init()` returns an object of methods, where the
 * skill calls a few (the response builder has about twenty, for cards, dialog, audio and video
 * directives; the attributes manager's persistent attributes are never used: the skill's store is
 * its own). A method is left out when the skill's words never name it and no method left names it
 * (`this.addDirective`); then each helper function of `init()` that nothing left names. Whole
 * members and statements only, as for ask-sdk-model.
 */
export function trimFactory(text: string, skillNames: ReadonlySet<string>): string {
  const source = ts.createSourceFile('factory.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const init = source.statements
    .filter(ts.isClassDeclaration)
    .flatMap((c) => c.members.filter(ts.isMethodDeclaration))
    .find((m) => m.name.getText(source) === 'init');
  const body = init?.body?.statements;
  const returned = body?.find(ts.isReturnStatement)?.expression;
  if (!body || !returned || !ts.isObjectLiteralExpression(returned)) throw new Error('an SDK factory is not laid out as tools/trim-sdk.ts expects: no init() returning an object');
  const parts = [
    ...returned.properties.filter(ts.isMethodDeclaration).map((m) => ({ name: m.name.getText(source), node: m as ts.Node, bySkill: true })),
    ...body.filter(ts.isFunctionDeclaration).map((f) => ({ name: f.name!.text, node: f as ts.Node, bySkill: false })),
  ];
  const out = new Set<(typeof parts)[number]>();
  const left = () => {
    let kept = '';
    let at = 0;
    for (const { node } of [...out].sort((a, b) => a.node.getStart(source) - b.node.getStart(source))) {
      kept += text.slice(at, node.getStart(source));
      at = node.end;
      // A member's comma goes with it.
      if (ts.isMethodDeclaration(node)) at = text.slice(at).match(/^\s*,/) ? at + text.slice(at).indexOf(',') + 1 : at;
    }
    return kept + text.slice(at);
  };
  for (let changed = true; changed; ) {
    changed = false;
    const kept = left();
    for (const part of parts) {
      if (out.has(part) || (part.bySkill && skillNames.has(part.name))) continue;
      if (count(kept, part.name) > count(part.node.getText(source), part.name)) continue;
      out.add(part);
      changed = true;
    }
  }
  return left();
}

/** The factories of ask-sdk-core that `trimFactory` trims, by their path in the package. */
export const FACTORIES = ['dist/response/ResponseFactory.js', 'dist/attributes/AttributesManagerFactory.js'] as const;

/** The esbuild plugin that builds `FACTORIES` trimmed (above), for the skill whose source is in `lambdaDir`. */
export function trimmedFactories(lambdaDir: string): Plugin {
  return {
    name: 'trimmed-factories',
    setup(build) {
      const names = namesIn(lambdaDir);
      const paths = FACTORIES.map((path) => ['ask-sdk-core', ...path.split('/')].join('[\\\\/]').replace(/\./g, '\\.'));
      build.onLoad({ filter: new RegExp(`[\\\\/](${paths.join('|')})$`) }, (args) => ({ contents: trimFactory(readFileSync(args.path, 'utf8'), names), loader: 'js' }));
    },
  };
}

/**
 * The esbuild plugin that builds ask-sdk-model's index.js trimmed (above), for the skill whose
 * source is in `lambdaDir`.
 */
export function trimmedModel(lambdaDir: string): Plugin {
  return {
    name: 'trimmed-ask-sdk-model',
    setup(build) {
      const names = namesIn(lambdaDir);
      build.onLoad({ filter: /[\\/]ask-sdk-model[\\/]index\.js$/ }, (args) => ({ contents: trimModel(readFileSync(args.path, 'utf8'), names), loader: 'js' }));
    },
  };
}

/**
 * The esbuild plugin that builds an SDK package's package.json as its version alone, where the
 * SDK's code reads nothing else of it (the user agent it sends): ask-sdk-core's and ask-sdk-model's
 * are otherwise bundled whole, descriptions, scripts and dependency lists included. An importer
 * that reads any other field gets the whole file, as before.
 */
export function versionOnly(): Plugin {
  return {
    name: 'package-version-only',
    setup(build) {
      build.onResolve({ filter: /(^|[\\/])package\.json$/ }, async (args) => {
        if (args.pluginData === 'resolving' || !/[\\/]node_modules[\\/]ask-sdk-/.test(args.importer)) return undefined;
        const importer = readFileSync(args.importer, 'utf8');
        const quoted = `require\\(['"]${args.path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]\\)`;
        // Each require of it reads `.version` there, or is kept in a variable that is read for `.version` only.
        const direct = new RegExp(`${quoted}\\.version(?![\\w$])`, 'g');
        const held = [...importer.matchAll(new RegExp(`(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*${quoted}\\s*;`, 'g'))].map((m) => m[1]!);
        const requires = importer.match(new RegExp(quoted, 'g'))?.length ?? 0;
        const readsVersion = (name: string) => {
          const uses = importer.match(new RegExp(`(?<![\\w$.])${name}(?![\\w$])`, 'g'))?.length ?? 0;
          const versions = importer.match(new RegExp(`(?<![\\w$.])${name}\\.version(?![\\w$])`, 'g'))?.length ?? 0;
          return uses === versions + 1; // the declaration, and `.version` everywhere else
        };
        if ((importer.match(direct)?.length ?? 0) + held.length !== requires || !held.every(readsVersion)) return undefined;
        const found = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (found.errors.length > 0 || !found.path) return undefined;
        return { path: found.path, namespace: 'package-version' };
      });
      build.onLoad({ filter: /.*/, namespace: 'package-version' }, (args) => {
        const { version } = JSON.parse(readFileSync(args.path, 'utf8')) as { version?: unknown };
        if (typeof version !== 'string') throw new Error(`${args.path} has no version`);
        return { contents: JSON.stringify({ version }), loader: 'json' };
      });
    },
  };
}

/**
 * Where ask-sdk-runtime's index finds each name it exports: tsc's `var X_1 = require("./path")` and
 * `Object.defineProperty(exports, "Name", { ..., get: function () { return X_1.Name; } })`.
 */
function runtimeExports(indexPath: string): Map<string, string> {
  const index = readFileSync(indexPath, 'utf8');
  const modules = new Map([...index.matchAll(/var ([\w$]+) = require\("(\.[^"]+)"\);/g)].map((m) => [m[1]!, m[2]!] as const));
  const found = new Map<string, string>();
  for (const m of index.matchAll(/Object\.defineProperty\(exports, "([\w$]+)", \{[^}]*return ([\w$]+)\.([\w$]+); \}/g)) {
    const from = modules.get(m[2]!);
    if (from && m[1] === m[3]) found.set(m[1]!, join(dirname(indexPath), from));
  }
  return found;
}

/**
 * The esbuild plugin that gives a module of the SDK importing ask-sdk-runtime (tsc's CommonJS output:
 * `ask_sdk_runtime_1.Name` at every use) the modules that define the names it uses, not the
 * package's index, which loads every part of the runtime: its configuration builder, which the
 * skill does without (lambda/sdk.ts), and its own table of getters. One such module is resolved as
 * itself (createAskSdkError alone: AskSdkUtils); several, as a module that requires each and hands
 * on the names used. An importer that uses a name the index does not define so, or reads the
 * package otherwise, gets the index, as before.
 */
export function runtimeByName(): Plugin {
  return {
    name: 'ask-sdk-runtime-by-name',
    setup(build) {
      build.onResolve({ filter: /^ask-sdk-runtime$/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const importer = readFileSync(args.importer, 'utf8');
        const mentions = importer.match(/(?<![\w$])ask_sdk_runtime_1(?![\w$])/g)?.length ?? 0;
        const used = [...new Set([...importer.matchAll(/(?<![\w$])ask_sdk_runtime_1\.([\w$]+)/g)].map((m) => m[1]!))];
        const uses = importer.match(/(?<![\w$])ask_sdk_runtime_1\.[\w$]+/g)?.length ?? 0;
        if (used.length === 0 || mentions !== uses + 1) return undefined;
        const index = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
        if (index.errors.length > 0 || !index.path) return undefined;
        const defined = runtimeExports(index.path);
        const files = used.map((name) => defined.get(name));
        if (!files.every((file) => file !== undefined)) return undefined;
        const distinct = [...new Set(files)];
        if (distinct.length === 1) return { path: `${distinct[0]!}.js` };
        // Named by the names alone: the source map names it, the same in every checkout.
        return { path: used.join(','), namespace: 'ask-sdk-runtime-parts', pluginData: { used, files } };
      });
      build.onLoad({ filter: /.*/, namespace: 'ask-sdk-runtime-parts' }, (args) => {
        const { used, files } = args.pluginData as { used: string[]; files: string[] };
        const contents = used.map((name, n) => `exports.${name} = require(${JSON.stringify(`${files[n]!}.js`)}).${name};`).join('\n');
        return { contents, loader: 'js', resolveDir: dirname(files[0]!) };
      });
    },
  };
}
