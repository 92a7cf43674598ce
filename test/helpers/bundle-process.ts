import { execFile, execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

/** What a built bundle did in its own process: each request's response, or the error it threw. */
export interface BundleRun {
  readonly handlerIsAsync: boolean;
  readonly results: ({ response: ResponseEnvelope } | { error: string })[];
}

const RUNNER = `
  const entry = require(process.argv[1]);
  const events = JSON.parse(process.argv[2]);
  (async () => {
    const results = [];
    for (const event of events) {
      try { results.push({ response: await entry.handler(event) }); }
      catch (err) { results.push({ error: String(err && err.message || err) }); }
    }
    process.stdout.write(JSON.stringify({
      handlerIsAsync: entry.handler.constructor.name === 'AsyncFunction',
      results,
    }));
  })();`;

/**
 * Loads a built `index.js` in a new Node process, as Lambda does, with exactly `env`, and sends it
 * the requests in order. A separate process because the bundle reads the real environment, which
 * jest's sandbox does not share.
 */
export function runBundle(entry: string, env: Record<string, string>, events: readonly RequestEnvelope[]): BundleRun {
  const out = execFileSync(process.execPath, ['-e', RUNNER, entry, JSON.stringify(events)], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env },
    encoding: 'utf8',
  });
  return JSON.parse(out) as BundleRun;
}

/**
 * The same, without blocking this process: for a bundle that talks to a server running in this
 * process (dynalite), which must keep answering meanwhile.
 */
export function runBundleAsync(entry: string, env: Record<string, string>, events: readonly RequestEnvelope[]): Promise<BundleRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', RUNNER, entry, JSON.stringify(events)],
      { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env }, encoding: 'utf8' },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(JSON.parse(stdout) as BundleRun)),
    );
  });
}

/** Run from a file: `node -e` loads node:crypto itself, which would hide whether the bundle does. */
const SERVER = join(__dirname, 'bundle-server.cjs');

/** What a bundle process has loaded so far: the files it required (by name), and whether node:crypto. */
export interface Loaded {
  readonly files: readonly string[];
  readonly crypto: boolean;
}

/**
 * A built `index.js` in a Node process of its own that lives across requests, as a warm Lambda
 * container does: `invoke` sends it one request at a time, and `loaded` says which of the bundle's
 * files it has required so far (to see the files loaded on first use really are, and only then).
 */
export class BundleProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (line: string) => void; reject: (err: Error) => void }[] = [];
  private buffered = '';
  private stderr = '';

  constructor(entry: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [SERVER, entry], { env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env } });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.child.on('exit', (code) => {
      for (const waiter of this.waiting.splice(0)) waiter.reject(new Error(`the bundle process exited (${code}): ${this.stderr}`));
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString();
      let end: number;
      while ((end = this.buffered.indexOf('\n')) >= 0) {
        const line = this.buffered.slice(0, end);
        this.buffered = this.buffered.slice(end + 1);
        this.waiting.shift()?.resolve(line);
      }
    });
  }

  private ask(line: string): Promise<string> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${line}\n`);
    });
  }

  /** The bundle's answer to one request; its error, thrown, if the handler threw. */
  readonly invoke = async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    const out = JSON.parse(await this.ask(JSON.stringify(event))) as { response: ResponseEnvelope } | { error: string };
    if ('error' in out) throw new Error(`the bundle threw: ${out.error}`);
    return out.response;
  };

  async loaded(): Promise<Loaded> {
    return JSON.parse(await this.ask('loaded')) as Loaded;
  }

  stop(): void {
    this.child.kill();
  }
}
