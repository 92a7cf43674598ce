/**
 * `npm run bench`: measures the skill as Lambda runs it, side by side with two anchors, in one run.
 *   - cold starts (a new Node process loads the handler module and answers one LaunchRequest), on Node 22
 *     (the deployed runtime) and on Node 20, both with Lambda's node flags for the function's memory
 *     size: the skill with the memory store and with the DynamoDB store (dynalite on 127.0.0.1), a
 *     bare handler and an ask-sdk-core hello skill, all bundled now with the same esbuild settings,
 *     interleaved round by round; ratios are medians of the rounds' paired ratios;
 *   - warm per-request latency: five runs, each a new Node 22 process answering whole cooks;
 *   - the shipped code's size, gzipped; whether two builds of the same source zip to the same bytes;
 *   - storage reads and writes per turn over a scripted full cook.
 * Options: --rounds N (cold-start rounds, default 30), --requests N (warm requests a run, default 5000).
 * Then the HTTPS endpoint under load (bench/endpoint.ts): --endpoint-requests N (default 4000),
 * --concurrency N (connections, default 50).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { porkBelly, stepCount } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores';
import { createSkill } from '../lambda/skill';
import type { Metafile } from 'esbuild';
import { build, bundle } from '../tools/build';
import { gzippedSize, SHIPPED_CODE_FILES, SHIPPED_CODE_LIMIT, shippedCode } from '../tools/code-size';
import { CountingStore } from '../tools/counting-store';
import { sha256Base64, zipBundle } from '../tools/package-lambda';
import { coldStart, coldStartRounds, type ColdStart, type ColdStarts, type Runtime, type Subject } from './cold-start';
import { startDynamo } from './dynamo';
import { endpointSection } from './endpoint';
import { deployedFunction, lambdaNodeFlags, node22, NODE22_VERSION } from './lambda-node';
import { median, medianRatio } from './stats';
import { fullCook, type WarmLatency } from './warm';

const BENCH = __dirname;
const WARM_RUNS = 5;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const newDir = (name: string) => mkdtempSync(join(tmpdir(), `bench-${name}-`));
const meets = (ok: boolean) => (ok ? 'met' : '**missed**');

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

/** One warm-latency run: a new process of `runtime` loads the bundle and answers `requests` requests. */
async function warmRun(runtime: Runtime, child: string, skill: string, requests: number): Promise<WarmLatency> {
  const { stdout } = await promisify(execFile)(
    runtime.node,
    [...runtime.flags, child, skill, String(stepCount(porkBelly)), String(requests)],
    { env: { PATH: process.env.PATH ?? '', STATE_STORE: 'memory' }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as WarmLatency;
}

/** Two builds of the same source, in two new folders, zipped: their sha256 hashes. */
async function zipHashes(): Promise<[string, string]> {
  return [sha256Base64(zipBundle(await builtSkill())), sha256Base64(zipBundle(await builtSkill()))];
}

async function builtSkill(): Promise<string> {
  const dir = newDir('skill');
  await build(dir);
  return dir;
}

/** The largest parts of the bundle (by package, or by folder of lambda/), in bytes of minified output. */
function largestParts(metafile: Metafile, count: number): [string, number][] {
  const parts = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
      const part = pkg ?? input.split('/').slice(0, 2).join('/');
      parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...parts].sort((a, b) => b[1] - a[1]).slice(0, count);
}

async function main(): Promise<void> {
  const began = performance.now();
  const loadBefore = loadavg()[0]!;
  const rounds = option('rounds', 30);
  const requests = option('requests', 5000);
  const { memoryMb, runtime: deployedRuntime } = deployedFunction();
  const flags = lambdaNodeFlags(memoryMb);
  const runtimes: Runtime[] = [
    { name: 'Node 22', version: `v${NODE22_VERSION}`, node: node22(), flags },
    { name: `Node ${process.versions.node.split('.')[0]}`, version: process.version, node: process.execPath, flags },
  ];
  const [lambda22, other] = runtimes as [Runtime, Runtime];
  if (other.name === lambda22.name) runtimes.pop();

  // Everything measured is built now, with the same esbuild settings as `npm run build`.
  const skillDir = newDir('skill');
  const metafile = await build(skillDir);
  const skill = join(skillDir, 'index.js');
  const anchors = { bare: newDir('bare'), hello: newDir('hello'), warm: newDir('warm') };
  bundle(join(BENCH, 'anchors', 'bare.ts'), anchors.bare, { sourcemap: false });
  bundle(join(BENCH, 'anchors', 'hello.ts'), anchors.hello, { sourcemap: false });
  bundle(join(BENCH, 'warm-child.ts'), anchors.warm, { sourcemap: false });

  // Lambda's own variables that a handler may read; the memory size is also what the flags were made for.
  const lambdaEnv = { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memoryMb) };
  const dynamo = await startDynamo();
  let cold: ColdStarts;
  let dynamoCallsPerStart: string;
  const subjects: Subject[] = [
    { name: 'bare', module: join(anchors.bare, 'index.js'), env: lambdaEnv },
    { name: 'hello', module: join(anchors.hello, 'index.js'), env: lambdaEnv },
    { name: 'memory', module: skill, env: { ...lambdaEnv, STATE_STORE: 'memory' } },
    {
      name: 'dynamodb',
      module: skill,
      // A local server takes any credentials; these are never real ones.
      env: { ...lambdaEnv, ...dynamo.env, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' },
    },
  ];
  try {
    // The first start with the DynamoDB store creates the table (as deploying the stack does); unmeasured.
    await coldStart(lambda22, subjects[3]!);
    const before = new Map(dynamo.calls);
    cold = await coldStartRounds(runtimes, subjects, rounds);
    const starts = (rounds + 1) * runtimes.length; // the rounds, and the unmeasured first start on each runtime
    dynamoCallsPerStart = [...dynamo.calls]
      .map(([op, n]) => [op, (n - (before.get(op) ?? 0)) / starts] as const)
      .filter(([, n]) => n > 0)
      .map(([op, n]) => `${fmt(n, n % 1 === 0 ? 0 : 2)} ${op}`)
      .join(', ');
  } finally {
    await dynamo.stop();
  }

  const warm: WarmLatency[] = [];
  for (let run = 0; run < WARM_RUNS; run++) warm.push(await warmRun(lambda22, join(anchors.warm, 'index.js'), skill, requests));
  const storage = await storagePerTurn();
  // Every JavaScript file the zip ships counts, index.js and each file it loads on first use, each
  // gzipped on its own (as each is read on its own); source maps are not code.
  const { gzipped, raw } = shippedCode(skillDir);
  const index = readFileSync(skill);
  const anchorGzipped = (dir: string) => kb(gzippedSize(readFileSync(join(dir, 'index.js'))));
  const [zipA, zipB] = await zipHashes();

  const series = (rt: Runtime, s: string, of: keyof ColdStart) => cold.get(rt.name)!.get(s)!.map((c) => c[of]);
  const ratio = (rt: Runtime, a: string, b: string, of: keyof ColdStart = 'wallMs') => medianRatio(series(rt, a, of), series(rt, b, of));
  const ms = (rt: Runtime, s: string, of: keyof ColdStart = 'wallMs') => `${fmt(median(series(rt, s, of)), 1)} ms`;
  /** "1.23x" by the clock, with the medians, then the same by CPU time. */
  const versus = (rt: Runtime, a: string, b: string) =>
    `${fmt(ratio(rt, a, b))}x (${ms(rt, a)} vs ${ms(rt, b)}); by CPU time ${fmt(ratio(rt, a, b, 'cpuMs'))}x (${ms(rt, a, 'cpuMs')} vs ${ms(rt, b, 'cpuMs')})`;

  const rows: [string, string, string][] = [];
  for (const rt of runtimes) {
    const lambda = rt === lambda22;
    const memoryVsHello = ratio(rt, 'memory', 'hello');
    const dynamoVsBare = ratio(rt, 'dynamodb', 'bare');
    rows.push(
      [
        `cold start, memory store, vs the hello skill, ${rt.name}`,
        versus(rt, 'memory', 'hello'),
        lambda ? `<= 1.15x: ${meets(memoryVsHello <= 1.15)}` : '(for comparison)',
      ],
      [
        `cold start, DynamoDB store (${dynamoCallsPerStart}), vs bare, ${rt.name}`,
        versus(rt, 'dynamodb', 'bare'),
        lambda ? `<= 1.6x: ${meets(dynamoVsBare <= 1.6)}` : '(for comparison)',
      ],
      [`cold start, hello skill vs bare, ${rt.name}`, versus(rt, 'hello', 'bare'), ''],
      [`cold start, memory store vs bare, ${rt.name}`, versus(rt, 'memory', 'bare'), ''],
      [
        `load and first answer inside the process, ${rt.name}`,
        ['bare', 'hello', 'memory', 'dynamodb'].map((s) => `${s} ${ms(rt, s, 'inProcessMs')}`).join(', '),
        '',
      ],
    );
  }
  const worst = warm.reduce((a, b) => (b.p99 > a.p99 ? b : a));
  rows.push(
    [
      `warm latency, ${WARM_RUNS} runs of ${warm[0]!.requests} requests, ${lambda22.name}`,
      `p99 ${warm.map((w) => fmt(w.p99, 3)).join(', ')} ms (worst ${fmt(worst.p99, 3)}); p50 ${fmt(median(warm.map((w) => w.p50)), 3)} ms; slowest request ${fmt(Math.max(...warm.map((w) => w.max)), 1)} ms`,
      `p99 < 1 ms in every run: ${meets(warm.every((w) => w.p99 < 1))}`,
    ],
    [
      `shipped code (${SHIPPED_CODE_FILES.join(', ')})`,
      `${kb(gzipped)} gzipped, ${kb(raw)} raw; index.js alone, loaded at every cold start, ${kb(gzippedSize(index))} gzipped, ${kb(index.length)} raw (hello skill ${anchorGzipped(anchors.hello)}, bare ${anchorGzipped(anchors.bare)} gzipped)`,
      `<= 100 KB gzipped: ${meets(gzipped <= SHIPPED_CODE_LIMIT)}`,
    ],
    [
      'largest parts of index.js (minified, before gzip)',
      largestParts(metafile, 6).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', '),
      '',
    ],
    [
      'Lambda zip, two builds of the same source',
      zipA === zipB ? `the same bytes (sha256 ${zipA})` : `different bytes (${zipA} vs ${zipB})`,
      `same bytes: ${meets(zipA === zipB)}`,
    ],
    [
      'storage over a scripted full cook',
      `${storage.reads} reads in ${storage.sessions} sessions; ${storage.writes} writes for ${storage.changing} state-changing turns of ${storage.turns}`,
      `1 read a session, <= 1 write a changing turn: ${meets(storage.reads === storage.sessions && storage.writes <= storage.changing)}`,
    ],
  );

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const took = (performance.now() - began) / 1000;
  console.log(
    `\nBenchmark, ${new Date().toISOString().slice(0, 10)}, \`npm run bench\`: ${runtimes.map((r) => r.version).join(' and ')};` +
      ` ${cpus().length} x ${cpu}; ${rounds} rounds; took ${fmt(took, 0)} s`,
  );
  // Other work on the machine slows every process alike, but not exactly alike: say how busy it was.
  const load = `load average ${fmt(loadBefore, 1)} at the start, ${fmt(loadavg()[0]!, 1)} at the end, on ${cpus().length} cores`;
  const busy = Math.max(loadBefore, loadavg()[0]!) > cpus().length;
  console.log(busy ? `${load}: the machine was busy with other work, so these figures are noisy` : load);
  console.log(`Lambda flags for ${memoryMb} MB (the template's MemorySize; deployed runtime ${deployedRuntime}): ${flags.join(' ')}\n`);
  console.log('| measure | result | target |\n| --- | --- | --- |');
  for (const [measure, result, target] of rows) console.log(`| ${measure} | ${result} | ${target} |`);
  console.log(await endpointSection({ requests: option('endpoint-requests', 4000), concurrency: option('concurrency', 50) }));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
