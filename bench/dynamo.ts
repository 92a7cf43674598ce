/**
 * A DynamoDB-compatible server for the benchmark: dynalite on 127.0.0.1, a free port, in memory,
 * counting the API calls it answers (by operation), so the bench can say what a cold start asked.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo, Server } from 'node:net';

export interface BenchDynamo {
  /** The environment a skill process needs to use it. */
  readonly env: Record<string, string>;
  /** The calls answered so far, by operation ("GetItem"). */
  readonly calls: Map<string, number>;
  stop(): Promise<void>;
}

export async function startDynamo(): Promise<BenchDynamo> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (options: Record<string, unknown>) => Server;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const calls = new Map<string, number>();
  // A second listener beside dynalite's own: it only reads the operation's name.
  server.on('request', (req: IncomingMessage) => {
    const target = String(req.headers['x-amz-target'] ?? 'unknown');
    const operation = target.slice(target.lastIndexOf('.') + 1);
    calls.set(operation, (calls.get(operation) ?? 0) + 1);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      STATE_STORE: 'dynamodb',
      DYNAMODB_TABLE: 'bench-cooks',
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
    },
    calls,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
