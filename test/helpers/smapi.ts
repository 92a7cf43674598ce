import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Formats the Swagger spec names in prose; they carry no rule ajv could check. */
const PROSE_FORMATS = ['ISO 4217 format', 'ISO_8601#Durations format'];

let ajv: Ajv | undefined;

function stripDiscriminators(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripDiscriminators);
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node as Record<string, unknown>)
        .filter(([k]) => k !== 'discriminator')
        .map(([k, v]) => [k, stripDiscriminators(v)]),
    );
  }
  return node;
}

/**
 * A validator for one definition of the Skill Management API's own schema
 * (`ask-smapi-model/spec.json`), with the Swagger-only `discriminator` keys removed.
 */
export function smapiValidator(definition: string): ValidateFunction {
  if (!ajv) {
    const specFile = join(__dirname, '..', '..', 'node_modules', 'ask-smapi-model', 'spec.json');
    const spec = JSON.parse(readFileSync(specFile, 'utf8')) as { definitions: unknown };
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const format of PROSE_FORMATS) ajv.addFormat(format, true);
    ajv.addSchema({ definitions: stripDiscriminators(spec.definitions) }, 'smapi');
  }
  return ajv.compile({ $ref: `smapi#/definitions/${definition}` });
}
