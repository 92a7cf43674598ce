import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** The environment a child gets: this one, less anything that would choose a store for it. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of ['STATE_STORE', 'STATE_DIR', 'DYNAMODB_TABLE', 'DYNAMODB_ENDPOINT', 'AWS_LAMBDA_FUNCTION_NAME', 'SKILL_ID']) {
    delete base[name];
  }
  return { ...base, ...env };
}

/** Runs a command to its end (asynchronously, so an in-process dynalite keeps answering) and gives its output. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env: childEnv(env) }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** Runs a command with `input` on its standard input, as typed into a terminal, and gives its output. */
export function runWithInput(command: string, args: string[], env: Record<string, string>, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { cwd: ROOT, env: childEnv(env) }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
    child.stdin?.end(input);
  });
}

/** One cook's conversation in a new process (test/helpers/cook-process.ts): what Alexa said to each phrase. */
export async function cookInNewProcess(env: Record<string, string>, userId: string, ...phrases: string[]): Promise<string[]> {
  const out = await run(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'helpers', 'cook-process.ts'), userId, ...phrases], env);
  const line = out.split('\n').find((l) => l.startsWith('SPOKEN '));
  if (!line) throw new Error(`the cook process said nothing:\n${out}`);
  return JSON.parse(line.slice('SPOKEN '.length)) as string[];
}
