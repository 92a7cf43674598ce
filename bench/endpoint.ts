/**
 * The HTTPS endpoint under load (`npm run bench`, its own section): the real server of
 * lambda/server.ts on 127.0.0.1 with verification on, against a test PKI (a root it trusts, an
 * intermediate, a signing certificate served by a stand-in bucket), answering signed LaunchRequests
 * from a fixed number of concurrent keep-alive connections. Bounded: `requests` in all (each
 * signed beforehand, each with its own request id, so the replay guard sees no repeat) or
 * `seconds`, whichever ends first. Also measured on its own: the signature check with the cached
 * key against parsing the certificate for every request, as the SDK's verifier did.
 */
import { verify, X509Certificate } from 'node:crypto';
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { porkBelly } from '../lambda/recipe';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores';
import { SigningCertificates } from '../lambda/endpoint/signing-certificates';
import { serve } from '../lambda/server';
import { createSkill } from '../lambda/skill';
import { CertificateHost } from '../test/helpers/certificate-host';
import { issue, signBody, testAuthority } from '../test/helpers/certificates';
import { launchRequest } from '../tools/envelopes';
import { percentile } from './stats';

export interface EndpointBenchOptions {
  readonly requests: number;
  readonly concurrency: number;
  readonly seconds: number;
}

export interface EndpointBench extends EndpointBenchOptions {
  readonly answered: number;
  readonly failed: number;
  readonly wallMs: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Resident and heap memory (MB) after start-up and a warm-up round, and after the run; each after a full GC. */
  readonly rssBefore: number;
  readonly rssAfter: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly verifyCachedUs: number;
  readonly verifyParsingUs: number;
}

const CERT_PATH = '/echo.api/echo-api-cert-bench.pem';
const MB = 1024 * 1024;

/** V8's collector, made callable without --expose-gc, so "after" is what is still held, not garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function memory(): { rss: number; heap: number } {
  collector()();
  const m = process.memoryUsage();
  return { rss: m.rss / MB, heap: m.heapUsed / MB };
}

function post(agent: Agent, url: URL, body: string, signature: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          SignatureCertChainUrl: `https://s3.amazonaws.com${CERT_PATH}`,
          'Signature-256': signature,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Microseconds per check, over `rounds`: the cached key, then the certificate parsed each time (as before). */
function verifyCost(pem: string, body: Buffer, signature: Buffer, rounds = 3000): { cached: number; parsing: number } {
  const key = new X509Certificate(pem).publicKey;
  const time = (check: () => boolean) => {
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) if (!check()) throw new Error('the benchmark signature does not verify');
    return Number(process.hrtime.bigint() - start) / 1000 / rounds;
  };
  time(() => verify('sha256', body, key, signature)); // warm-up
  return {
    cached: time(() => verify('sha256', body, key, signature)),
    parsing: time(() => verify('sha256', body, new X509Certificate(pem).publicKey, signature)),
  };
}

export async function benchEndpoint(options: EndpointBenchOptions): Promise<EndpointBench> {
  const root = testAuthority('Bench Root CA');
  const intermediate = issue(root, { ca: true, domain: 'intermediate.bench' });
  const alexa = issue(intermediate);
  const host = new CertificateHost();
  host.put(CERT_PATH, alexa.certificatePem + intermediate.certificatePem);
  await host.start();
  const skill = createSkill({ recipe: porkBelly, persistence: new MemoryStore(), log: silentLog });
  const certificates = new SigningCertificates({ trustedRoots: [root.certificatePem], origin: host.origin });
  const { server, url } = await serve((e) => skill.invoke(e), { port: 0, verify: true, skillId: 'bench' }, () => undefined, {
    host: '127.0.0.1',
    certificates,
  });
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  // Signed before the clock starts: signing is Alexa's cost, not the endpoint's.
  const make = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const body = JSON.stringify(launchRequest({ userId: `amzn1.ask.account.bench-${i % 100}` }));
      return { body, signature: signBody(body, alexa.privateKeyPem) };
    });
  try {
    const one = make(1)[0]!;
    const cost = verifyCost(alexa.certificatePem, Buffer.from(one.body), Buffer.from(one.signature, 'base64'));
    const signed = make(options.requests);
    // Warm-up, just before the run (an idle keep-alive socket closes after 5 s): certificate fetched, code compiled.
    for (const w of make(options.concurrency)) await post(agent, target, w.body, w.signature);
    const before = memory();
    const latencies: number[] = [];
    let failed = 0;
    let next = 0;
    const deadline = Date.now() + options.seconds * 1000;
    const started = process.hrtime.bigint();
    const worker = async () => {
      while (next < signed.length && Date.now() < deadline) {
        const { body, signature } = signed[next++]!;
        const t = process.hrtime.bigint();
        const status = await post(agent, target, body, signature).catch(() => 0);
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (status !== 200) failed += 1;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    const after = memory();
    return {
      ...options,
      answered: latencies.length - failed,
      failed,
      wallMs,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
      rssBefore: before.rss,
      rssAfter: after.rss,
      heapBefore: before.heap,
      heapAfter: after.heap,
      verifyCachedUs: cost.cached,
      verifyParsingUs: cost.parsing,
    };
  } finally {
    agent.destroy();
    await new Promise<void>((done) => server.close(() => done()));
    await host.stop();
  }
}

/** The section's rows, in the table format bench/run.ts prints. */
export function endpointRows(b: EndpointBench): [string, string, string][] {
  const f = (n: number, d = 1) => n.toFixed(d);
  return [
    [
      `endpoint, ${b.concurrency} concurrent connections, signed requests`,
      `${b.answered} answered, ${b.failed} failed in ${f(b.wallMs / 1000, 2)} s (${f((b.answered * 1000) / b.wallMs, 0)} a second); latency p50 ${f(b.p50, 2)} ms, p99 ${f(b.p99, 2)} ms, max ${f(b.max, 2)} ms`,
      '0 failed; p99 well under 8 s',
    ],
    [
      'endpoint memory, before and after the run',
      `RSS ${f(b.rssBefore)} MB -> ${f(b.rssAfter)} MB; heap ${f(b.heapBefore)} MB -> ${f(b.heapAfter)} MB (server and client share the process)`,
      'flat (the replay guard holds each id 150 s)',
    ],
    [
      'signature check per request',
      `${f(b.verifyCachedUs)} µs with the cached key; ${f(b.verifyParsingUs)} µs parsing the certificate each time`,
      'cached key',
    ],
  ];
}

/** The section as `npm run bench` prints it: a heading and a table. */
export async function endpointSection(options: Partial<EndpointBenchOptions> = {}): Promise<string> {
  const b = await benchEndpoint({ requests: 4000, concurrency: 50, seconds: 30, ...options });
  return [
    `\nThe HTTPS endpoint (bench/endpoint.ts): ${b.requests} signed requests at most, ${b.seconds} s at most, on 127.0.0.1\n`,
    '| measure | result | target |',
    '| --- | --- | --- |',
    ...endpointRows(b).map(([m, r, t]) => `| ${m} | ${r} | ${t} |`),
  ].join('\n');
}

if (require.main === module) {
  endpointSection().then((text) => console.log(text));
}
