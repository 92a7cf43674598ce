import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { launchRequest } from '../tools/envelopes';
import { median } from './stats';

const CHILD = join(__dirname, 'cold-child.cjs');
export const BARE = join(__dirname, 'bare-handler.cjs');

export interface ColdStart {
  readonly wallMs: number;
  readonly inProcessMs: number;
}

/**
 * Starts a new Node process that loads `modulePath` and answers one LaunchRequest. Asynchronous on
 * purpose: a DynamoDB stand-in may be serving from this very process, and must keep answering.
 */
function once(modulePath: string, env: NodeJS.ProcessEnv): Promise<ColdStart> {
  const event = JSON.stringify(launchRequest({ userId: `amzn1.ask.account.bench-${Math.random()}` }));
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [CHILD, modulePath, event], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`cold start of ${modulePath} failed (exit ${code}): ${stderr}`));
      const out = JSON.parse(stdout) as { ok: boolean; inProcessMs: number };
      if (!out.ok) return reject(new Error(`${modulePath} gave no response`));
      resolve({ wallMs, inProcessMs: out.inProcessMs });
    });
  });
}

export interface ColdComparison {
  readonly pairs: number;
  readonly bareWallMs: number;
  readonly skillWallMs: number;
  readonly medianRatio: number;
  readonly bareInProcessMs: number;
  readonly skillInProcessMs: number;
}

/**
 * Cold starts of the skill and of the bare handler, paired and alternated (bare first on even
 * pairs, skill first on odd ones) so drift in the machine's load falls on both alike.
 */
export async function compareColdStarts(bundle: string, env: NodeJS.ProcessEnv, pairs: number): Promise<ColdComparison> {
  const ratios: number[] = [];
  const bare: ColdStart[] = [];
  const skill: ColdStart[] = [];
  await once(BARE, env);
  await once(bundle, env); // warm the file cache before measuring
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? (['bare', 'skill'] as const) : (['skill', 'bare'] as const);
    const got: Partial<Record<'bare' | 'skill', ColdStart>> = {};
    for (const which of order) got[which] = await once(which === 'bare' ? BARE : bundle, env);
    bare.push(got.bare!);
    skill.push(got.skill!);
    ratios.push(got.skill!.wallMs / got.bare!.wallMs);
  }
  return {
    pairs,
    bareWallMs: median(bare.map((b) => b.wallMs)),
    skillWallMs: median(skill.map((s) => s.wallMs)),
    medianRatio: median(ratios),
    bareInProcessMs: median(bare.map((b) => b.inProcessMs)),
    skillInProcessMs: median(skill.map((s) => s.inProcessMs)),
  };
}
