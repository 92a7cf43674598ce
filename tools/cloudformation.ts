import { parseDocument, type ScalarTag, type CollectionTag, type YAMLSeq } from 'yaml';

/** A CloudFormation template in its JSON form (short-form tags turned into `Ref` / `Fn::*`). */
export interface Template {
  Parameters?: Record<string, { Type: string; Default?: unknown; AllowedValues?: unknown[] }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<
    string,
    { Type: string; Condition?: string; DeletionPolicy?: string; UpdateReplacePolicy?: string; Properties?: Record<string, unknown> }
  >;
  Outputs?: Record<string, { Value: unknown }>;
}

/** The intrinsic functions CloudFormation's YAML writes as `!Name`, which JSON writes as `Fn::Name`. */
const FUNCTIONS = [
  'And', 'Base64', 'Cidr', 'Equals', 'FindInMap', 'GetAtt', 'GetAZs', 'If', 'ImportValue', 'Join',
  'Not', 'Or', 'Select', 'Split', 'Sub', 'Transform',
];

/** `!GetAtt Resource.Attribute` is the short form of `Fn::GetAtt: [Resource, Attribute]`. */
function longForm(name: string, value: unknown): unknown {
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [`Fn::${name}`]: value };
}

const TAGS: (ScalarTag | CollectionTag)[] = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  ...FUNCTIONS.flatMap((name): (ScalarTag | CollectionTag)[] => [
    { tag: `!${name}`, resolve: (value: string) => longForm(name, value) },
    { tag: `!${name}`, collection: 'seq', resolve: (seq) => longForm(name, (seq as YAMLSeq).toJSON()) },
    { tag: `!${name}`, collection: 'map', resolve: (map) => longForm(name, map.toJSON()) },
  ]),
];

/** Parses a YAML template; an unknown tag or any YAML error or warning throws. */
export function parseTemplate(text: string): Template {
  const doc = parseDocument(text, { customTags: TAGS });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  if (problems.length > 0) throw new Error(`template does not parse:\n${problems.join('\n')}`);
  return doc.toJS() as Template;
}

/** Parameters CloudFormation defines in every stack. */
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId', 'AWS::NotificationARNs', 'AWS::NoValue', 'AWS::Partition', 'AWS::Region',
  'AWS::StackId', 'AWS::StackName', 'AWS::URLSuffix',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The names `${...}` in a `Fn::Sub` string refers to (`${!Literal}` is not a reference). */
function subNames(text: string): string[] {
  return [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((m) => m[1]!.trim());
}

/**
 * Every reference in the template that does not resolve: a `Ref` or `${}` to no parameter, resource
 * or pseudo parameter; a `Fn::GetAtt` of no resource; a condition that is not defined.
 */
export function unresolvedReferences(template: Template): string[] {
  const parameters = new Set(Object.keys(template.Parameters ?? {}));
  const resources = new Set(Object.keys(template.Resources));
  const conditions = new Set(Object.keys(template.Conditions ?? {}));
  const problems: string[] = [];
  const refersTo = (name: string, where: string, local = new Set<string>()) => {
    if (!parameters.has(name) && !resources.has(name) && !PSEUDO_PARAMETERS.has(name) && !local.has(name)) {
      problems.push(`${where}: ${name} is neither a parameter, a resource nor a pseudo parameter`);
    }
  };
  const visit = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${where}[${i}]`));
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${where}.${key}`;
      if (key === 'Ref' && typeof value === 'string') refersTo(value, at);
      if (key === 'Fn::GetAtt') {
        const [resource] = Array.isArray(value) ? value : [];
        if (typeof resource !== 'string' || !resources.has(resource)) problems.push(`${at}: no resource ${String(resource)}`);
      }
      if (key === 'Fn::Sub') {
        const [text, variables] = Array.isArray(value) ? value : [value, {}];
        const local = new Set(Object.keys(isRecord(variables) ? variables : {}));
        if (typeof text === 'string') for (const name of subNames(text)) refersTo(name.split('.')[0]!, at, local);
      }
      const condition = key === 'Fn::If' && Array.isArray(value) ? value[0] : key === 'Condition' ? value : undefined;
      if (typeof condition === 'string' && !conditions.has(condition)) problems.push(`${at}: no condition ${condition}`);
      visit(value, at);
    }
  };
  visit(template.Conditions, 'Conditions');
  visit(template.Resources, 'Resources');
  visit(template.Outputs, 'Outputs');
  return problems;
}
