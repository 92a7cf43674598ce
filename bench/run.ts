/**
 * `npm run bench`: measures the skill side by side in one run and prints a table.
 *   - cold start of the built dist/index.js against a bare handler (new process, load, one
 *     LaunchRequest), paired and alternated, with the memory store and with the DynamoDB store against
 *     dynalite; and once more with the code cache removed, as when V8 rejects it;
 *   - warm per-request latency, p50 and p99, over thousands of requests;
 *   - the bundle's size, raw and gzipped;
 *   - storage reads and writes per turn over a scripted full cook.
 * Options: --pairs N (cold start pairs, default 30), --requests N (warm requests, default 5000).
 * Then the HTTPS endpoint under load (bench/endpoint.ts): --endpoint-requests N (default 4000),
 * --concurrency N (connections, default 50).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { porkBelly, stepCount } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores';
import { createSkill } from '../lambda/skill';
import { compareColdStarts } from './cold-start';
import { CountingStore } from '../tools/counting-store';
import { startDynamo } from './dynamo';
import { endpointSection } from './endpoint';
import { fullCook, warmLatency } from './warm';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'index.js');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

/** The cook's state as a turn left it (the session carries it between turns). */
function cookOf(response: ResponseEnvelope): string {
  return JSON.stringify((response.sessionAttributes as { cook?: unknown } | undefined)?.cook ?? null);
}

async function storagePerTurn() {
  const store = new CountingStore(new MemoryStore());
  const skill = createSkill({ recipe: porkBelly, persistence: store, log: silentLog });
  const handler = (event: RequestEnvelope) => skill.invoke(event);
  let turns = 0;
  let changing = 0;
  let last = 'null';
  const onTurn = (_ms: number, response: ResponseEnvelope) => {
    turns += 1;
    const now = cookOf(response);
    // The first turn of a session only brings the stored state into the session; later ones may change it.
    if (last !== 'null' && now !== last) changing += 1;
    last = now;
  };
  // Two sessions of one cook (the recipe spans two days): the whole walk, then a return visit.
  await fullCook(handler, stepCount(porkBelly), 'amzn1.ask.account.storage', onTurn);
  last = 'null';
  await fullCook(handler, 2, 'amzn1.ask.account.storage', onTurn);
  return { sessions: 2, turns, changing, reads: store.reads, writes: store.writes };
}

/** A copy of the build without its code cache: the cold start when V8 rejects the cache. */
function withoutCodeCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-nocache-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  rmSync(join(dir, 'skill.js.cache'));
  return join(dir, 'index.js');
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

async function main(): Promise<void> {
  const pairs = option('pairs', 30);
  const requests = option('requests', 5000);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const code = Buffer.concat(['index.js', 'skill.js'].map((f) => readFileSync(join(ROOT, 'dist', f))));
  const cacheBytes = statSync(join(ROOT, 'dist', 'skill.js.cache')).size;

  const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
  const memory = await compareColdStarts(BUNDLE, { ...baseEnv, STATE_STORE: 'memory' }, pairs);
  const uncached = await compareColdStarts(withoutCodeCache(), { ...baseEnv, STATE_STORE: 'memory' }, pairs);
  const dynamo = await startDynamo();
  let dynamoCold;
  try {
    dynamoCold = await compareColdStarts(BUNDLE, { ...baseEnv, ...dynamo.env }, pairs);
  } finally {
    await dynamo.stop();
  }

  process.env.STATE_STORE = 'memory';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(BUNDLE) as { handler: (e: RequestEnvelope) => Promise<ResponseEnvelope> };
  const warm = await warmLatency(handler, stepCount(porkBelly), requests);
  const storage = await storagePerTurn();

  const cold = (c: typeof memory) =>
    `${fmt(c.medianRatio)}x bare (median ${fmt(c.skillWallMs, 1)} ms vs ${fmt(c.bareWallMs, 1)} ms; load and answer inside the process ${fmt(c.skillInProcessMs, 1)} ms vs ${fmt(c.bareInProcessMs, 1)} ms)`;
  const rows: [string, string, string][] = [
    ['cold start, memory store', cold(memory), '<= 1.15x'],
    ['cold start, memory store, code cache rejected', cold(uncached), '(for comparison)'],
    ['cold start, DynamoDB store on dynalite', cold(dynamoCold), '<= 1.5x'],
    ['warm latency per request', `p50 ${fmt(warm.p50, 3)} ms, p99 ${fmt(warm.p99, 3)} ms over ${warm.requests} requests`, 'p99 < 1 ms'],
    ['bundle (index.js + skill.js)', `${kb(code.length)} raw, ${kb(gzipSync(code).length)} gzipped; code cache ${kb(cacheBytes)}`, '<= 150 KB gzipped'],
    [
      'storage over a scripted full cook',
      `${storage.reads} reads in ${storage.sessions} sessions; ${storage.writes} writes for ${storage.changing} state-changing turns of ${storage.turns}`,
      '1 read a session; <= 1 write a changing turn',
    ],
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nBenchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpu}; ${pairs} cold-start pairs\n`);
  console.log('| measure | result | target |\n| --- | --- | --- |');
  for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
  console.log(await endpointSection({ requests: option('endpoint-requests', 4000), concurrency: option('concurrency', 50) }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
