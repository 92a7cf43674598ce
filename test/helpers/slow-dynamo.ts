import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One DynamoDB call that went through the proxy, and what the real server answered. */
export interface ProxiedCall {
  readonly operation: string;
  /** The real server's status code once it answered (400 for a refused conditional write). */
  status?: number;
  /** The error type the real server answered with, if any ("ConditionalCheckFailedException"). */
  errorType?: string;
  /** True when the skill had hung up before the answer came (it gave the call up). */
  abandoned?: boolean;
}

const readAll = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A slow network in front of a real DynamoDB API (dynalite): an HTTP proxy on 127.0.0.1 that holds
 * each request for a while before passing it on. A held request is delivered even when the skill
 * has given up and hung up, as a request already on the network would be, so a late write really
 * reaches the server late.
 */
export class SlowDynamo {
  /** How long after it arrives every request is answered, unless `holdNext` holds it. */
  delayMs = 0;
  readonly calls: ProxiedCall[] = [];
  private holds: { operation: string; ms: number }[] = [];
  private pending = new Set<Promise<void>>();
  private server!: Server;
  endpoint = '';

  private constructor(private readonly target: string) {}

  static async start(target: string): Promise<SlowDynamo> {
    const proxy = new SlowDynamo(target);
    proxy.server = createServer((req, res) => {
      const done = proxy.pass(req, res);
      proxy.pending.add(done);
      void done.finally(() => proxy.pending.delete(done));
    });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.endpoint = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  /** Holds the next call of this operation ("PutItem") for `ms`, once. */
  holdNext(operation: string, ms: number): void {
    this.holds.push({ operation, ms });
  }

  /** Resolves once every call received so far has been answered by the real server. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    await this.settled();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async pass(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const body = await readAll(req);
    const operation = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const call: ProxiedCall = { operation };
    this.calls.push(call);
    const received = performance.now();
    const hold = this.holds.findIndex((h) => h.operation === operation);
    // A held call reaches the server late; any other is answered `delayMs` after it arrived (the
    // server's own time counted in, so a loaded machine does not make it slower than asked).
    const holdMs = hold >= 0 ? this.holds.splice(hold, 1)[0]!.ms : 0;
    const answerAt = received + (hold >= 0 ? 0 : this.delayMs);
    let hungUp = false;
    res.on('close', () => {
      if (!res.writableEnded) hungUp = true;
    });
    if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
    const url = new URL(this.target);
    await new Promise<void>((resolve) => {
      const forward = request(
        { hostname: url.hostname, port: url.port, path: req.url, method: req.method, headers: req.headers },
        (answer) => {
          void readAll(answer).then(async (text) => {
            const wait = answerAt - performance.now();
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            call.status = answer.statusCode;
            try {
              const type = (JSON.parse(text.toString('utf8')) as { __type?: string }).__type;
              if (type) call.errorType = type.slice(type.lastIndexOf('#') + 1);
            } catch {
              // not JSON
            }
            call.abandoned = hungUp;
            if (!hungUp) res.writeHead(answer.statusCode ?? 500, answer.headers).end(text);
            resolve();
          });
        },
      );
      forward.on('error', () => {
        if (!hungUp) res.writeHead(502).end();
        resolve();
      });
      forward.end(body);
    });
  }
}
