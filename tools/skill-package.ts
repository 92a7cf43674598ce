/**
 * Assembles the skill package the ASK CLI deploys, `skill-package/` (git-ignored), from the one
 * manifest (skill.json) and the generated interaction models:
 *
 *   skill-package/skill.json
 *   skill-package/interactionModels/custom/<locale>.json
 *
 * skill.json carries a placeholder endpoint. The package gets, in order: `SKILL_ENDPOINT` when set
 * (a Lambda ARN, or an https URL for `npm run serve` with `SKILL_SSL_CERTIFICATE_TYPE`, default
 * Trusted); else the endpoint `ask deploy` wrote into the previous package once the stack was up;
 * else none, and `ask deploy` fills it in after deploying the stack.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { MODEL_LOCALES, modelPath, renderModel } from './build-models';

const ROOT = join(__dirname, '..');
export const MANIFEST_FILE = join(ROOT, 'skill.json');
/** The task definitions the manifest's `apis.custom.tasks` declare, one `{name}.{version}.json` each. */
export const TASKS_DIR = join(ROOT, 'tasks');
/** `skillMetadata.src` in ask-resources.json. */
export const SKILL_PACKAGE_DIR = join(ROOT, 'skill-package');

/** The endpoint of a custom skill, as the manifest holds it. */
export interface Endpoint {
  readonly uri: string;
  readonly sslCertificateType?: 'SelfSigned' | 'Wildcard' | 'Trusted';
}

interface Manifest {
  manifest: { apis: { custom: { endpoint?: Endpoint } & Record<string, unknown> } } & Record<string, unknown>;
}

const LAMBDA_ARN = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/;
/** The account id skill.json's placeholder ARN uses; no real account has it. */
const PLACEHOLDER_ACCOUNT = ':000000000000:';
const CERT_TYPES = ['SelfSigned', 'Wildcard', 'Trusted'] as const;

/** The endpoint a value names: a Lambda ARN, or an https URL with its certificate type. */
export function endpointFrom(uri: string, certificateType = 'Trusted'): Endpoint {
  if (LAMBDA_ARN.test(uri)) return { uri };
  if (!uri.startsWith('https://')) throw new Error(`SKILL_ENDPOINT must be a Lambda function ARN or an https URL, not "${uri}"`);
  const type = CERT_TYPES.find((t) => t === certificateType);
  if (!type) throw new Error(`SKILL_SSL_CERTIFICATE_TYPE must be one of ${CERT_TYPES.join(', ')}, not "${certificateType}"`);
  return { uri, sslCertificateType: type };
}

/** The endpoint of an earlier package, unless it is the placeholder. */
export function previousEndpoint(packageDir: string): Endpoint | undefined {
  const file = join(packageDir, 'skill.json');
  if (!existsSync(file)) return undefined;
  const endpoint = (JSON.parse(readFileSync(file, 'utf8')) as Manifest).manifest.apis.custom.endpoint;
  return endpoint?.uri && !endpoint.uri.includes(PLACEHOLDER_ACCOUNT) ? endpoint : undefined;
}

/**
 * The package's files by path inside it. Refuses a stale model, so what is deployed is what the
 * tests checked.
 */
export function skillPackageFiles(endpoint: Endpoint | undefined): Map<string, string> {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as Manifest;
  const { endpoint: _placeholder, ...custom } = manifest.manifest.apis.custom;
  manifest.manifest.apis.custom = endpoint ? { ...custom, endpoint } : custom;
  const files = new Map<string, string>([['skill.json', `${JSON.stringify(manifest, null, 2)}\n`]]);
  for (const locale of MODEL_LOCALES) {
    const model = readFileSync(modelPath(locale), 'utf8');
    if (model !== renderModel(locale)) throw new Error(`interaction-models/${locale}.json is stale: run npm run models`);
    files.set(`interactionModels/custom/${locale}.json`, model);
  }
  // The ASK CLI's package keeps task definitions in tasks/ beside skill.json.
  for (const name of readdirSync(TASKS_DIR).filter((n) => n.endsWith('.json')).sort()) {
    files.set(`tasks/${name}`, readFileSync(join(TASKS_DIR, name), 'utf8'));
  }
  return files;
}

/** Replaces `dir` with the package. */
export function writeSkillPackage(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (require.main === module) {
  const given = process.env.SKILL_ENDPOINT?.trim();
  const endpoint = given
    ? endpointFrom(given, process.env.SKILL_SSL_CERTIFICATE_TYPE?.trim() || undefined)
    : previousEndpoint(SKILL_PACKAGE_DIR);
  writeSkillPackage(SKILL_PACKAGE_DIR, skillPackageFiles(endpoint));
  const where = endpoint ? `endpoint ${endpoint.uri}` : 'no endpoint yet (ask deploy sets it after the stack is up)';
  console.log(`wrote ${relative(process.cwd(), SKILL_PACKAGE_DIR)}/ for ${MODEL_LOCALES.join(', ')}; ${where}`);
}
