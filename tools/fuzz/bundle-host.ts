import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** What one invocation of the bundle's handler came to. */
export type Outcome = { readonly response: unknown } | { readonly error: string };

/**
 * The child's side: loads the built entry and answers each request line (`{id, event}`) with a
 * result line (`{id, response}` or `{id, error}`) on file descriptor 3, so the skill's own log lines
 * (stdout) never mix with the results. Requests are handled as they come, concurrently, as a warm
 * Lambda container never does but a self-hosted endpoint does.
 */
const CHILD = `
  const fs = require('node:fs');
  const entry = require(process.argv[1]);
  const out = fs.createWriteStream(null, { fd: 3 });
  require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
    const { id, event } = JSON.parse(line);
    Promise.resolve()
      .then(() => entry.handler(event))
      .then(
        (response) => out.write(JSON.stringify({ id, response: response === undefined ? null : response }) + '\\n'),
        (err) => out.write(JSON.stringify({ id, error: String((err && err.message) || err) }) + '\\n'),
      );
  });`;

/**
 * The built bundle (`dist/index.js` or another build's) running in a Node process of its own, as
 * Lambda runs it, with exactly the environment given. `invoke` sends it one event and resolves with
 * what the handler did; if the process dies, every open and later invocation says so.
 */
export class BundleHost {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();
  private nextId = 0;
  private died: string | undefined;
  /** The skill's log lines at level error (each a JSON object), in order. */
  readonly errorLogs: Record<string, unknown>[] = [];

  constructor(entry: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-e', CHILD, entry], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    createInterface({ input: this.child.stdio[3] as NodeJS.ReadableStream }).on('line', (line) => {
      const { id, ...outcome } = JSON.parse(line) as { id: number } & Outcome;
      this.waiting.get(id)?.(outcome);
      this.waiting.delete(id);
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (entry.level === 'error') this.errorLogs.push(entry);
      } catch {
        this.errorLogs.push({ level: 'error', message: 'a log line that is not JSON', line: line.slice(0, 500) });
      }
    });
    let stderr = '';
    this.child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.child.on('exit', (code, signal) => {
      this.died = `the bundle's process exited (${signal ?? code}): ${stderr.trim()}`;
      for (const resolve of this.waiting.values()) resolve({ error: this.died });
      this.waiting.clear();
    });
  }

  /** Sends one event; resolves with the response or the error the handler rejected with (never rejects). */
  invoke(event: unknown): Promise<Outcome> {
    if (this.died) return Promise.resolve({ error: this.died });
    const id = this.nextId++;
    return new Promise<Outcome>((resolve) => {
      this.waiting.set(id, resolve);
      this.child.stdin!.write(`${JSON.stringify({ id, event })}\n`);
    });
  }

  /**
   * Ends the process: its stdin closes, so it exits once its last answer is written; one still
   * busy after 5 seconds (an invocation that never settles) is killed.
   */
  async close(): Promise<void> {
    if (this.died) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin!.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}
