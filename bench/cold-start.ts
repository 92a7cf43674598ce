import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launchRequest } from '../tools/envelopes';
import { median } from './stats';

const CHILD = join(__dirname, 'cold-child.cjs');
export const BARE = join(__dirname, 'bare-handler.cjs');

export interface ColdStart {
  readonly wallMs: number;
  readonly inProcessMs: number;
}

/** Starts a new Node process that loads `modulePath` and answers one LaunchRequest. */
function once(modulePath: string, env: NodeJS.ProcessEnv): ColdStart {
  const event = JSON.stringify(launchRequest({ userId: `amzn1.ask.account.bench-${Math.random()}` }));
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [CHILD, modulePath, event], { env, encoding: 'utf8' });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`cold start of ${modulePath} failed: ${child.stderr}`);
  const out = JSON.parse(child.stdout) as { ok: boolean; inProcessMs: number };
  if (!out.ok) throw new Error(`${modulePath} gave no response`);
  return { wallMs, inProcessMs: out.inProcessMs };
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
export function compareColdStarts(bundle: string, env: NodeJS.ProcessEnv, pairs: number): ColdComparison {
  const ratios: number[] = [];
  const bare: ColdStart[] = [];
  const skill: ColdStart[] = [];
  once(BARE, env);
  once(bundle, env); // warm the file cache before measuring
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? (['bare', 'skill'] as const) : (['skill', 'bare'] as const);
    const got: Partial<Record<'bare' | 'skill', ColdStart>> = {};
    for (const which of order) got[which] = once(which === 'bare' ? BARE : bundle, env);
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
