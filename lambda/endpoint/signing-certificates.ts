/**
 * Alexa's signing certificates, fetched once per URL and kept as parsed, verified public keys: a
 * request's signature check is then one RSA verification, with no certificate parsing. The cache
 * is small and least-recently-used (Alexa uses one certificate URL at a time), downloads are
 * bounded in size, time and number at once, and concurrent requests for a new URL share one
 * download. An unauthenticated request can make the server fetch only a URL that passed
 * canonicalCertificateUrl, and can hold no more than `maxDownloads` fetches open.
 */
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { KeyObject } from 'node:crypto';
import { canonicalCertificateUrl } from './certificate-url';
import { TrustStore, verifyChain, type SigningKey } from './certificate-chain';
import { LruMap } from './lru';
import { badRequest, Refusal } from './refusal';

/** How the certificate store fetches and trusts; every field has a production default. */
export interface SigningCertificateOptions {
  /** Trusted root certificates (PEM); Node's bundled roots unless given. */
  readonly trustedRoots?: readonly string[];
  /**
   * Where certificates are downloaded from, in place of `https://s3.amazonaws.com`: the checked
   * path is kept. Only for tests, which serve certificates from a stand-in on 127.0.0.1.
   */
  readonly origin?: string;
  /** How many certificate URLs are remembered (default 8). */
  readonly capacity?: number;
  /** How many downloads may run at once (default 2); a request needing another is refused. */
  readonly maxDownloads?: number;
  readonly downloadTimeoutMs?: number;
  readonly now?: () => number;
}

/** A certificate chain is a few kilobytes; anything much larger is not one. */
const MAX_CERTIFICATE_BYTES = 64 * 1024;
const AMAZON_ORIGIN = 'https://s3.amazonaws.com';

export class SigningCertificates {
  private readonly keys: LruMap<string, SigningKey>;
  private readonly pending = new Map<string, Promise<SigningKey>>();
  private readonly trust: TrustStore;
  private readonly origin: string;
  private readonly maxDownloads: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(options: SigningCertificateOptions = {}) {
    this.keys = new LruMap(options.capacity ?? 8);
    this.trust = new TrustStore(options.trustedRoots);
    this.origin = options.origin ?? AMAZON_ORIGIN;
    this.maxDownloads = options.maxDownloads ?? 2;
    this.timeoutMs = options.downloadTimeoutMs ?? 3000;
    this.now = options.now ?? Date.now;
  }

  /** The verified signing key for a `SignatureCertChainUrl`, or a Refusal. */
  async keyFor(rawUrl: string): Promise<KeyObject> {
    const url = canonicalCertificateUrl(rawUrl);
    const now = this.now();
    const cached = this.keys.get(url);
    if (cached && cached.notBefore <= now && now <= cached.notAfter) return cached.key;
    // Expired (or never seen): fetch again, since Amazon may have put a renewed chain there.
    if (cached) this.keys.delete(url);
    let loading = this.pending.get(url);
    if (!loading) {
      if (this.pending.size >= this.maxDownloads) throw new Refusal(503, 'signing certificate is not available yet, try again');
      loading = this.download(url)
        .then((pem) => verifyChain(pem, this.trust, this.now()))
        .finally(() => this.pending.delete(url));
      this.pending.set(url, loading);
    }
    const verified = await loading;
    this.keys.set(url, verified);
    return verified.key;
  }

  private download(url: string): Promise<string> {
    const target = this.origin + url.slice(AMAZON_ORIGIN.length);
    const get = target.startsWith('https:') ? httpsGet : httpGet;
    return new Promise<string>((resolve, reject) => {
      const fail = () => reject(badRequest('signing certificate could not be downloaded'));
      const request = get(target, { timeout: this.timeoutMs }, (res: IncomingMessage) => {
        if (res.statusCode !== 200) {
          res.resume();
          return fail();
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_CERTIFICATE_BYTES) {
            request.destroy();
            return fail();
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.on('error', fail);
      });
      request.on('timeout', () => request.destroy());
      request.on('error', fail);
    });
  }
}
