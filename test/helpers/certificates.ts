import { createSign, generateKeyPairSync } from 'node:crypto';
import { md, pki } from 'node-forge';

/** Alexa's signing certificates name this domain; the verifier checks it on fetched certificates. */
export const ALEXA_SIGNING_DOMAIN = 'echo-api.amazon.com';

/** A signing key and its self-signed certificate, made fresh for a test run. */
export interface SigningIdentity {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

/** A certificate like Alexa's own (the echo-api domain as subject and alternative name), valid for a day. */
export function selfSignedIdentity(domain = ALEXA_SIGNING_DOMAIN): SigningIdentity {
  // node:crypto makes the key (fast, native); node-forge builds the X.509 certificate around it.
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKey);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const name = [{ name: 'commonName', value: domain }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 2, value: domain }] }]);
  cert.sign(pki.privateKeyFromPem(privateKey), md.sha256.create());
  return { certificatePem: pki.certificateToPem(cert), privateKeyPem: privateKey };
}

/** The `Signature-256` header Alexa sends: base64 RSA-SHA256 of the exact body bytes. */
export function signBody(body: string | Buffer, privateKeyPem: string): string {
  const sign = createSign('RSA-SHA256');
  if (typeof body === 'string') sign.update(body, 'utf8');
  else sign.update(body);
  return sign.sign(privateKeyPem, 'base64');
}

/** A certificate authority made for a test run: its certificate (to trust) and its key (to issue with). */
export interface TestAuthority {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

interface IssueOptions {
  /** The subject alternative name (DNS); Alexa's is echo-api.amazon.com. */
  readonly domain?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  /** True to make an intermediate CA rather than a signing certificate. */
  readonly ca?: boolean;
}

function rsaKeys(): { privateKey: string; publicKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  });
}

let serial = 1;

/** A root CA, valid for a day, as a trust store would hold it. */
export function testAuthority(name = 'Test Root CA'): TestAuthority {
  const { privateKey, publicKey } = rsaKeys();
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = new Date(Date.now() - 60 * 60 * 1000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
  cert.setSubject([{ name: 'commonName', value: name }]);
  cert.setIssuer([{ name: 'commonName', value: name }]);
  cert.setExtensions([{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, critical: true }]);
  cert.sign(pki.privateKeyFromPem(privateKey), md.sha256.create());
  return { certificatePem: pki.certificateToPem(cert), privateKeyPem: privateKey };
}

/** A certificate issued by `issuer` (a signing certificate like Alexa's unless `ca`), with its key. */
export function issue(issuer: TestAuthority, options: IssueOptions = {}): SigningIdentity {
  const { privateKey, publicKey } = rsaKeys();
  const issuerCert = pki.certificateFromPem(issuer.certificatePem);
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(publicKey);
  cert.serialNumber = (serial++).toString(16).padStart(2, '0');
  cert.validity.notBefore = options.notBefore ?? new Date(Date.now() - 60 * 60 * 1000);
  cert.validity.notAfter = options.notAfter ?? new Date(Date.now() + 24 * 60 * 60 * 1000);
  const domain = options.domain ?? ALEXA_SIGNING_DOMAIN;
  cert.setSubject([{ name: 'commonName', value: options.ca ? `${domain} CA` : domain }]);
  cert.setIssuer(issuerCert.subject.attributes);
  cert.setExtensions(
    options.ca
      ? [{ name: 'basicConstraints', cA: true, critical: true }, { name: 'keyUsage', keyCertSign: true, critical: true }]
      : [{ name: 'basicConstraints', cA: false }, { name: 'subjectAltName', altNames: [{ type: 2, value: domain }] }],
  );
  cert.sign(pki.privateKeyFromPem(issuer.privateKeyPem), md.sha256.create());
  return { certificatePem: pki.certificateToPem(cert), privateKeyPem: privateKey };
}
