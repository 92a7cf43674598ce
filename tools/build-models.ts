/**
 * Writes interaction-models/*.json from the one source in interaction-models/source.
 * `npm run models` after changing the source; a test fails while a generated file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModel } from '../interaction-models/source';

/**
 * Every locale the skill is published in. They share one English model (the same phrasings work in
 * each); units differ by locale at run time (lambda/turn/turn.ts), not in the model.
 */
export const MODEL_LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'] as const;

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
