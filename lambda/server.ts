/**
 * The skill as an HTTPS endpoint, for hosting outside Lambda (`npm run serve`). Alexa signs every
 * request; the endpoint checks the signature against Amazon's certificate and refuses requests
 * older than 150 seconds, as Alexa requires of any web service skill. Put TLS in front of it (a
 * load balancer or reverse proxy): Alexa only calls https URLs on port 443.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter, SkillRequestSignatureVerifier, TimestampVerifier, type Verifier } from 'ask-sdk-express-adapter';
import express, { type Express } from 'express';

/** How the endpoint runs, from PORT and SKILL_VERIFY. */
export interface ServeConfig {
  readonly port: number;
  /** False only when SKILL_VERIFY=off: a development escape hatch, never for a public endpoint. */
  readonly verify: boolean;
}

/** Reads PORT (default 3000) and SKILL_VERIFY (`on`, the default, or `off`); anything else is an error. */
export function parseServeConfig(env: Record<string, string | undefined>): ServeConfig {
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${portText}"`);
  const verifyText = env.SKILL_VERIFY?.trim().toLowerCase() || 'on';
  // Only the one explicit word turns verification off; a typo must not.
  if (verifyText !== 'on' && verifyText !== 'off') throw new Error(`SKILL_VERIFY must be on or off, not "${verifyText}"`);
  return { port, verify: verifyText === 'on' };
}

/** What the server says when verification is off, so nobody misses it. */
export const UNVERIFIED_WARNING = [
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!! SKILL_VERIFY=off: request signatures and timestamps are NOT checked.  !!',
  '!! Anyone who can reach this port can drive the skill as any user.      !!',
  '!! For local development only. Never expose this to the internet.       !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
].join('\n');

export interface AppOptions {
  readonly verify: boolean;
  /**
   * The signature verifier; a new one (which fetches and checks Amazon's certificate chain on first
   * use of each URL, then caches it) unless given.
   */
  readonly signatureVerifier?: Verifier;
}

/** An Express app answering Alexa's POSTs at `/`, verified unless `verify` is false. */
export function createApp(skill: Skill, options: AppOptions): Express {
  const verifiers: Verifier[] = options.verify
    ? [options.signatureVerifier ?? new SkillRequestSignatureVerifier(), new TimestampVerifier()]
    : [];
  // The verifiers are passed explicitly (the adapter's own flags off) so that the same two run
  // whether or not a caller supplies the signature verifier.
  const adapter = new ExpressAdapter(skill, false, false, verifiers);
  const app = express();
  app.disable('x-powered-by');
  app.post('/', ...adapter.getRequestHandlers());
  return app;
}

/** Starts the endpoint; resolves once it listens, with its address. */
export async function serve(
  skill: Skill,
  config: ServeConfig,
  announce: (line: string) => void,
  options: { host?: string; signatureVerifier?: Verifier } = {},
): Promise<{ server: Server; url: string }> {
  if (!config.verify) announce(UNVERIFIED_WARNING);
  const app = createApp(skill, { verify: config.verify, signatureVerifier: options.signatureVerifier });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, options.host ?? '0.0.0.0', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address}:${port}/`;
  announce(`Crispy Pork Belly skill listening on ${url} (request verification ${config.verify ? 'on' : 'OFF'})`);
  return { server, url };
}
