import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dynalite from 'dynalite';

/** A real DynamoDB API (dynalite) in this process, on 127.0.0.1 and a free port. */
export interface LocalDynamo {
  readonly endpoint: string;
  /** The API calls answered so far, by operation ("GetItem"), in order. */
  readonly calls: string[];
  /** Stops the server as an outage would: connections refused, data kept. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with the data it had. */
  restart(): Promise<void>;
  /** Stops it for good (end of the test). */
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) return resolve();
    server.close((err) => (err ? reject(err) : resolve()));
    // Clients keep connections alive; an outage drops them too.
    server.closeAllConnections();
  });
}

/**
 * Starts dynalite with its data on disk in a temp folder, so a stopped server comes back with
 * everything it held (an in-memory dynalite forgets on close). Tables are active at once.
 */
export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ path: mkdtempSync(join(tmpdir(), 'dynalite-')), createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const calls: string[] = [];
  // A second listener beside dynalite's own: it only reads the operation's name from the header.
  server.on('request', (req: IncomingMessage) => {
    const target = String(req.headers['x-amz-target'] ?? 'unknown');
    calls.push(target.slice(target.lastIndexOf('.') + 1));
  });
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    stop: () => close(server),
    restart: () => listen(server, port),
    close: () => close(server),
  };
}
