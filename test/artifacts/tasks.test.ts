import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { CheckTask } from '../../lambda/intents';
import { porkBelly, timedSteps } from '../../lambda/recipe';
import { smapiValidator } from '../helpers/smapi';

/**
 * The custom task a recipe wait's timer launches: declared in the manifest (`apis.custom.tasks`,
 * checked by the Skill Management API's own schema) and defined in tasks/ by Amazon's rules for task
 * definitions ("Implement Custom Tasks in Your Skill"): OpenAPI 3, file named {TaskName}.{TaskVersion}.json,
 * one path named for the task, POST only, JSON bodies only, inline references only.
 */
const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'skill.json'), 'utf8')) as {
  manifest: { apis: { custom: { tasks?: { name: string; version: string }[] } } };
};
const tasks = manifest.manifest.apis.custom.tasks ?? [];
type Json = Record<string, unknown>;
const definition = (name: string, version: string) => JSON.parse(readFileSync(join(root, 'tasks', `${name}.${version}.json`), 'utf8')) as Json;

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(doc: Json, ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], doc);
}

describe('the check task', () => {
  it('is declared in the manifest, and the manifest with it is valid by the Skill Management API schema', () => {
    expect(tasks).toEqual([{ name: CheckTask.name, version: CheckTask.version }]);
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
    // The schema's own rule for each task entry, on its own.
    const entry = smapiValidator('v1.skill.Manifest.CustomTask');
    expect(tasks.every((t) => entry(t))).toBe(true);
    expect(entry({ name: CheckTask.name })).toBe(false);
  });

  it('has one definition file per declared task, and no others', () => {
    const files = readdirSync(join(root, 'tasks')).sort();
    expect(files).toEqual(tasks.map((t) => `${t.name}.${t.version}.json`).sort());
    for (const t of tasks) expect(/^[1-9]\d*$/.test(t.version)).toBe(true);
  });

  it.each(tasks.map((t) => [t.name, t.version] as const))('%s is defined by the rules for task definitions', (name, version) => {
    const doc = definition(name, version);
    // Any 3.0 patch release: the rules name the minor version only.
    expect(String(doc.openapi)).toMatch(/^3\.0\.\d+$/);
    const info = doc.info as Json;
    expect(info.version).toBe(version);
    // Membership: either scope the rules allow.
    expect(['public', 'vendor-private']).toContain(info['x-amzn-alexa-access-scope']);
    const paths = doc.paths as Record<string, Json>;
    expect(Object.keys(paths)).toEqual([`/${name}`]);
    const operations = paths[`/${name}`]!;
    expect(Object.keys(operations)).toEqual(['post']);
    const post = operations.post as { requestBody: { content: Json }; responses: Record<string, { content?: Json }> };
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json']);
    for (const response of Object.values(post.responses)) expect(Object.keys(response.content ?? { 'application/json': 1 })).toEqual(['application/json']);
    for (const ref of refs(doc)) {
      expect(ref.startsWith('#/')).toBe(true);
      expect(resolve(doc, ref)).toBeDefined();
    }
  });

  it('takes exactly the input the skill’s timers send: a step with a wait of the recipe', () => {
    const doc = definition(CheckTask.name, CheckTask.version);
    const input = resolve(doc, '#/components/schemas/Input') as Json;
    const ids = timedSteps(porkBelly).map((s) => s.step.id);
    expect((input.properties as { stepId: { enum: string[] } }).stepId.enum).toEqual(ids);
    const validate = new Ajv({ strict: false }).compile(input);
    for (const stepId of ids) expect(validate({ stepId })).toBe(true);
    expect(validate({ stepId: 'slice' })).toBe(false);
    expect(validate({})).toBe(false);
  });
});
