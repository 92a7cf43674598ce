import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Intent } from '../../lambda/intents';
import { modelPath, MODEL_LOCALES, renderModel } from '../../tools/build-models';
import { TestCook } from '../helpers/skill';
import { smapiValidator } from '../helpers/smapi';

const root = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

interface ModelIntent {
  name: string;
  slots?: { name: string; type: string }[];
  samples: string[];
}
interface Model {
  interactionModel: { languageModel: { invocationName: string; intents: ModelIntent[]; types: unknown[] } };
}

describe('skill.json', () => {
  const manifest = readJson(join(root, 'skill.json'));

  it('is a valid manifest by the Skill Management API schema', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('rejects a broken manifest (the validator is live)', () => {
    const validate = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');
    expect(validate({ manifest: { manifestVersion: '9.9', apis: { custom: { endpoint: {} } } } })).toBe(false);
  });

  it('has example phrases the model really matches', async () => {
    const locales = (manifest as { manifest: { publishingInformation: { locales: Record<string, { examplePhrases: string[] }> } } })
      .manifest.publishingInformation.locales;
    const cook = new TestCook();
    for (const { examplePhrases } of Object.values(locales)) {
      for (const example of examplePhrases) {
        const m = /^Alexa, (?:open crispy pork belly|ask crispy pork belly (?:to )?(.+))$/.exec(example);
        expect({ example, form: Boolean(m) }).toEqual({ example, form: true });
        if (m?.[1]) expect({ example, intent: cook.conversation.match(m[1]).intent }).toMatchObject({ intent: expect.any(String) });
      }
    }
  });
});

describe.each(MODEL_LOCALES)('interaction model %s', (locale) => {
  const model = readJson(modelPath(locale)) as unknown as Model;
  const lm = model.interactionModel.languageModel;

  it('is generated from the source and up to date (run `npm run models`)', () => {
    expect(readFileSync(modelPath(locale), 'utf8')).toBe(renderModel(locale));
  });

  it('is valid by the Skill Management API schema', () => {
    const validate = smapiValidator('v1.skill.interactionModel.InteractionModelData');
    expect(validate(model) ? [] : validate.errors).toEqual([]);
  });

  it('follows the sample utterance rules', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const intent of lm.intents) {
      const declared = new Set((intent.slots ?? []).map((s) => s.name));
      for (const sample of intent.samples) {
        const words = sample.replace(/\{(\w+)\}/g, (_m, slot: string) => {
          if (!declared.has(slot)) problems.push(`${intent.name}: "${sample}" uses undeclared {${slot}}`);
          return '';
        });
        if (!/^[a-zA-Z' .-]*$/.test(words)) problems.push(`${intent.name}: "${sample}" has digits or symbols`);
        const key = sample.toLowerCase();
        if (seen.has(key)) problems.push(`"${sample}" is in ${seen.get(key)} and ${intent.name}`);
        seen.set(key, intent.name);
      }
    }
    expect(problems).toEqual([]);
    expect(lm.invocationName).toBe('crispy pork belly');
  });

  it('has at least 20 phrasings for each custom intent', () => {
    for (const intent of lm.intents.filter((i) => !i.name.startsWith('AMAZON.'))) {
      expect({ intent: intent.name, enough: intent.samples.length >= 20 }).toEqual({ intent: intent.name, enough: true });
    }
  });

  it('has every intent the handlers use, and nothing more', () => {
    const inModel = lm.intents.map((i) => i.name).sort();
    expect(inModel).toEqual([...new Set(Object.values(Intent))].sort());
  });
});

describe('every intent in the model has a handler', () => {
  const model = readJson(modelPath('en-US')) as unknown as Model;
  it.each(model.interactionModel.languageModel.intents.map((i) => i.name))('%s is answered without the error handler', async (name) => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    const out = await cook.intent(name);
    // Each intent answers differently (the conversation tests hear them whole); none may be the error handler's.
    expect(out.speech).not.toContain('something went wrong');
    expect(cook.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});
