/**
 * The DynamoDB JSON API over node:http(s), signed with Signature Version 4. Its own module, loaded
 * by the DynamoDB store on first use (and built into its own file, dist/dynamodb-client.js), so a
 * skill on the memory or file store never loads or parses it. Every call takes an AbortSignal that
 * destroys the request: a call the turn gave up on is cancelled, not left to land later.
 */
import type { Agent as HttpAgent, IncomingMessage } from 'node:http';
import { sign, type Credentials } from './sigv4';

/** One DynamoDB operation ("GetItem") with its payload in DynamoDB JSON; resolves with the answer. */
export type DynamoCall = (operation: string, payload: Record<string, unknown>, signal?: AbortSignal) => Promise<Record<string, unknown>>;

export interface DynamoClientOptions {
  /** A local DynamoDB-compatible endpoint (dynalite); by default the region's own. */
  readonly endpoint?: string;
  /** The environment to take the region and credentials from (Lambda sets them). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** What DynamoDB answered with an error: its short type ("ConditionalCheckFailedException"). */
export class DynamoError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
  ) {
    super(`${type} (${status}): ${message}`);
    this.name = 'DynamoError';
  }
}

/** Answers worth one more try: throttling and the service's own failures. */
const RETRYABLE = new Set(['ProvisionedThroughputExceededException', 'ThrottlingException', 'RequestLimitExceeded', 'InternalServerError']);
/** One retry at most: a failing store must not eat the turn's budget (the caller's deadline caps it anyway). */
const RETRIES = 1;

function credentialsFrom(env: DynamoClientOptions['env'], local: boolean): Credentials {
  // A local server takes any credentials; real ones are never sent to it.
  if (local) return { accessKeyId: 'local', secretAccessKey: 'local' };
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  if (!accessKeyId || !secretAccessKey) throw new Error('no AWS credentials in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)');
  return { accessKeyId, secretAccessKey, sessionToken };
}

function readBody(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    res.on('error', reject);
  });
}

/** A client for one endpoint. Connections are kept alive, so a warm Lambda reuses its socket. */
export function dynamoClient(options: DynamoClientOptions): DynamoCall {
  const region = options.env.AWS_REGION ?? options.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const url = new URL(options.endpoint ?? `https://dynamodb.${region}.amazonaws.com`);
  const local = options.endpoint !== undefined;
  const credentials = credentialsFrom(options.env, local);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const http = (url.protocol === 'https:' ? require('node:https') : require('node:http')) as typeof import('node:http');
  const agent: HttpAgent = new http.Agent({ keepAlive: true });

  function once(operation: string, body: string, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const headers = sign(
      {
        method: 'POST',
        path: '/',
        headers: { host: url.host, 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `DynamoDB_20120810.${operation}` },
        body,
        region,
        service: 'dynamodb',
      },
      credentials,
      new Date(),
    );
    return new Promise((resolve, reject) => {
      const req = http.request(
        { protocol: url.protocol, hostname: url.hostname, port: url.port, path: '/', method: 'POST', headers, agent, signal },
        (res) => {
          readBody(res).then((text) => {
            let parsed: Record<string, unknown> = {};
            try {
              parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
            } catch {
              // not JSON: reported by status below
            }
            const status = res.statusCode ?? 0;
            if (status === 200) return resolve(parsed);
            const type = String(parsed.__type ?? `HTTP${status}`);
            reject(new DynamoError(type.slice(type.lastIndexOf('#') + 1), status, String(parsed.message ?? parsed.Message ?? text.slice(0, 200))));
          }, reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  return async (operation, payload, signal) => {
    const body = JSON.stringify(payload);
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(operation, body, signal);
      } catch (err) {
        const retryable = err instanceof DynamoError ? RETRYABLE.has(err.type) || err.status >= 500 : !signal?.aborted;
        if (attempt >= RETRIES || !retryable || signal?.aborted) throw err;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  };
}
