import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { RequestEnvelope } from 'ask-sdk-model';
import { parseConfig } from '../../lambda/config';
import { storageKey, TABLE_KEY } from '../../lambda/services/stores/key';
import { BUILD_TARGET } from '../../tools/build';
import { launchRequest } from '../../tools/envelopes';
import { runBundle } from '../helpers/bundle-process';
import { WELCOME } from '../helpers/expected';
import { BUNDLE_DIR, BUNDLE_FILES, PACKAGE_FILE, sha256Base64, zipBundle } from '../../tools/package-lambda';
import { SKILL_PACKAGE_DIR } from '../../tools/skill-package';
import { parseTemplate, unresolvedReferences } from '../../tools/cloudformation';

const root = join(__dirname, '..', '..');
const TEMPLATE_FILE = join(root, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');
const template = parseTemplate(readFileSync(TEMPLATE_FILE, 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

interface AskResources {
  profiles: {
    default: {
      skillMetadata: { src: string };
      code: { default: { src: string } };
      skillInfrastructure: { type: string; userConfig: { runtime: string; handler: string; templatePath: string } };
    };
  };
}
const askResources = (JSON.parse(readFileSync(join(root, 'ask-resources.json'), 'utf8')) as AskResources).profiles.default;

type Properties = Record<string, unknown>;
function resourcesOf(type: string): Properties[] {
  return Object.values(template.Resources).filter((r) => r.Type === type).map((r) => r.Properties ?? {});
}
function onlyResource(type: string): Properties {
  const found = resourcesOf(type);
  if (found.length !== 1) throw new Error(`the template has ${found.length} ${type}, not one`);
  return found[0]!;
}
function logicalIdOf(type: string): string {
  return Object.entries(template.Resources).find(([, r]) => r.Type === type)![0];
}
const lambda = onlyResource('AWS::Lambda::Function');
const table = onlyResource('AWS::DynamoDB::Table');
const tableId = logicalIdOf('AWS::DynamoDB::Table');
const functionId = logicalIdOf('AWS::Lambda::Function');
const logGroupId = logicalIdOf('AWS::Logs::LogGroup');

/** The Node major version the bundle is built for, from the build script's esbuild target. */
function bundleTargetMajor(): number {
  const target = /^node(\d+)$/.exec(BUILD_TARGET);
  if (!target) throw new Error(`the build's target ${BUILD_TARGET} names no Node version`);
  return Number(target[1]);
}

/** The runtime's Node major version: nodejs22.x is 22. */
function runtimeMajor(runtime: unknown): number {
  const m = /^nodejs(\d+)\.x$/.exec(String(runtime));
  if (!m) throw new Error(`${String(runtime)} is not a Node.js runtime`);
  return Number(m[1]);
}

describe('the CloudFormation template', () => {
  it('parses with its CloudFormation tags, and an unknown tag is an error (the parser is strict)', () => {
    expect(Object.keys(template.Resources).length).toBeGreaterThan(0);
    expect(() => parseTemplate('Resources:\n  A:\n    Type: !NotAFunction x\n')).toThrow(/NotAFunction/);
  });

  it('has every Ref, GetAtt, ${} and condition resolve', () => {
    expect(unresolvedReferences(template)).toEqual([]);
  });

  it('has a reference checker that finds what does not resolve (the check is live)', () => {
    const broken = parseTemplate(
      [
        'Resources:',
        '  A:',
        '    Type: AWS::SNS::Topic',
        '    Condition: Missing',
        '    Properties:',
        '      TopicName: !Sub "${Nowhere}-${AWS::Region}-${A.TopicName}"',
        '      DisplayName: !GetAtt Ghost.Name',
        '      Tags: [!Ref Phantom, !If [AlsoMissing, x, y]]',
      ].join('\n'),
    );
    const neither = (name: string) => `${name} is neither a parameter, a resource nor a pseudo parameter`;
    expect(unresolvedReferences(broken)).toEqual([
      'Resources.A.Condition: no condition Missing',
      `Resources.A.Properties.TopicName.Fn::Sub: ${neither('Nowhere')}`,
      'Resources.A.Properties.DisplayName.Fn::GetAtt: no resource Ghost',
      `Resources.A.Properties.Tags[0].Ref: ${neither('Phantom')}`,
      'Resources.A.Properties.Tags[1].Fn::If: no condition AlsoMissing',
    ]);
  });

  it('takes every parameter the ASK CLI cfn-deployer passes, and needs no other', () => {
    const passed = ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion'];
    const parameters = template.Parameters ?? {};
    expect(Object.keys(parameters)).toEqual(expect.arrayContaining(passed));
    const required = Object.entries(parameters).filter(([, p]) => p.Default === undefined).map(([name]) => name);
    expect(required.filter((name) => !passed.includes(name))).toEqual([]);
  });

  it('outputs the function ARN as SkillEndpoint, which the ASK CLI writes into the manifest', () => {
    expect(template.Outputs?.SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': [functionId, 'Arn'] });
  });
});

describe('the Lambda function in the template', () => {
  const parameter = (name: string) => template.Parameters![name]!;

  it('runs the bundle\'s handler: index.handler is the `handler` index.js exports', () => {
    expect(lambda.Handler).toEqual({ Ref: 'LambdaHandler' });
    expect(parameter('LambdaHandler').AllowedValues).toEqual(['index.handler']);
    expect(parameter('LambdaHandler').Default).toBe('index.handler');
    expect(askResources.skillInfrastructure.userConfig.handler).toBe('index.handler');
    // Among the files shipped (the zip tests check the whole list).
    expect(BUNDLE_FILES).toContain('index.js');
  });

  it('runs on a current Node.js runtime no older than the bundle\'s target, and so does the ASK CLI\'s', () => {
    expect(lambda.Runtime).toEqual({ Ref: 'LambdaRuntime' });
    const allowed = parameter('LambdaRuntime').AllowedValues ?? [];
    // Membership: the default and the CLI's choice are each one of the allowed runtimes.
    expect(allowed).toContain(parameter('LambdaRuntime').Default);
    expect(allowed).toContain(askResources.skillInfrastructure.userConfig.runtime);
    for (const runtime of allowed) expect(runtimeMajor(runtime)).toBeGreaterThanOrEqual(Math.max(bundleTargetMajor(), 22));
  });

  it('runs on arm64 and stops before Alexa\'s 8 seconds are up', () => {
    expect(lambda.Architectures).toEqual(['arm64']);
    expect(lambda.Timeout).toBeLessThan(8);
  });

  it('is configured for the DynamoDB store, this table and this skill id, as lambda/config.ts reads them', () => {
    const variables = (lambda.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toEqual({ STATE_STORE: 'dynamodb', DYNAMODB_TABLE: { Ref: tableId }, SKILL_ID: { Ref: 'SkillId' } });
    const deployed = { STATE_STORE: 'dynamodb', DYNAMODB_TABLE: 'stack-StateTable-1', SKILL_ID: 'amzn1.ask.skill.1', AWS_LAMBDA_FUNCTION_NAME: 'f' };
    expect(parseConfig(deployed)).toMatchObject({ store: 'dynamodb', dynamoTable: 'stack-StateTable-1', skillId: 'amzn1.ask.skill.1' });
  });

  it('logs to its own log group, which keeps logs for a limited time', () => {
    expect(lambda.LoggingConfig).toEqual({ LogGroup: { Ref: logGroupId } });
    const logs = onlyResource('AWS::Logs::LogGroup');
    expect(logs.RetentionInDays).toEqual({ Ref: 'LogRetentionInDays' });
    const retention = parameter('LogRetentionInDays');
    // Membership: the default is one of the allowed retentions.
    expect(retention.AllowedValues).toContain(retention.Default);
    expect(retention.AllowedValues?.every((days) => typeof days === 'number' && days > 0)).toBe(true);
  });

  it('may be invoked by Alexa for this skill id only', () => {
    expect(onlyResource('AWS::Lambda::Permission')).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });
});

describe('the state table in the template', () => {
  const envelope = (personId?: string) =>
    ({
      context: { System: { user: { userId: 'amzn1.ask.account.A' }, ...(personId ? { person: { personId } } : {}) } },
    }) as unknown as RequestEnvelope;

  it('is billed on demand', () => {
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('outlives the stack: kept on deletion and on replacement, with point-in-time recovery on', () => {
    const resource = template.Resources[tableId]!;
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('has the key the stores write: TABLE_KEY\'s partition and sort attributes, both strings', () => {
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE_KEY.partition, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY.sort, KeyType: 'RANGE' },
    ]);
    expect(table.AttributeDefinitions).toEqual([
      { AttributeName: TABLE_KEY.partition, AttributeType: 'S' },
      { AttributeName: TABLE_KEY.sort, AttributeType: 'S' },
    ]);
    for (const key of [storageKey(envelope()), storageKey(envelope('amzn1.ask.person.P'))]) {
      expect(Object.keys(key).sort()).toEqual([TABLE_KEY.partition, TABLE_KEY.sort].sort());
      expect(Object.values(key).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    }
  });
});

describe('the function\'s role', () => {
  interface Statement {
    Effect: string;
    Action: string | string[];
    Resource: unknown;
  }
  const role = onlyResource('AWS::IAM::Role');
  const statements = (role.Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap((p) => p.PolicyDocument.Statement);
  const actions = (s: Statement) => (Array.isArray(s.Action) ? s.Action : [s.Action]);

  it('is the function\'s, and only Lambda may assume it', () => {
    expect(lambda.Role).toEqual({ 'Fn::GetAtt': [logicalIdOf('AWS::IAM::Role'), 'Arn'] });
    const trust = (role.AssumeRolePolicyDocument as { Statement: unknown[] }).Statement;
    expect(trust).toEqual([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    expect(role.ManagedPolicyArns).toBeUndefined();
  });

  it('allows only the item operations the store uses, only on its table', () => {
    const dynamo = statements.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    expect(dynamo.flatMap(actions).sort()).toEqual(
      ['dynamodb:BatchWriteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    );
    for (const s of dynamo) expect(s.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
  });

  it('allows exactly the operations the DynamoDB store\'s code calls, so a new call or a dropped one fails here', () => {
    // Read from the source, because no run of the store can be sure to take every path (a
    // disabled skill's deletion, a retry): every DynamoDB operation goes through its `call('Name', ...)`.
    const source = readFileSync(join(root, 'lambda', 'services', 'stores', 'dynamodb.ts'), 'utf8');
    const called = [...source.matchAll(/\bcall(?:<.*?>)?\(\s*'([A-Za-z]+)'/g)].map((m) => `dynamodb:${m[1]}`);
    expect(called.length).toBeGreaterThan(0);
    const granted = statements.flatMap(actions).filter((a) => a.startsWith('dynamodb:'));
    expect([...new Set(granted)].sort()).toEqual([...new Set(called)].sort());
  });

  it('allows writing logs to its own log group only, and nothing else at all', () => {
    const logs = statements.filter((s) => actions(s).some((a) => a.startsWith('logs:')));
    expect(logs.flatMap(actions).sort()).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    for (const s of logs) expect(s.Resource).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });
    for (const s of statements) {
      const services = new Set(actions(s).map((a) => a.split(':')[0]));
      expect([...services]).toEqual([expect.stringMatching(/^(dynamodb|logs)$/)]);
      expect(s.Effect).toBe('Allow');
      expect(actions(s).some((a) => a.includes('*'))).toBe(false);
      // No wildcard anywhere in a statement's resources.
      expect(JSON.stringify(s.Resource)).not.toContain('*');
    }
  });
});

describe('the ASK CLI project', () => {
  it('deploys the skill package `npm run skill-package` assembles', () => {
    expect(resolve(root, askResources.skillMetadata.src)).toBe(SKILL_PACKAGE_DIR);
    expect(pkg.scripts['skill-package']).toBe('tsx tools/skill-package.ts');
  });

  it('deploys the bundle `npm run build` writes, with this template, by CloudFormation', () => {
    expect(resolve(root, askResources.code.default.src)).toBe(BUNDLE_DIR);
    expect(pkg.scripts.build).toBe('tsx tools/build.ts');
    expect(BUNDLE_DIR).toBe(join(root, 'dist'));
    expect(askResources.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(resolve(root, askResources.skillInfrastructure.userConfig.templatePath)).toBe(TEMPLATE_FILE);
    expect(existsSync(TEMPLATE_FILE)).toBe(true);
  });
});

describe('the Lambda zip', () => {
  const buildInto = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
    return dir;
  };
  let dir: string;
  let zip: Uint8Array;
  let entries: Record<string, Uint8Array>;
  // Built once the tests run, not while jest collects them.
  beforeAll(() => {
    dir = buildInto('package-');
    zip = zipBundle(dir);
    entries = unzipSync(zip);
  });

  it('holds the bundle, its source map and the files it loads on first use at its root, byte for byte, and nothing else', () => {
    expect(Object.keys(entries).sort()).toEqual(['answers.js', 'documents.js', 'dynamodb-client.js', 'en-words.js', 'index.js', 'index.js.map', 'sdk-clients.js']);
    expect([...BUNDLE_FILES].sort()).toEqual(['answers.js', 'documents.js', 'dynamodb-client.js', 'en-words.js', 'index.js', 'index.js.map', 'sdk-clients.js']);
    for (const name of BUNDLE_FILES) expect(Buffer.from(entries[name]!).equals(readFileSync(join(dir, name)))).toBe(true);
  });

  it('is the same bytes every time for the same bundle, so a deployed zip can be checked by its hash', () => {
    expect(Buffer.from(zipBundle(dir)).equals(Buffer.from(zip))).toBe(true);
  });

  it('is the same bytes for the same source: a second build, in another folder, zips to the same hash', () => {
    expect(sha256Base64(zipBundle(buildInto('package-again-')))).toBe(sha256Base64(zip));
  });

  it('has, unpacked, an index.js whose `handler` is an async function that answers: plain JavaScript that runs on arm64', () => {
    const unpacked = mkdtempSync(join(tmpdir(), 'unpacked-'));
    for (const [name, bytes] of Object.entries(entries)) writeFileSync(join(unpacked, name), bytes);
    const run = runBundle(join(unpacked, 'index.js'), { STATE_STORE: 'memory' }, [launchRequest()]);
    expect(run.handlerIsAsync).toBe(true);
    const result = run.results[0]!;
    if (!('response' in result)) throw new Error(result.error);
    expect(result.response.response.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak>${WELCOME}</speak>` });
    expect(Object.keys(entries).some((name) => name.endsWith('.node'))).toBe(false);
  });

  it('is what `npm run package` writes to build/lambda.zip, after a fresh build of dist/, and it prints its hash', () => {
    const printed = execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, encoding: 'utf8' });
    const written = readFileSync(PACKAGE_FILE);
    expect(printed).toBe(
      `built ${BUNDLE_DIR}: index.js, index.js.map, dynamodb-client.js, sdk-clients.js, documents.js, en-words.js, answers.js\n` +
        `wrote build/lambda.zip: ${written.length} bytes, sha256 (base64, as Lambda's CodeSha256) ${sha256Base64(written)}\n`,
    );
    expect(readdirSync(BUNDLE_DIR).sort()).toEqual([...BUNDLE_FILES].sort());
    // The same source as the build above, so the same bytes.
    expect(written.equals(Buffer.from(zip))).toBe(true);
  });
});
