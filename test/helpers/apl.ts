import type { ResponseEnvelope } from 'ask-sdk-model';

/**
 * Reads APL documents the way a device inflates them, as far as tests need: components with their
 * data-binding scope (`payload`, each `data` element of a multi-child component, a layout's
 * parameters), the data-binding expressions each one uses, and the arguments each touch target
 * sends, evaluated against the real data source.
 */

type Json = Record<string, unknown>;
type Scope = Readonly<Record<string, unknown>>;

/** A RenderDocument directive as the skill sends it. */
export interface RenderDirective {
  readonly type: 'Alexa.Presentation.APL.RenderDocument';
  readonly token: string;
  readonly document: Json;
  readonly datasources: { readonly payload: Json };
}

/** A component as inflated: where it is, and what its expressions can see. */
export interface Inflated {
  readonly node: Json;
  readonly scope: Scope;
  readonly path: string;
  /** Names bound by enclosing layouts (their values come from the call site). */
  readonly params: ReadonlySet<string>;
}

/** The screen a response carries, or undefined. */
export function screenOf(response: ResponseEnvelope): RenderDirective | undefined {
  const directives = (response.response.directives ?? []) as unknown as { type: string }[];
  const renders = directives.filter((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
  if (renders.length > 1) throw new Error('more than one RenderDocument in one response');
  return renders[0] as RenderDirective | undefined;
}

const CHILD_KEYS = ['item', 'items'] as const;
const PURE_PATH = /^\$\{\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\}$/;

function isJson(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at a dotted path, or `missing` when any part of it does not exist. */
export const missing = Symbol('missing');
export function resolve(scope: Scope, path: string): unknown {
  let value: unknown = scope;
  for (const part of path.split('.')) {
    if (Array.isArray(value) && part === 'length') value = value.length;
    else if (isJson(value) && Object.prototype.hasOwnProperty.call(value, part)) value = value[part];
    else return missing;
  }
  return value;
}

/**
 * Evaluates a property the way the device would for the simple cases tests need: a whole
 * `${a.b.c}` keeps its type, a string with path expressions becomes the string; anything richer
 * (operators, functions) is refused rather than guessed.
 */
export function evaluate(value: unknown, scope: Scope): unknown {
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const whole = PURE_PATH.exec(value);
  if (whole?.[1]) {
    const got = resolve(scope, whole[1]);
    if (got === missing) throw new Error(`${value}: no such data`);
    return got;
  }
  return value.replace(/\$\{([^}]*)\}/g, (_m, inner: string) => {
    const got = PURE_PATH.test(`\${${inner}}`) ? resolve(scope, inner.trim()) : missing;
    if (got === missing) throw new Error(`cannot evaluate ${value} in a test`);
    return String(got);
  });
}

function children(node: Json): unknown[] {
  return CHILD_KEYS.flatMap((k) => (node[k] === undefined ? [] : Array.isArray(node[k]) ? (node[k] as unknown[]) : [node[k]]));
}

interface LayoutParam {
  readonly name: string;
  readonly default?: unknown;
}

function layoutParams(layout: Json): LayoutParam[] {
  const list = Array.isArray(layout.parameters) ? layout.parameters : [];
  return list.map((p) => (typeof p === 'string' ? { name: p } : (p as LayoutParam)));
}

/**
 * Every component of the document's main template as the device would inflate it with this data
 * source: layouts expanded with their parameters, and the children of a component with `data`
 * inflated once per element with `data`, `index` and `ordinal` bound. `when` is not evaluated, so
 * every branch is visited that has data to show.
 */
export function inflate(document: Json, payload: Json): Inflated[] {
  const layouts = (document.layouts ?? {}) as Record<string, Json>;
  const out: Inflated[] = [];
  const walk = (raw: unknown, scope: Scope, path: string, params: ReadonlySet<string>): void => {
    if (!isJson(raw)) throw new Error(`${path}: a component must be an object`);
    const layout = typeof raw.type === 'string' ? layouts[raw.type] : undefined;
    out.push({ node: raw, scope, path, params });
    if (layout) {
      const bound: Record<string, unknown> = { ...scope };
      for (const p of layoutParams(layout)) {
        bound[p.name] = raw[p.name] === undefined ? p.default : evaluate(raw[p.name], scope);
      }
      const names = new Set([...params, ...layoutParams(layout).map((p) => p.name)]);
      walk(layout.item, bound, `${path}<${String(raw.type)}>`, names);
      return;
    }
    const kids = children(raw);
    if (raw.data === undefined) {
      kids.forEach((kid, i) => walk(kid, scope, `${path}/${i}`, params));
      return;
    }
    const elements = evaluate(raw.data, scope);
    if (!Array.isArray(elements)) throw new Error(`${path}: data ${String(raw.data)} is not an array`);
    elements.forEach((element, index) => {
      kids.forEach((kid, i) => walk(kid, { ...scope, data: element, index, ordinal: index + 1 }, `${path}[${index}]/${i}`, params));
    });
  };
  const main = document.mainTemplate as Json;
  walk(main.item ?? (main.items as unknown[])[0], { payload }, 'mainTemplate', new Set());
  return out;
}

/** Every string in a value, with the key path it sits at, children excluded (they are components). */
export function stringsOf(node: unknown, skipChildren = true, at = ''): { at: string; text: string }[] {
  if (typeof node === 'string') return [{ at, text: node }];
  if (Array.isArray(node)) return node.flatMap((v, i) => stringsOf(v, false, `${at}[${i}]`));
  if (!isJson(node)) return [];
  return Object.entries(node)
    .filter(([k]) => !(skipChildren && (CHILD_KEYS as readonly string[]).includes(k)))
    .flatMap(([k, v]) => stringsOf(v, false, `${at}.${k}`));
}

/**
 * The names a string's data-binding expressions read: `payload.step.text`, `data.id`,
 * `Time.format`, `@sizeBody`. String literals inside expressions are skipped; a whole-string
 * resource reference ("@sizeBody") counts too.
 */
export function referencesIn(text: string): string[] {
  const names: string[] = [];
  if (/^@\w+$/.test(text)) names.push(text);
  for (const [, inner = ''] of text.matchAll(/\$\{([^}]*)\}/g)) {
    const code = inner.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, ' ');
    for (const [name] of code.matchAll(/@?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g)) names.push(name);
  }
  return names;
}

/** What a touch on each target of a screen sends: its SendEvent arguments, evaluated. */
export function touchTargets(directive: RenderDirective): { label: unknown; args: unknown[] }[] {
  return inflate(directive.document, directive.datasources.payload)
    .filter((c) => c.node.type === 'TouchWrapper')
    .map((c) => {
      const commands = (Array.isArray(c.node.onPress) ? c.node.onPress : [c.node.onPress]) as Json[];
      const send = commands.find((cmd) => cmd.type === 'SendEvent');
      if (!send) throw new Error(`${c.path}: a touch target that sends nothing`);
      return {
        label: evaluate(c.node.accessibilityLabel, c.scope),
        args: ((send.arguments ?? []) as unknown[]).map((a) => evaluate(a, c.scope)),
      };
    });
}
