import type { Server } from 'node:http';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import type { RequestEnvelope } from 'ask-sdk-model';
import { porkBelly } from '../../lambda/recipe';
import { parseServeConfig, serve, UNVERIFIED_WARNING } from '../../lambda/server';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/services/stores';
import { selfSignedIdentity, signBody, type SigningIdentity } from '../helpers/certificates';
import { launchRequest } from '../../tools/envelopes';
import { MemoryLog } from '../helpers/log';
import { expectValidSsml } from '../helpers/ssml';

/** A URL of the form Alexa sends, which the verifier accepts; the certificate never leaves this process. */
const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';

/**
 * The SDK's own signature verifier, with a certificate already in its cache, as it would be after
 * fetching and validating Amazon's chain for that URL (`certCache` is protected for subclasses).
 * Everything after the cache lookup is the real verifier: URL rules, signature over the body.
 */
class PrimedSignatureVerifier extends SkillRequestSignatureVerifier {
  constructor(url: string, certificatePem: string) {
    super();
    this.certCache.set(url, certificatePem);
  }
}

interface Reply {
  readonly status: number;
  readonly text: string;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<Reply> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
  return { status: res.status, text: await res.text() };
}

const WELCOME = `Welcome to ${porkBelly.title}`;

/** The same request as if Alexa had sent it `seconds` ago. */
function sentSecondsAgo(envelope: RequestEnvelope, seconds: number): RequestEnvelope {
  return { ...envelope, request: { ...envelope.request, timestamp: new Date(Date.now() - seconds * 1000).toISOString() } };
}

describe('the HTTPS endpoint (`npm run serve`), verifying as Alexa requires', () => {
  const alexa: SigningIdentity = selfSignedIdentity();
  const stranger: SigningIdentity = selfSignedIdentity();
  const store = new MemoryStore();
  const announced: string[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const skill = createSkill({ recipe: porkBelly, persistence: store, log: new MemoryLog(), skillId: SKILL_ID });
    const started = await serve(skill, { port: 0, verify: true }, (line) => announced.push(line), {
      host: '127.0.0.1',
      signatureVerifier: new PrimedSignatureVerifier(CERT_URL, alexa.certificatePem),
    });
    server = started.server;
    url = started.url;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const body = (envelope: RequestEnvelope = launchRequest({ applicationId: SKILL_ID })) => JSON.stringify(envelope);
  const signed = (text: string, key = alexa.privateKeyPem) => ({ SignatureCertChainUrl: CERT_URL, 'Signature-256': signBody(text, key) });

  it('says it is verifying, and nothing alarming', () => {
    expect(announced).toEqual([expect.stringContaining('request verification on')]);
  });

  it('answers a request signed with the certificate\'s key', async () => {
    const text = body();
    const reply = await post(url, text, signed(text));
    expect(reply.status).toBe(200);
    const ssml = (JSON.parse(reply.text) as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
    expect(ssml).toContain(WELCOME);
    await expectValidSsml(ssml);
  });

  it('answers a request sent 100 seconds ago (inside Alexa\'s 150)', async () => {
    const text = body(sentSecondsAgo(launchRequest({ applicationId: SKILL_ID }), 100));
    expect((await post(url, text, signed(text))).status).toBe(200);
  });

  it('refuses a body changed after signing', async () => {
    const text = body();
    const tampered = text.replace('"locale":"en-US"', '"locale":"en-GB"');
    expect(tampered).not.toBe(text);
    const reply = await post(url, tampered, signed(text));
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('request body and signature does not match') });
  });

  it('refuses a request without a signature', async () => {
    const reply = await post(url, body(), { SignatureCertChainUrl: CERT_URL });
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('Missing Signature') });
  });

  it('refuses a request without a certificate URL', async () => {
    const text = body();
    const reply = await post(url, text, { 'Signature-256': signBody(text, alexa.privateKeyPem) });
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('Missing Certificate') });
  });

  it('refuses a request signed with another key', async () => {
    const text = body();
    const reply = await post(url, text, signed(text, stranger.privateKeyPem));
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('does not match') });
  });

  it('refuses a certificate URL outside Amazon\'s echo.api bucket, without fetching it', async () => {
    const text = body();
    const reply = await post(url, text, { ...signed(text), SignatureCertChainUrl: 'https://s3.amazonaws.com/elsewhere/cert.pem' });
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('invalid path') });
  });

  it('refuses a correctly signed request older than 150 seconds', async () => {
    const text = body(sentSecondsAgo(launchRequest({ applicationId: SKILL_ID }), 151));
    const reply = await post(url, text, signed(text));
    expect(reply).toEqual({ status: 400, text: expect.stringContaining('Timestamp verification failed') });
  });

  it('refuses a correctly signed request for another skill id, and keeps nothing from it', async () => {
    const userId = 'amzn1.ask.account.other-skill-user';
    const text = body(launchRequest({ applicationId: 'amzn1.ask.skill.someone-else', userId }));
    const reply = await post(url, text, signed(text));
    expect(reply.status).toBe(500);
    expect(reply.text).toContain('ID verification failed');
    expect(reply.text).not.toContain(WELCOME);
    expect(await store.getAttributes(launchRequest({ userId }))).toEqual({});
  });
});

describe('turning verification off (SKILL_VERIFY=off)', () => {
  it('takes exactly "off"; a typo is an error, not a silent choice', () => {
    expect(parseServeConfig({})).toEqual({ port: 3000, verify: true });
    expect(parseServeConfig({ SKILL_VERIFY: 'on', PORT: '8080' })).toEqual({ port: 8080, verify: true });
    expect(parseServeConfig({ SKILL_VERIFY: 'off' })).toEqual({ port: 3000, verify: false });
    expect(() => parseServeConfig({ SKILL_VERIFY: 'false' })).toThrow(/SKILL_VERIFY must be on or off/);
    expect(() => parseServeConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });

  it('is announced loudly, and then answers unsigned requests', async () => {
    const announced: string[] = [];
    const skill = createSkill({ recipe: porkBelly, log: new MemoryLog() });
    const { server, url } = await serve(skill, { port: 0, verify: false }, (line) => announced.push(line), { host: '127.0.0.1' });
    try {
      expect(announced[0]).toBe(UNVERIFIED_WARNING);
      expect(announced[0]).toContain('NOT checked');
      expect(announced[1]).toContain('request verification OFF');
      const reply = await post(url, JSON.stringify(launchRequest()), {});
      expect(reply.status).toBe(200);
      expect(reply.text).toContain(WELCOME);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
