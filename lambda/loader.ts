/**
 * The Lambda entry point as deployed (dist/index.js): loads the skill bundle (dist/skill.js)
 * with the V8 code cache `npm run build` made for it (dist/skill.js.cache), so a cold start skips
 * most of the compiling of the bundle; `npm run bench` measures the difference. V8 rejects a cache
 * made by another Node version or with other flags, and the bundle then compiles as usual: the
 * cache can only make a cold start faster, never break it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';

type Handler = (event: RequestEnvelope, context?: Context) => Promise<ResponseEnvelope>;

const SKILL = join(__dirname, 'skill.js');

function readCache(): Buffer | undefined {
  try {
    return readFileSync(`${SKILL}.cache`);
  } catch {
    return undefined; // no cache (a plain build): compile as usual
  }
}

// The CommonJS module wrapper, on a line of its own (lineOffset -1) so the source map still lines up.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${readFileSync(SKILL, 'utf8')}\n})`, {
  filename: SKILL,
  lineOffset: -1,
  cachedData: readCache(),
});
const skillModule: { exports: { handler?: Handler } } = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(skillModule.exports, require, skillModule, SKILL, __dirname);

if (typeof skillModule.exports.handler !== 'function') throw new Error(`${SKILL} exports no handler`);

/** The skill's own async handler (lambda/index.ts). */
export const handler: Handler = skillModule.exports.handler;

/** True when V8 refused the code cache (another Node version): the cold start compiled everything. */
export const codeCacheRejected = script.cachedDataRejected === true;

/** V8's code cache of the skill as compiled so far in this process; the build writes it to skill.js.cache. */
export function makeCodeCache(): Buffer {
  return script.createCachedData();
}
