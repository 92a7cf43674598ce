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
export function signBody(body: string, privateKeyPem: string): string {
  return createSign('RSA-SHA256').update(body, 'utf8').sign(privateKeyPem, 'base64');
}
