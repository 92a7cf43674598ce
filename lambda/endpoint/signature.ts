/**
 * The request signature: `Signature-256` is base64 RSA-SHA256 over the exact body bytes, made with
 * the key of the certificate at `SignatureCertChainUrl`. Checked over the raw bytes, before the
 * body is decoded or parsed, so nothing unauthenticated is ever interpreted.
 */
import { verify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { badRequest } from './refusal';
import type { SigningCertificates } from './signing-certificates';

/** A 2048- or 4096-bit RSA signature in base64 is 344 or 684 characters. */
const BASE64 = /^[A-Za-z0-9+/]{1,1024}={0,2}$/;

function single(headers: IncomingHttpHeaders, name: string, missing: string): string {
  const value = headers[name];
  if (value === undefined || value === '') throw badRequest(missing);
  if (typeof value !== 'string') throw badRequest(`${name} header appears more than once`);
  return value;
}

/** Resolves when the body was signed by Alexa's certificate; otherwise rejects with a 400 Refusal. */
export async function verifySignature(headers: IncomingHttpHeaders, body: Buffer, certificates: SigningCertificates): Promise<void> {
  const url = single(headers, 'signaturecertchainurl', 'missing SignatureCertChainUrl header');
  const signature = single(headers, 'signature-256', 'missing Signature-256 header');
  if (!BASE64.test(signature)) throw badRequest('Signature-256 is not base64');
  const key = await certificates.keyFor(url);
  let valid: boolean;
  try {
    valid = verify('sha256', body, key, Buffer.from(signature, 'base64'));
  } catch {
    valid = false; // a key of another type, or a signature of the wrong size
  }
  if (!valid) throw badRequest('signature does not match the request body');
}
