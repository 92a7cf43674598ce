import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launchRequest } from '../tools/envelopes';

const CHILD = join(__dirname, 'cold-child.cjs');

/** A Node to start cold starts with: its binary and the flags it gets. */
export interface Runtime {
  readonly name: string;
  readonly version: string;
  readonly node: string;
  readonly flags: readonly string[];
}

/** What is cold-started: a built handler module, with its environment. */
export interface Subject {
  readonly name: string;
  readonly module: string;
  readonly env: Readonly<Record<string, string>>;
}

export interface ColdStart {
  /** From spawning `node` to its exit: what a cold start costs, Node's own start-up included. */
  readonly wallMs: number;
  /** From the first line of the child to the response: loading the module and the first answer. */
  readonly inProcessMs: number;
  /** The CPU time the process used until the response (user and system, every thread). */
  readonly cpuMs: number;
}

/**
 * Starts a new Node process that loads `subject.module` and answers one LaunchRequest of a new user.
 * Asynchronous on purpose: a DynamoDB stand-in may be serving from this very process.
 */
export function coldStart(runtime: Runtime, subject: Subject): Promise<ColdStart> {
  const event = JSON.stringify(launchRequest({ userId: `amzn1.ask.account.bench-${Math.random()}` }));
  const started = process.hrtime.bigint();
  const child = spawn(runtime.node, [...runtime.flags, CHILD, subject.module, event], { env: { ...subject.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const what = `${subject.name} on ${runtime.name}`;
      if (code !== 0) return reject(new Error(`cold start of ${what} failed (exit ${code}): ${stderr}`));
      const out = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ok?: boolean; inProcessMs: number; cpuMs: number };
      if (!out.ok) return reject(new Error(`${what} gave no spoken response`));
      resolve({ wallMs, inProcessMs: out.inProcessMs, cpuMs: out.cpuMs });
    });
  });
}

/** Cold starts by runtime name, then by subject name; the i-th entry of each list is from round i. */
export type ColdStarts = Map<string, Map<string, ColdStart[]>>;

/**
 * `rounds` rounds of one cold start of every subject on every runtime, interleaved: each round runs
 * them all, the subjects in an order rotated by one each round and the runtimes alternated, so a
 * change in the machine's load falls on every subject alike and runs of one round can be paired.
 * One unmeasured start of each first brings the files into the page cache.
 */
export async function coldStartRounds(runtimes: readonly Runtime[], subjects: readonly Subject[], rounds: number): Promise<ColdStarts> {
  const results: ColdStarts = new Map(runtimes.map((r) => [r.name, new Map(subjects.map((s) => [s.name, []]))]));
  for (const runtime of runtimes) for (const subject of subjects) await coldStart(runtime, subject);
  for (let round = 0; round < rounds; round++) {
    const order = subjects.map((_, i) => subjects[(i + round) % subjects.length]!);
    const runtimeOrder = round % 2 === 0 ? runtimes : [...runtimes].reverse();
    for (const runtime of runtimeOrder) {
      for (const subject of order) results.get(runtime.name)!.get(subject.name)!.push(await coldStart(runtime, subject));
    }
  }
  return results;
}
