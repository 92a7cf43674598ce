import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MODEL_LOCALES, modelPath } from '../../tools/build-models';
import { endpointFrom, MANIFEST_FILE, previousEndpoint, skillPackageFiles, writeSkillPackage } from '../../tools/skill-package';
import { smapiValidator } from '../helpers/smapi';

interface Manifest {
  manifest: { apis: { custom: { endpoint?: unknown } } } & Record<string, unknown>;
}
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:ask-crispy-pork-belly-SkillFunction-AbC123';
const manifestOf = (files: Map<string, string>) => JSON.parse(files.get('skill.json')!) as Manifest;

describe('the skill package (`npm run skill-package`)', () => {
  const validManifest = smapiValidator('v1.skill.Manifest.SkillManifestEnvelope');

  it('has the layout the ASK CLI expects: skill.json, one custom model per locale, and the task definitions', () => {
    const files = skillPackageFiles(undefined);
    expect([...files.keys()].sort()).toEqual(
      ['skill.json', ...MODEL_LOCALES.map((l) => `interactionModels/custom/${l}.json`), 'tasks/CheckTheWait.1.json'].sort(),
    );
    for (const locale of MODEL_LOCALES) {
      expect(files.get(`interactionModels/custom/${locale}.json`)).toBe(readFileSync(modelPath(locale), 'utf8'));
    }
  });

  it('carries skill.json as it is, less the placeholder endpoint, and is still a valid manifest', () => {
    const manifest = manifestOf(skillPackageFiles(undefined));
    const source = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
    const { endpoint: _placeholder, ...rest } = source.manifest.apis.custom;
    expect(manifest.manifest.apis.custom).toEqual(rest);
    expect({ ...manifest.manifest, apis: undefined }).toEqual({ ...source.manifest, apis: undefined });
    expect(validManifest(manifest) ? [] : validManifest.errors).toEqual([]);
  });

  it('takes a Lambda ARN or an https endpoint given in SKILL_ENDPOINT, and refuses anything else', () => {
    const withArn = manifestOf(skillPackageFiles(endpointFrom(ARN)));
    expect(withArn.manifest.apis.custom.endpoint).toEqual({ uri: ARN });
    expect(validManifest(withArn) ? [] : validManifest.errors).toEqual([]);
    const https = manifestOf(skillPackageFiles(endpointFrom('https://cook.example.com/', 'Wildcard')));
    expect(https.manifest.apis.custom.endpoint).toEqual({ uri: 'https://cook.example.com/', sslCertificateType: 'Wildcard' });
    expect(validManifest(https) ? [] : validManifest.errors).toEqual([]);
    expect(endpointFrom('https://cook.example.com/').sslCertificateType).toBe('Trusted');
    expect(() => endpointFrom('http://cook.example.com/')).toThrow(/Lambda function ARN or an https URL/);
    expect(() => endpointFrom('https://cook.example.com/', 'Homemade')).toThrow(/SKILL_SSL_CERTIFICATE_TYPE/);
  });

  it('keeps the endpoint `ask deploy` wrote into the previous package, but never the placeholder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-package-'));
    expect(previousEndpoint(dir)).toBeUndefined();
    writeSkillPackage(dir, skillPackageFiles(endpointFrom(ARN)));
    expect(previousEndpoint(dir)).toEqual({ uri: ARN });
    writeSkillPackage(dir, skillPackageFiles(endpointFrom('arn:aws:lambda:us-east-1:000000000000:function:crispy-pork-belly')));
    expect(previousEndpoint(dir)).toBeUndefined();
  });

  it('is written afresh: a file left from an earlier package is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-package-'));
    mkdirSync(join(dir, 'interactionModels', 'custom'), { recursive: true });
    writeFileSync(join(dir, 'interactionModels', 'custom', 'fr-FR.json'), '{}');
    writeSkillPackage(dir, skillPackageFiles(undefined));
    expect(existsSync(join(dir, 'interactionModels', 'custom', 'fr-FR.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, 'skill.json'), 'utf8'))).toEqual(manifestOf(skillPackageFiles(undefined)));
  });
});
