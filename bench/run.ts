/**
 * `npm run bench`: measures the skill side by side in one run and prints a table.
 *   - cold start of dist/index.js against a bare handler (new process, load, one LaunchRequest),
 *     paired and alternated, with the memory store and with the DynamoDB store against dynalite;
 *   - warm per-request latency, p50 and p99, over thousands of requests;
 *   - the bundle's size, raw and gzipped;
 *   - storage reads and writes per turn over a scripted full cook.
 * Options: --pairs N (cold start pairs, default 30), --requests N (warm requests, default 5000).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { porkBelly, stepCount } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores';
import { createSkill } from '../lambda/skill';
import { compareColdStarts } from './cold-start';
import { CountingStore } from './counting-store';
import { startDynamo } from './dynamo';
import { fullCook, warmLatency } from './warm';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'index.js');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function storagePerTurn() {
  const store = new CountingStore(new MemoryStore());
  const skill = createSkill({ recipe: porkBelly, persistence: store, log: silentLog });
  const handler = (event: RequestEnvelope) => skill.invoke(event);
  let turns = 0;
  // Two sessions of one cook (the recipe spans two days): the whole walk, then a return visit.
  await fullCook(handler, stepCount(porkBelly), 'amzn1.ask.account.storage', () => (turns += 1));
  await fullCook(handler, 2, 'amzn1.ask.account.storage', () => (turns += 1));
  return { sessions: 2, turns, reads: store.reads, writes: store.writes };
}

async function main(): Promise<void> {
  const pairs = option('pairs', 30);
  const requests = option('requests', 5000);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const bundle = readFileSync(BUNDLE);

  const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' };
  const memory = await compareColdStarts(BUNDLE, { ...baseEnv, STATE_STORE: 'memory' }, pairs);
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

  const rows: [string, string, string][] = [
    ['cold start, memory store (median of paired ratios)', `${fmt(memory.medianRatio)}x bare (${fmt(memory.skillWallMs, 1)} ms vs ${fmt(memory.bareWallMs, 1)} ms; load+answer in process ${fmt(memory.skillInProcessMs, 1)} ms vs ${fmt(memory.bareInProcessMs, 1)} ms)`, '<= 1.15x'],
    ['cold start, DynamoDB store on dynalite', `${fmt(dynamoCold.medianRatio)}x bare (${fmt(dynamoCold.skillWallMs, 1)} ms vs ${fmt(dynamoCold.bareWallMs, 1)} ms; load+answer in process ${fmt(dynamoCold.skillInProcessMs, 1)} ms)`, '<= 1.5x'],
    ['warm latency per request', `p50 ${fmt(warm.p50, 3)} ms, p99 ${fmt(warm.p99, 3)} ms over ${warm.requests} requests`, 'p99 < 1 ms'],
    ['bundle dist/index.js', `${fmt(bundle.length / 1024, 1)} KB raw, ${fmt(gzipSync(bundle).length / 1024, 1)} KB gzipped`, '<= 150 KB gzipped'],
    ['storage over a scripted full cook', `${storage.reads} reads and ${storage.writes} writes in ${storage.sessions} sessions, ${storage.turns} turns`, '1 read a session; <= 1 write a changing turn'],
  ];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nBenchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpu}; ${pairs} cold-start pairs\n`);
  console.log('| measure | result | target |\n| --- | --- | --- |');
  for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
