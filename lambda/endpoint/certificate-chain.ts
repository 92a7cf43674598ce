/**
 * Checks a signing certificate chain as Amazon requires, with node:crypto alone: every certificate
 * inside its validity dates, each one issued and signed by the next (which must be a CA), the last
 * one a trusted root or issued by one, and the first (the signing certificate) naming
 * echo-api.amazon.com among its subject alternative names. Revocation is not checked (neither
 * does the ASK SDK's verifier).
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { rootCertificates } from 'node:tls';
import { badRequest } from './refusal';

/** The name Alexa's signing certificates carry. */
export const ALEXA_SIGNING_NAME = 'echo-api.amazon.com';
/** Alexa's chain is a leaf and an intermediate or two; more is not Alexa. */
const MAX_CHAIN = 5;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\s]+?-----END CERTIFICATE-----/g;

/** What a verified chain leaves to check each request: the signing key and when the chain is valid. */
export interface SigningKey {
  readonly key: KeyObject;
  /** The chain is valid from the latest of its certificates' start dates (ms since the epoch). */
  readonly notBefore: number;
  /** ... until the earliest of their end dates. */
  readonly notAfter: number;
}

/** Trusted roots, parsed once: Node's bundled Mozilla list unless a caller names its own. */
export class TrustStore {
  private parsed?: readonly X509Certificate[];

  constructor(private readonly pems: readonly string[] = rootCertificates) {}

  get roots(): readonly X509Certificate[] {
    // Parsed on first use (about 150 roots): a server that never sees a new URL never pays for it.
    this.parsed ??= this.pems.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return []; // a root this Node cannot parse cannot anchor anything
      }
    });
    return this.parsed;
  }
}

function validity(cert: X509Certificate): { from: number; to: number } {
  return { from: Date.parse(cert.validFrom), to: Date.parse(cert.validTo) };
}

function signedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

function namesAlexa(cert: X509Certificate): boolean {
  return (cert.subjectAltName ?? '').split(/,\s*/).includes(`DNS:${ALEXA_SIGNING_NAME}`);
}

/** Verifies a PEM chain at time `now`; returns its signing key, or throws a 400 Refusal. */
export function verifyChain(pem: string, trust: TrustStore, now: number): SigningKey {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0 || blocks.length > MAX_CHAIN) throw badRequest('signing certificate chain is malformed');
  let certs: X509Certificate[];
  try {
    certs = blocks.map((block) => new X509Certificate(block));
  } catch {
    throw badRequest('signing certificate chain is malformed');
  }
  let notBefore = -Infinity;
  let notAfter = Infinity;
  for (const cert of certs) {
    const { from, to } = validity(cert);
    if (!(from <= now && now <= to)) throw badRequest('signing certificate is expired or not yet valid');
    notBefore = Math.max(notBefore, from);
    notAfter = Math.min(notAfter, to);
  }
  const leaf = certs[0]!;
  if (!namesAlexa(leaf)) throw badRequest(`signing certificate does not name ${ALEXA_SIGNING_NAME}`);
  for (let i = 0; i + 1 < certs.length; i++) {
    if (!certs[i + 1]!.ca || !signedBy(certs[i]!, certs[i + 1]!)) throw badRequest('signing certificate chain is broken');
  }
  const last = certs[certs.length - 1]!;
  const anchored = trust.roots.some((root) => {
    if (root.fingerprint256 === last.fingerprint256) return true;
    const { from, to } = validity(root);
    return root.ca && from <= now && now <= to && signedBy(last, root);
  });
  if (!anchored) throw badRequest('signing certificate does not chain to a trusted root');
  return { key: leaf.publicKey, notBefore, notAfter };
}
