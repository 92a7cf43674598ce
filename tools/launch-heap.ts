/**
 * `npx tsx tools/launch-heap.ts [--cpu N] DIST [DIST ...]`: what a cold start's load and first answer (a
 * LaunchRequest of a new cook, the memory store) allocate on V8's young generation, for each build
 * (`npm run build -- --outdir DIST`), on Node 22 with Lambda's flags (bench/lambda-node.ts). A
 * figure that does not move with the machine's load, unlike `npm run bench`'s clock: the same code
 * allocates the same bytes. Why it matters: the new space starts at 1 MB, partly used by Node's own
 * start; once load and answer allocate more than is left, a scavenge (a young-generation garbage
 * collection, a few milliseconds) runs before the answer is out, inside the cold start, instead of
 * after it. The second run, with Lambda's flags as they are, counts the collections that did.
 * `--cpu N` adds the CPU time each build's process spent loading and answering, the median of N
 * processes per build, run in turn: it moves less with the machine's load than the clock, but does
 * move, so compare builds from one run only, and leave the target's figure to `npm run bench`.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { deployedFunction, lambdaNodeFlags, node22 } from '../bench/lambda-node';
import { launchRequest } from './envelopes';

/**
 * The child: the built-ins Lambda's runtime loads first (as bench/cold-child.cjs), then the bundle
 * and one answer, with the young generation's bytes in use read before, between and after.
 */
const CHILD = `
  for (const builtin of ['http', 'net', 'assert', 'util', 'fs', 'path']) require(builtin);
  const { PerformanceObserver } = require('node:perf_hooks');
  const v8 = require('node:v8');
  const collections = [];
  new PerformanceObserver((list) => collections.push(...list.getEntries())).observe({ entryTypes: ['gc'] });
  const space = (name) => v8.getHeapSpaceStatistics().find((s) => s.space_name === name);
  const young = () => ({ small: space('new_space').space_used_size, large: space('new_large_object_space').space_used_size });
  const room = space('new_space').space_available_size;
  const before = young();
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { handler } = require(process.argv[1]);
  const loaded = young();
  Promise.resolve(handler(JSON.parse(process.argv[2]), {})).then((response) => {
    const answered = young();
    const ended = performance.now();
    const { user, system } = process.cpuUsage(cpu);
    // The observer hears of a collection after it: a moment later, every one before the answer is in.
    setTimeout(() => {
      const during = collections.filter((c) => c.startTime >= started && c.startTime <= ended).length;
      console.log(JSON.stringify({
        ok: Boolean(response.response.outputSpeech), room, during,
        load: loaded.small - before.small, answer: answered.small - loaded.small,
        large: answered.large - before.large, cpuMs: (user + system) / 1000,
      }));
    }, 100);
  });`;

function run(node: string, flags: string[], entry: string): string {
  return execFileSync(node, [...flags, '-e', CHILD, entry, JSON.stringify(launchRequest())], {
    env: { PATH: process.env.PATH ?? '', STATE_STORE: 'memory', LOG_LEVEL: 'error' },
    encoding: 'utf8',
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function main(): void {
  const at = process.argv.indexOf('--cpu');
  const rounds = at >= 0 ? Number(process.argv[at + 1]) : 0;
  const dirs = process.argv.slice(2).filter((_, n) => at < 0 || (n !== at - 2 && n !== at - 1));
  if (dirs.length === 0 || !Number.isInteger(rounds) || rounds < 0) throw new Error('usage: launch-heap [--cpu N] DIST [DIST ...]');
  const node = node22();
  const lambda = lambdaNodeFlags(deployedFunction().memoryMb);
  // No scavenge at all (a young generation far larger than the work), so bytes in use are bytes allocated.
  const roomy = [...lambda.filter((f) => !f.startsWith('--max-semi-space-size')), '--min-semi-space-size=64', '--max-semi-space-size=64'];
  const entries = dirs.map((dir) => join(resolve(dir), 'index.js'));
  const cpu = new Map<string, number[]>(entries.map((entry) => [entry, []]));
  for (let round = 0; round < rounds; round++) for (const entry of entries) cpu.get(entry)!.push(outcome(run(node, lambda, entry)).cpuMs);
  for (const [n, entry] of entries.entries()) {
    const counted = outcome(run(node, roomy, entry));
    const lambdaRun = outcome(run(node, lambda, entry));
    const times = cpu.get(entry)!.sort((a, b) => a - b);
    console.log(
      `${dirs[n]}: load ${kb(counted.load)}, first answer ${kb(counted.answer)}, together ${kb(counted.load + counted.answer)} ` +
        `of the ${kb(lambdaRun.room)} free in the new space (and ${kb(counted.large)} of large objects, the bundle's text); ` +
        `collections before the answer was out: ${lambdaRun.during}${counted.ok && lambdaRun.ok ? '' : ' (NO SPEECH)'}` +
        (rounds ? `; CPU to load and answer, median of ${rounds}: ${times[times.length >> 1]!.toFixed(1)} ms` : ''),
    );
  }
}

interface Outcome {
  readonly ok: boolean;
  readonly room: number;
  readonly during: number;
  readonly load: number;
  readonly answer: number;
  readonly large: number;
  readonly cpuMs: number;
}

const outcome = (out: string) => JSON.parse(out.trim().split('\n').pop()!) as Outcome;

main();
