import { createHash, createHmac } from 'node:crypto';

/** AWS credentials, as Lambda puts them in the function's environment. */
export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** Present with a role's temporary credentials (always, on Lambda). */
  readonly sessionToken?: string;
}

/** An HTTP request to sign. Header names in lower case; `host` among them. */
export interface Unsigned {
  readonly method: string;
  readonly path: string;
  /** The query string, already in canonical form (sorted, encoded), without `?`. */
  readonly query?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly region: string;
  readonly service: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();

/**
 * Signs a request with AWS Signature Version 4 (docs.aws.amazon.com, "Create a signed AWS API
 * request"): returns the headers to send, `x-amz-date`, the session token and `authorization`
 * added. Written here, in a few lines over node:crypto, so the DynamoDB store needs no AWS client
 * library and its requests can be aborted (see dynamodb-client.ts).
 */
export function sign(request: Unsigned, credentials: Credentials, now: Date): Record<string, string> {
  const amzDate = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = { ...request.headers, 'x-amz-date': amzDate };
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const names = Object.keys(headers).sort();
  const canonical = [
    request.method,
    request.path,
    request.query ?? '',
    ...names.map((n) => `${n}:${headers[n]!.trim().replace(/\s+/g, ' ')}`),
    '',
    names.join(';'),
    sha256(request.body),
  ].join('\n');
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  let key = hmac(`AWS4${credentials.secretAccessKey}`, day);
  for (const part of [request.region, request.service, 'aws4_request']) key = hmac(key, part);
  const signature = createHmac('sha256', key).update(toSign, 'utf8').digest('hex');
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return headers;
}
