/**
 * A DynamoDB-compatible server for the benchmark: dynalite on 127.0.0.1, a free port, in memory.
 * Returns the environment a skill process needs to use it.
 */
import type { AddressInfo } from 'node:net';

export async function startDynamo(): Promise<{ env: Record<string, string>; stop: () => Promise<void> }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dynalite = require('dynalite') as (options: Record<string, unknown>) => import('node:net').Server;
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      STATE_STORE: 'dynamodb',
      DYNAMODB_TABLE: 'bench-cooks',
      DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
