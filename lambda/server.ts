/**
 * The skill as an HTTPS endpoint, for hosting outside Lambda (`npm run serve`). It keeps Amazon's
 * rules for a web service skill ("Host a custom skill as a web service"): every request's
 * signature is checked against Amazon's certificate (lambda/endpoint/), requests dated more than
 * 150 seconds from now either way are refused, and so is a request id already received. Every
 * refusal and failure is a short JSON body (`{"error": "..."}`) that names the rule, never the
 * server's internals. Put TLS in front of it (a load balancer or reverse proxy): Alexa only calls
 * https URLs on port 443.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { checkHeaders, parseJsonBody, readBody } from './endpoint/body';
import { Refusal } from './endpoint/refusal';
import { ReplayGuard } from './endpoint/replay';
import { verifySignature } from './endpoint/signature';
import { SigningCertificates } from './endpoint/signing-certificates';
import { checkTimestamp } from './endpoint/timestamp';

/** How the endpoint runs, from PORT, SKILL_VERIFY and SKILL_ID. */
export interface ServeConfig {
  readonly port: number;
  /** False only when SKILL_VERIFY=off: a development escape hatch, never for a public endpoint. */
  readonly verify: boolean;
  /** The skill id the skill itself will insist on (lambda/config.ts reads it); here only to warn when unset. */
  readonly skillId?: string;
}

/** Reads PORT (default 3000), SKILL_VERIFY (`on`, the default, or `off`; anything else is an error) and SKILL_ID. */
export function parseServeConfig(env: Record<string, string | undefined>): ServeConfig {
  const portText = env.PORT?.trim() || '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${portText}"`);
  const verifyText = env.SKILL_VERIFY?.trim().toLowerCase() || 'on';
  // Only the one explicit word turns verification off; a typo must not.
  if (verifyText !== 'on' && verifyText !== 'off') throw new Error(`SKILL_VERIFY must be on or off, not "${verifyText}"`);
  return { port, verify: verifyText === 'on', skillId: env.SKILL_ID?.trim() || undefined };
}

/** What the server says when verification is off, so nobody misses it. */
export const UNVERIFIED_WARNING = [
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
  '!! SKILL_VERIFY=off: request signatures and timestamps are NOT checked.  !!',
  '!! Anyone who can reach this port can drive the skill as any user.      !!',
  '!! For local development only. Never expose this to the internet.       !!',
  '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
].join('\n');

/** What the server says at start when SKILL_ID is unset. */
export const NO_SKILL_ID_WARNING =
  'warning: SKILL_ID is not set, so requests signed by Alexa for ANY skill will be answered. Set SKILL_ID to your skill\'s id.';

/**
 * Socket limits. Alexa sends a few kilobytes at once and waits 8 seconds for the answer, so a
 * client still sending headers after 5 seconds, or a body after 10, is not Alexa and loses its
 * socket; Node checks every second (its default is every 30). An idle kept-alive socket closes
 * after 5 seconds: a proxy in front should close its idle upstream sockets sooner than that.
 */
export interface ServerTimeouts {
  readonly headersTimeout: number;
  readonly requestTimeout: number;
  readonly keepAliveTimeout: number;
  readonly connectionsCheckingInterval: number;
}

/** The limits `serve` sets on its sockets, in milliseconds (why: ServerTimeouts). */
export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
};

/** Answers one verified request envelope: the skill's `invoke`, or the built bundle's `handler`. */
export type SkillAnswer = (envelope: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface EndpointOptions {
  readonly verify: boolean;
  /** Alexa's signing certificates; a new store fetching from Amazon unless given (tests serve their own). */
  readonly certificates?: SigningCertificates;
  readonly replays?: ReplayGuard;
  readonly now?: () => number;
  /** Where failures are written for the operator (the server's own log); never sent to the client. */
  readonly report?: (line: string) => void;
}

function sendJson(res: ServerResponse, status: number, body: unknown, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(close ? { connection: 'close' } : {}),
  });
  res.end(text);
}

/** The request listener: method and path, then headers, body, signature, JSON, timestamp, replay, the skill. */
export function createEndpoint(answer: SkillAnswer, options: EndpointOptions): RequestListener {
  const certificates = options.certificates ?? new SigningCertificates();
  const replays = options.replays ?? new ReplayGuard();
  const now = options.now ?? Date.now;
  const report = options.report ?? (() => undefined);

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if ((req.url ?? '').split('?')[0] !== '/') throw new Refusal(404, 'not found; Alexa posts to /');
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      throw new Refusal(405, 'method not allowed; Alexa posts to /');
    }
    checkHeaders(req);
    const body = await readBody(req);
    if (options.verify) await verifySignature(req.headers, body, certificates);
    const envelope = parseJsonBody(body);
    if (options.verify) {
      const liveUntil = checkTimestamp(envelope, now());
      replays.admit((envelope.request as { requestId?: unknown }).requestId, liveUntil, now());
    }
    let response: ResponseEnvelope;
    try {
      response = await answer(envelope as unknown as RequestEnvelope);
    } catch (err) {
      // The skill refused or failed (another skill's id, a bug): the operator reads why, the client does not.
      report(`request failed in the skill: ${err instanceof Error ? err.message : String(err)}`);
      throw new Refusal(500, 'the skill could not answer this request');
    }
    sendJson(res, 200, response);
  }

  return (req, res) => {
    respond(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof Refusal) {
        // Refused before the body was read (or part way): close rather than read the rest.
        const unread = !req.readableEnded;
        return sendJson(res, err.status, { error: err.reason }, unread);
      }
      report(`request failed: ${err instanceof Error ? err.message : String(err)}`);
      sendJson(res, 500, { error: 'internal error' }, true);
    });
  };
}

/** Malformed HTTP, oversized headers, timeouts: answered in JSON too, then the socket is closed. */
function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const [status, reason] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large']
        : [400, 'Bad Request'];
  const body = JSON.stringify({ error: reason.toLowerCase() });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

/** Starts the endpoint; resolves once it listens, with its address. */
export async function serve(
  answer: SkillAnswer,
  config: ServeConfig,
  announce: (line: string) => void,
  options: {
    host?: string;
    certificates?: SigningCertificates;
    now?: () => number;
    /** Shorter limits, so a test can watch a slow socket being closed without waiting seconds. */
    timeouts?: Partial<ServerTimeouts>;
  } = {},
): Promise<{ server: Server; url: string }> {
  if (!config.verify) announce(UNVERIFIED_WARNING);
  if (!config.skillId) announce(NO_SKILL_ID_WARNING);
  const listener = createEndpoint(answer, { verify: config.verify, certificates: options.certificates, now: options.now, report: announce });
  const timeouts = { ...SERVER_TIMEOUTS, ...options.timeouts };
  const server = createServer(timeouts, listener);
  server.keepAliveTimeout = timeouts.keepAliveTimeout;
  server.on('clientError', onClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, options.host ?? '0.0.0.0', resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address}:${port}/`;
  announce(`Crispy Pork Belly skill listening on ${url} (request verification ${config.verify ? 'on' : 'OFF'})`);
  return { server, url };
}
