/**
 * Amazon's rules for the `SignatureCertChainUrl` header ("Host a custom skill as a web service"):
 * https, host s3.amazonaws.com (either case), path under /echo.api/ (exact case), port 443 if any.
 * Amazon says to normalise the URL before checking it; this goes further and refuses anything that
 * normalisation would change. A dot segment (`..`, `.`), percent-escapes (`%2e%2e` is a dot segment
 * to a URL parser) and backslashes (a slash to a URL parser) are refused outright rather than
 * resolved, because the URL that was checked must be exactly the URL that is fetched. Alexa's own
 * URLs (`https://s3.amazonaws.com/echo.api/echo-api-cert-NN.pem`) use none of them. A query or a
 * fragment is refused too: each would make a new cache key, and so a new download, for one file.
 */
import { badRequest } from './refusal';

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';
/** Plain path segments only: letters, digits, dot, dash, underscore. */
const SEGMENT = /^[A-Za-z0-9._-]+$/;
/** Longer than any URL Alexa sends; bounds the work spent on a hostile header. */
const MAX_LENGTH = 256;

/**
 * The one spelling of a certificate URL this endpoint fetches and caches
 * (`https://s3.amazonaws.com/echo.api/...`), or a 400 Refusal naming the rule it broke.
 */
export function canonicalCertificateUrl(raw: string): string {
  if (raw.length > MAX_LENGTH) throw badRequest('certificate URL is too long');
  const parts = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/s.exec(raw);
  if (!parts) throw badRequest('certificate URL is not an absolute URL');
  const [, scheme, authority, rest] = parts as unknown as [string, string, string, string];
  if (scheme.toLowerCase() !== 'https') throw badRequest('certificate URL must use https');
  if (authority.includes('@')) throw badRequest('certificate URL must not carry user information');
  const hostPort = /^([^:]*)(?::(\d*))?$/.exec(authority);
  if (!hostPort || hostPort[1]!.toLowerCase() !== HOST) throw badRequest(`certificate URL host must be ${HOST}`);
  if (hostPort[2] !== undefined && Number(hostPort[2]) !== 443) throw badRequest('certificate URL port must be 443');
  if (/[?#]/.test(rest)) throw badRequest('certificate URL must have no query or fragment');
  if (/[\\%]/.test(rest)) throw badRequest('certificate URL must have no backslash or percent-escape');
  const segments = rest.split('/').slice(1);
  if (segments.some((s) => s === '.' || s === '..')) throw badRequest('certificate URL must have no dot segments');
  if (!rest.startsWith(PATH_PREFIX) || !segments.every((s) => SEGMENT.test(s))) {
    throw badRequest(`certificate URL path must be a file under ${PATH_PREFIX}`);
  }
  return `https://${HOST}${rest}`;
}
