import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Amazon's certificate bucket on 127.0.0.1: serves PEM files by path and counts every
 * download, so a test can see what the endpoint fetched (and that it fetched nothing it should not).
 */
export class CertificateHost {
  private readonly files = new Map<string, string>();
  private server?: Server;
  /** Every path requested, in order. */
  readonly requested: string[] = [];
  origin = '';

  put(path: string, pem: string): void {
    this.files.set(path, pem);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const path = req.url ?? '';
      this.requested.push(path);
      const pem = this.files.get(path);
      res.writeHead(pem === undefined ? 404 : 200, { 'content-type': 'application/x-pem-file' });
      res.end(pem ?? 'not found');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
