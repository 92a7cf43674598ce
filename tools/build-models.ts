/**
 * Writes interaction-models/*.json from the one source in interaction-models/source.
 * `npm run models` after changing the source; a test fails while a generated file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../interaction-models/source';

export const MODEL_LOCALES = ['en-US'] as const;

export function modelPath(locale: string): string {
  return join(__dirname, '..', 'interaction-models', `${locale}.json`);
}

export function renderModel(_locale: string): string {
  return `${JSON.stringify(buildModel(), null, 2)}\n`;
}

if (require.main === module) {
  for (const locale of MODEL_LOCALES) {
    writeFileSync(modelPath(locale), renderModel(locale));
    console.log(`wrote ${modelPath(locale)}`);
  }
}
