import { execFile, execFileSync } from 'node:child_process';
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
