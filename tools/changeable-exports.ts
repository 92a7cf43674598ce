/**
 * Which names a module of the skill exports as a `let` or `var`: a value it may change later. The
 * build hands a later file (answers.js) each name it borrows from index.js once, as a value, when
 * that file loads (tools/build.ts, `borrowing`), so it refuses to lend such a name: the borrower
 * would go on seeing the old value.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The names `module` (a TypeScript file of the skill) exports as a `let` or `var`, which it may
 * change after a later file has borrowed them; through its own re-exports of the skill's modules
 * too. A package's modules are not followed: the SDK's CommonJS modules set each export once, as
 * they load.
 */
export function changeableExports(module: string, found: Map<string, Set<string>> = new Map()): Set<string> {
  const known = found.get(module);
  if (known) return known;
  const names = new Set<string>();
  // Set before reading on, so a module that re-exports itself through others ends there.
  found.set(module, names);
  if (!module.endsWith('.ts') || !existsSync(module)) return names;
  const source = ts.createSourceFile(module, readFileSync(module, 'utf8'), ts.ScriptTarget.Latest);
  const changeable = (list: ts.VariableDeclarationList) => !(list.flags & (ts.NodeFlags.Const | ts.NodeFlags.Using));
  const localChangeable = new Set(
    source.statements.flatMap((statement) =>
      ts.isVariableStatement(statement) && changeable(statement.declarationList)
        ? statement.declarationList.declarations.flatMap((declaration) => (ts.isIdentifier(declaration.name) ? [declaration.name.text] : []))
        : [],
    ),
  );
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement) && statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) {
      if (changeable(statement.declarationList)) for (const declaration of statement.declarationList.declarations) names.add(declaration.name.getText(source));
    }
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly) continue;
    const from = statement.moduleSpecifier;
    if (!from) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) for (const element of clause.elements) if (localChangeable.has((element.propertyName ?? element.name).text)) names.add(element.name.text);
      continue;
    }
    if (!ts.isStringLiteral(from) || !from.text.startsWith('.')) continue;
    const target = resolve(dirname(module), from.text);
    const there = changeableExports(existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts'), found);
    const clause = statement.exportClause;
    if (!clause) for (const name of there) names.add(name);
    else if (ts.isNamedExports(clause)) for (const element of clause.elements) if (there.has((element.propertyName ?? element.name).text)) names.add(element.name.text);
  }
  return names;
}
