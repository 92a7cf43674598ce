import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODEL_LOCALES } from '../../tools/build-models';

const root = join(__dirname, '..', '..');

interface Manifest {
  manifest: {
    publishingInformation: { locales: Record<string, unknown>; distributionCountries: string[] };
    privacyAndCompliance: { locales: Record<string, unknown> };
  };
}

const manifest = JSON.parse(readFileSync(join(root, 'skill.json'), 'utf8')) as Manifest;

describe('the English locales', () => {
  it('are the five the skill is published in', () => {
    expect([...MODEL_LOCALES].sort()).toEqual(['en-AU', 'en-CA', 'en-GB', 'en-IN', 'en-US']);
  });

  it('each have a generated model, and no model is kept by hand beside them', () => {
    const files = readdirSync(join(root, 'interaction-models')).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(MODEL_LOCALES.map((l) => `${l}.json`).sort());
  });

  it('are exactly the manifest\'s publishing and privacy locales', () => {
    const { publishingInformation, privacyAndCompliance } = manifest.manifest;
    expect(Object.keys(publishingInformation.locales).sort()).toEqual([...MODEL_LOCALES].sort());
    expect(Object.keys(privacyAndCompliance.locales).sort()).toEqual([...MODEL_LOCALES].sort());
  });

  it('are each distributed in their own country', () => {
    const countries = MODEL_LOCALES.map((l) => l.split('-')[1]).sort();
    expect([...manifest.manifest.publishingInformation.distributionCountries].sort()).toEqual(countries);
  });
});
