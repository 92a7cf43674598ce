/**
 * Reads a request body as Alexa sends it: plain (no content encoding) UTF-8 JSON of at most
 * `limit` bytes. A compressed body is refused before a byte of it is read, so there is no gzip
 * bomb to defuse; a body over the limit is refused as soon as the limit is passed, from its
 * Content-Length when it gives one.
 */
import type { IncomingMessage } from 'node:http';
import { badRequest, Refusal } from './refusal';

/** Alexa's requests are a few kilobytes; the ASK SDK's adapter allowed 100 KB, and so does this. */
export const MAX_BODY_BYTES = 100 * 1024;

/** Refuses what cannot be read before reading anything: an encoding, a charset, a declared size. */
export function checkHeaders(req: IncomingMessage, limit = MAX_BODY_BYTES): void {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') throw new Refusal(415, 'content encoding is not supported; send the body uncompressed');
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw new Refusal(415, 'charset is not supported; send UTF-8');
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new Refusal(413, 'request body is too large');
}

/** The whole body; rejects with a 413 Refusal once it passes `limit`. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return; // keep draining, so the client can read the refusal
      size += chunk.length;
      if (size > limit) {
        refused = true;
        chunks.length = 0;
        return reject(new Refusal(413, 'request body is too large'));
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => reject(err));
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body as a JSON object; a 400 Refusal for bytes that are not UTF-8 or text that is not JSON. */
export function parseJsonBody(body: Buffer): Record<string, unknown> {
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch {
    throw badRequest('request body is not UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('request body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('request body is not a JSON object');
  return parsed as Record<string, unknown>;
}
