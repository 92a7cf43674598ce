import { request as httpRequest, type Server } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { RequestEnvelope } from 'ask-sdk-model';
import { SigningCertificates } from '../../lambda/endpoint/signing-certificates';
import { porkBelly } from '../../lambda/recipe';
import { NO_SKILL_ID_WARNING, parseServeConfig, serve, SERVER_TIMEOUTS, UNVERIFIED_WARNING } from '../../lambda/server';
import { createSkill } from '../../lambda/skill';
import { MemoryStore } from '../../lambda/services/stores';
import { CertificateHost } from '../helpers/certificate-host';
import { issue, selfSignedIdentity, signBody, testAuthority, type SigningIdentity } from '../helpers/certificates';
import { launchRequest, skillDisabledEvent } from '../../tools/envelopes';
import { MemoryLog } from '../helpers/log';
import { WELCOME } from '../helpers/expected';
import { expectValidSsml } from '../helpers/ssml';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000001';
/** Where Alexa's certificate sits in the stand-in bucket, and the URL Alexa would send for it. */
const CERT_PATH = '/echo.api/echo-api-cert-test.pem';
const CERT_URL = `https://s3.amazonaws.com${CERT_PATH}`;
/** The welcome's speech as Alexa gets it. */
const WELCOME_SSML = `<speak>${WELCOME}</speak>`;
/** What the endpoint says once it listens. */
const listening = (url: string, verification: 'on' | 'OFF') => `Crispy Pork Belly skill listening on ${url} (request verification ${verification})`;

/** A test PKI like Amazon's: a root the endpoint trusts, an intermediate, and Alexa's signing certificate. */
const root = testAuthority();
const intermediate = issue(root, { ca: true, domain: 'intermediate.test' });
const alexa: SigningIdentity = issue(intermediate);
const ALEXA_CHAIN = alexa.certificatePem + intermediate.certificatePem;

interface Reply {
  readonly status: number;
  readonly contentType: string;
  readonly text: string;
}

/** One HTTP request on its own connection, with exactly these headers and bytes. */
function send(url: string, options: { method?: string; path?: string; body?: Buffer | string; headers?: Record<string, string> }): Promise<Reply> {
  const target = new URL(options.path ?? '/', url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method: options.method ?? 'POST', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function post(url: string, body: Buffer | string, headers: Record<string, string>): Promise<Reply> {
  return send(url, { body, headers: { 'content-type': 'application/json', ...headers } });
}

/** A refusal as the client sees it: the status, and the whole body, a one-field JSON object. */
const refused = (status: number, error: string): Reply => ({ status, contentType: 'application/json; charset=utf-8', text: JSON.stringify({ error }) });

/** A refusal written straight to the socket, byte for byte: the status line, three headers, the JSON body. */
const rawRefusal = (status: string, body: string) =>
  `HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`;

/** The same request as if Alexa had sent it `seconds` ago (negative: from the future). */
function sentSecondsAgo(envelope: RequestEnvelope, seconds: number): RequestEnvelope {
  return { ...envelope, request: { ...envelope.request, timestamp: new Date(Date.now() - seconds * 1000).toISOString() } };
}

function withTimestamp(envelope: RequestEnvelope, timestamp: unknown): RequestEnvelope {
  return { ...envelope, request: { ...envelope.request, timestamp } } as RequestEnvelope;
}

/** An endpoint on 127.0.0.1 that fetches certificates from a stand-in bucket and trusts only the test root. */
async function startEndpoint(options: { skillId?: string; capacity?: number } = {}) {
  const host = new CertificateHost();
  host.put(CERT_PATH, ALEXA_CHAIN);
  await host.start();
  const store = new MemoryStore();
  const announced: string[] = [];
  const skillId = 'skillId' in options ? options.skillId : SKILL_ID;
  const skill = createSkill({ recipe: porkBelly, persistence: store, log: new MemoryLog(), skillId });
  const certificates = new SigningCertificates({ trustedRoots: [root.certificatePem], origin: host.origin, capacity: options.capacity });
  const { server, url } = await serve((e) => skill.invoke(e), { port: 0, verify: true, skillId }, (line) => announced.push(line), {
    host: '127.0.0.1',
    certificates,
  });
  const close = async () => {
    await new Promise<void>((done) => server.close(() => done()));
    await host.stop();
  };
  return { host, store, announced, server, url, close };
}

type Endpoint = Awaited<ReturnType<typeof startEndpoint>>;

const body = (envelope: RequestEnvelope = launchRequest({ applicationId: SKILL_ID })) => JSON.stringify(envelope);
const signed = (text: string | Buffer, key = alexa.privateKeyPem, certUrl = CERT_URL) => ({
  SignatureCertChainUrl: certUrl,
  'Signature-256': signBody(text, key),
});

describe('the HTTPS endpoint (`npm run serve`), verifying as Alexa requires', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint();
  });
  afterAll(() => endpoint.close());

  it('says it is verifying, and nothing alarming', () => {
    expect(endpoint.announced).toEqual([listening(endpoint.url, 'on')]);
  });

  it('answers a request signed with the key of a certificate that chains to a trusted root, fetching it once', async () => {
    for (const contentType of ['application/json', 'application/json; charset=utf-8']) {
      const text = body();
      const reply = await post(endpoint.url, text, { ...signed(text), 'content-type': contentType });
      expect(reply.status).toBe(200);
      const ssml = (JSON.parse(reply.text) as { response: { outputSpeech: { ssml: string } } }).response.outputSpeech.ssml;
      expect(ssml).toBe(WELCOME_SSML);
      await expectValidSsml(ssml);
    }
    expect(endpoint.host.requested).toEqual([CERT_PATH]);
  });

  it('answers a request sent 100 seconds ago, or dated 100 seconds ahead (clocks differ; inside Alexa\'s 150)', async () => {
    for (const seconds of [100, -100]) {
      const text = body(sentSecondsAgo(launchRequest({ applicationId: SKILL_ID }), seconds));
      expect((await post(endpoint.url, text, signed(text))).status).toBe(200);
    }
  });

  it('refuses a body changed after signing', async () => {
    const text = body();
    const tampered = text.replace('"locale":"en-US"', '"locale":"en-GB"');
    expect(tampered).not.toBe(text);
    expect(await post(endpoint.url, tampered, signed(text))).toEqual(refused(400, 'signature does not match the request body'));
  });

  it('refuses a request without a signature, or without a certificate URL', async () => {
    const text = body();
    expect(await post(endpoint.url, text, { SignatureCertChainUrl: CERT_URL })).toEqual(refused(400, 'missing Signature-256 header'));
    expect(await post(endpoint.url, text, { 'Signature-256': signBody(text, alexa.privateKeyPem) })).toEqual(
      refused(400, 'missing SignatureCertChainUrl header'),
    );
  });

  it('refuses a request signed with another key', async () => {
    const text = body();
    expect(await post(endpoint.url, text, signed(text, selfSignedIdentity().privateKeyPem))).toEqual(
      refused(400, 'signature does not match the request body'),
    );
  });

  it('refuses a correctly signed request for another skill id with a short JSON error, keeping nothing and telling only the operator why', async () => {
    const userId = 'amzn1.ask.account.other-skill-user';
    const text = body(launchRequest({ applicationId: 'amzn1.ask.skill.someone-else', userId }));
    expect(await post(endpoint.url, text, signed(text))).toEqual(refused(500, 'the skill could not answer this request'));
    expect(await endpoint.store.getAttributes(launchRequest({ userId }))).toEqual({});
    expect(endpoint.announced.at(-1)).toBe('request failed in the skill: CustomSkill ID verification failed!');
  });
});

describe('certificate URLs: only Amazon\'s, spelled plainly, fetched once (issue 14, defects 5 and 6)', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ capacity: 3 });
    // A valid chain outside echo.api/: a URL that resolved to it and were fetched would be answered.
    endpoint.host.put('/x/cert.pem', ALEXA_CHAIN);
    endpoint.host.put('/echo.api/x/cert.pem', ALEXA_CHAIN);
  });
  afterAll(() => endpoint.close());
  beforeEach(() => {
    endpoint.host.requested.length = 0;
  });

  it.each([
    ['https://s3.amazonaws.com/echo.api/../x/cert.pem', 'certificate URL must have no dot segments'],
    ['https://s3.amazonaws.com/echo.api/../echo.api/x/cert.pem', 'certificate URL must have no dot segments'],
    ['https://s3.amazonaws.com/echo.api/./x/cert.pem', 'certificate URL must have no dot segments'],
    ['https://s3.amazonaws.com/echo.api/%2e%2e/x/cert.pem', 'certificate URL must have no backslash or percent-escape'],
    ['https://s3.amazonaws.com/echo.api/.%2E/x/cert.pem', 'certificate URL must have no backslash or percent-escape'],
    ['https://s3.amazonaws.com/echo.api/%2E%2E%2Fx/cert.pem', 'certificate URL must have no backslash or percent-escape'],
    ['https://s3.amazonaws.com/echo.api/..\\x\\cert.pem', 'certificate URL must have no backslash or percent-escape'],
    ['https://s3.amazonaws.com/echo.api\\..\\x\\cert.pem', 'certificate URL must have no backslash or percent-escape'],
    ['https://s3.amazonaws.com/echo.api/x/cert.pem?v=2', 'certificate URL must have no query or fragment'],
    ['https://s3.amazonaws.com/echo.api/x/cert.pem#top', 'certificate URL must have no query or fragment'],
    ['http://s3.amazonaws.com/echo.api/x/cert.pem', 'certificate URL must use https'],
    ['https://s3.amazonaws.com.attacker.example/echo.api/x/cert.pem', 'certificate URL host must be s3.amazonaws.com'],
    ['https://attacker.example\\@s3.amazonaws.com/echo.api/x/cert.pem', 'certificate URL host must be s3.amazonaws.com'],
    ['https://me@s3.amazonaws.com/echo.api/x/cert.pem', 'certificate URL must not carry user information'],
    ['https://s3.amazonaws.com:563/echo.api/x/cert.pem', 'certificate URL port must be 443'],
    ['https://s3.amazonaws.com/EcHo.aPi/x/cert.pem', 'certificate URL path must be a file under /echo.api/'],
    ['https://s3.amazonaws.com/elsewhere/cert.pem', 'certificate URL path must be a file under /echo.api/'],
    ['https://s3.amazonaws.com/echo.api//x/cert.pem', 'certificate URL path must be a file under /echo.api/'],
    ['s3.amazonaws.com/echo.api/x/cert.pem', 'certificate URL is not an absolute URL'],
  ])('refuses %s without fetching anything', async (certUrl, error) => {
    const text = body();
    expect(await post(endpoint.url, text, signed(text, alexa.privateKeyPem, certUrl))).toEqual(refused(400, error));
    expect(endpoint.host.requested).toEqual([]);
  });

  it('takes Amazon\'s other spellings of one URL (any case of scheme and host, port 443) as one certificate, fetched once', async () => {
    const spellings = [
      'https://s3.amazonaws.com/echo.api/x/cert.pem',
      'HTTPS://S3.AMAZONAWS.COM/echo.api/x/cert.pem',
      'https://s3.amazonaws.com:443/echo.api/x/cert.pem',
    ];
    for (const certUrl of spellings) {
      const text = body();
      expect((await post(endpoint.url, text, signed(text, alexa.privateKeyPem, certUrl))).status).toBe(200);
    }
    expect(endpoint.host.requested).toEqual(['/echo.api/x/cert.pem']);
  });

  it('remembers only the 3 most recently used certificate URLs (the bound given); the others are fetched again', async () => {
    const paths = ['/echo.api/c1.pem', '/echo.api/c2.pem', '/echo.api/c3.pem', '/echo.api/c4.pem'];
    for (const path of paths) endpoint.host.put(path, ALEXA_CHAIN);
    const use = async (path: string) => {
      const text = body();
      expect((await post(endpoint.url, text, signed(text, alexa.privateKeyPem, `https://s3.amazonaws.com${path}`))).status).toBe(200);
    };
    for (const path of paths) await use(path);
    await use('/echo.api/c4.pem'); // still remembered
    await use('/echo.api/c1.pem'); // the least recently used, forgotten when c4 came
    expect(endpoint.host.requested).toEqual([...paths, '/echo.api/c1.pem']);
  });

  describe('refuses a certificate that breaks Amazon\'s rules', () => {
    const day = 24 * 60 * 60 * 1000;
    const cases: [string, () => string, string][] = [
      ['self-signed, not from a trusted root', () => selfSignedIdentity().certificatePem, 'signing certificate does not chain to a trusted root'],
      [
        'issued by the trusted chain but without an intermediate it needs',
        () => alexa.certificatePem,
        'signing certificate does not chain to a trusted root',
      ],
      ['for another domain', () => issue(root, { domain: 'echo-api.attacker.example' }).certificatePem, 'signing certificate does not name echo-api.amazon.com'],
      [
        'expired',
        () => issue(root, { notBefore: new Date(Date.now() - 3 * day), notAfter: new Date(Date.now() - day) }).certificatePem,
        'signing certificate is expired or not yet valid',
      ],
      [
        'not valid yet',
        () => issue(root, { notBefore: new Date(Date.now() + day), notAfter: new Date(Date.now() + 2 * day) }).certificatePem,
        'signing certificate is expired or not yet valid',
      ],
      ['not a certificate', () => 'hello', 'signing certificate chain is malformed'],
    ];
    it.each(cases)('%s', async (name, pem, error) => {
      const path = `/echo.api/${name.replace(/[^a-z]+/g, '-')}.pem`;
      const made = pem();
      endpoint.host.put(path, made);
      const text = body();
      expect(await post(endpoint.url, text, signed(text, alexa.privateKeyPem, `https://s3.amazonaws.com${path}`))).toEqual(refused(400, error));
    });

    it('that cannot be downloaded', async () => {
      const text = body();
      expect(await post(endpoint.url, text, signed(text, alexa.privateKeyPem, 'https://s3.amazonaws.com/echo.api/missing.pem'))).toEqual(
        refused(400, 'signing certificate could not be downloaded'),
      );
    });
  });
});

describe('timestamps and replays (issue 14, defect 7)', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint();
  });
  afterAll(() => endpoint.close());
  const year = 365 * 24 * 3600;

  it.each([
    ['151 seconds old', 151],
    ['151 seconds ahead', -151],
    ['an hour ahead', -3600],
    ['ten years ahead', -10 * year],
    ['ten years old', 10 * year],
  ])('refuses a correctly signed request %s', async (_name, seconds) => {
    const text = body(sentSecondsAgo(launchRequest({ applicationId: SKILL_ID }), seconds));
    expect(await post(endpoint.url, text, signed(text))).toEqual(refused(400, 'request timestamp is too far from now'));
  });

  it.each([['garbage'], ['1'], [''], ['Tuesday 3 PM'], ['2026-13-45T99:99:99Z']])('refuses a correctly signed request dated "%s"', async (stamp) => {
    const text = body(withTimestamp(launchRequest({ applicationId: SKILL_ID }), stamp));
    expect(await post(endpoint.url, text, signed(text))).toEqual(refused(400, 'request timestamp is not a valid date'));
  });

  it('refuses a correctly signed request with no timestamp, or a timestamp that is not text', async () => {
    for (const stamp of [undefined, 1764460800000]) {
      const text = body(withTimestamp(launchRequest({ applicationId: SKILL_ID }), stamp));
      expect(await post(endpoint.url, text, signed(text))).toEqual(refused(400, 'request timestamp is missing'));
    }
  });

  it('takes a skill event up to an hour late, as Amazon allows, but not later and never early', async () => {
    const event = (seconds: number) => body(sentSecondsAgo(skillDisabledEvent({ applicationId: SKILL_ID }), seconds));
    const halfHourLate = event(30 * 60);
    expect((await post(endpoint.url, halfHourLate, signed(halfHourLate))).status).toBe(200);
    for (const seconds of [2 * 3600, -151]) {
      const text = event(seconds);
      expect(await post(endpoint.url, text, signed(text))).toEqual(refused(400, 'request timestamp is too far from now'));
    }
  });

  it('refuses a signed request sent again, and still answers the next new one', async () => {
    const text = body();
    expect((await post(endpoint.url, text, signed(text))).status).toBe(200);
    expect(await post(endpoint.url, text, signed(text))).toEqual(refused(400, 'request was already received'));
    const next = body();
    expect((await post(endpoint.url, next, signed(next))).status).toBe(200);
  });
});

describe('errors: a short JSON body for everything, no internals (issue 14, defect 8)', () => {
  let endpoint: Endpoint;
  beforeAll(async () => {
    endpoint = await startEndpoint({ skillId: undefined });
  });
  afterAll(() => endpoint.close());

  it('warns at start that SKILL_ID is unset', () => {
    expect(endpoint.announced).toEqual([NO_SKILL_ID_WARNING, listening(endpoint.url, 'on')]);
  });

  it('refuses a 200 KB body, whether its size is declared or not, without reading it into memory', async () => {
    const big = JSON.stringify({ padding: 'x'.repeat(200 * 1024) });
    expect(await post(endpoint.url, big, signed(big))).toEqual(refused(413, 'request body is too large'));
    // Chunked: no Content-Length, so the limit is found while reading.
    expect(await post(endpoint.url, big, { ...signed(big), 'transfer-encoding': 'chunked' })).toEqual(refused(413, 'request body is too large'));
  });

  it('refuses a compressed body (a gzip bomb among them) before reading a byte of it', async () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(20 * 1024);
    for (const encoding of ['gzip', 'deflate', 'br', 'x-unknown']) {
      expect(await post(endpoint.url, bomb, { ...signed(bomb), 'content-encoding': encoding })).toEqual(
        refused(415, 'content encoding is not supported; send the body uncompressed'),
      );
    }
  });

  it('refuses a charset other than UTF-8', async () => {
    const text = body();
    for (const charset of ['latin1', 'utf-16', 'x-no-such-charset']) {
      expect(await post(endpoint.url, text, { ...signed(text), 'content-type': `application/json; charset=${charset}` })).toEqual(
        refused(415, 'charset is not supported; send UTF-8'),
      );
    }
  });

  it('refuses a signed body that is not UTF-8, not JSON, or not a JSON object', async () => {
    const cases: [Buffer | string, string][] = [
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'request body is not UTF-8'],
      ['{"version": "1.0", "request": ', 'request body is not JSON'],
      ['[1, 2, 3]', 'request body is not a JSON object'],
    ];
    for (const [bytes, error] of cases) expect(await post(endpoint.url, bytes, signed(bytes))).toEqual(refused(400, error));
  });

  it('answers other methods and paths in JSON too', async () => {
    expect(await send(endpoint.url, { method: 'GET' })).toEqual(refused(405, 'method not allowed; Alexa posts to /'));
    expect(await send(endpoint.url, { path: '/admin', body: '{}' })).toEqual(refused(404, 'not found; Alexa posts to /'));
  });

  it('answers malformed HTTP in JSON and closes the connection', async () => {
    const address = new URL(endpoint.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(address.port), address.hostname, () => socket.write('NONSENSE\r\n\r\n'));
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw).toBe(rawRefusal('400 Bad Request', '{"error":"bad request"}'));
  });

  it('limits how long a client may take over its headers and its body, and how long an idle connection stays', () => {
    const server: Server = endpoint.server;
    expect(server.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout);
    expect(server.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout);
    expect(server.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeout);
    // Alexa waits 8 seconds in all; none of these may hold a socket anywhere near the 75 s seen before.
    expect(SERVER_TIMEOUTS).toEqual({ headersTimeout: 5000, requestTimeout: 10000, keepAliveTimeout: 5000, connectionsCheckingInterval: 1000 });
  });

  it('closes a socket that sends its headers too slowly, answering 408 in JSON', async () => {
    const skill = createSkill({ recipe: porkBelly, log: new MemoryLog() });
    const { server, url } = await serve((e) => skill.invoke(e), { port: 0, verify: true, skillId: SKILL_ID }, () => undefined, {
      host: '127.0.0.1',
      // Shortened so the test need not wait 5 s; the production values are checked above.
      timeouts: { headersTimeout: 200, requestTimeout: 400, connectionsCheckingInterval: 50 },
    });
    try {
      const address = new URL(url);
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(address.port), address.hostname, () => socket.write('POST / HTTP/1.1\r\nHost: x\r\n'));
        let text = '';
        socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
      expect(raw).toBe(rawRefusal('408 Request Timeout', '{"error":"request timeout"}'));
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});

describe('turning verification off (SKILL_VERIFY=off)', () => {
  it('takes exactly "off"; a typo is an error, not a silent choice', () => {
    expect(parseServeConfig({})).toEqual({ port: 3000, verify: true });
    expect(parseServeConfig({ SKILL_VERIFY: 'on', PORT: '8080', SKILL_ID })).toEqual({ port: 8080, verify: true, skillId: SKILL_ID });
    expect(parseServeConfig({ SKILL_VERIFY: 'off' })).toEqual({ port: 3000, verify: false });
    expect(() => parseServeConfig({ SKILL_VERIFY: 'false' })).toThrow(/SKILL_VERIFY must be on or off/);
    expect(() => parseServeConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });

  it('is announced loudly, and then answers unsigned requests, even one without a request in it', async () => {
    const announced: string[] = [];
    const skill = createSkill({ recipe: porkBelly, log: new MemoryLog() });
    const { server, url } = await serve((e) => skill.invoke(e), { port: 0, verify: false }, (line) => announced.push(line), { host: '127.0.0.1' });
    try {
      expect(announced).toEqual([UNVERIFIED_WARNING, NO_SKILL_ID_WARNING, listening(url, 'OFF')]);
      // The warning's own words, whatever else it says, name what goes unchecked.
      expect(announced[0]).toContain('NOT checked');
      const reply = await post(url, JSON.stringify(launchRequest()), {});
      expect(reply.status).toBe(200);
      expect((JSON.parse(reply.text) as { response: { outputSpeech: unknown } }).response.outputSpeech).toEqual({ type: 'SSML', ssml: WELCOME_SSML });
      // Issue 14, defect 9: the error handler answers an envelope without a request.
      const { request: _none, ...noRequest } = launchRequest();
      const spoken = JSON.parse((await post(url, JSON.stringify(noRequest), {})).text) as { response: { outputSpeech: { ssml: string } } };
      expect(spoken.response.outputSpeech.ssml).toBe('<speak>Sorry, something went wrong on my side. Say start to begin.</speak>');
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
