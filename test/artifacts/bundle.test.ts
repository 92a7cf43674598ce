import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

const root = join(__dirname, '..', '..');

/** A LaunchRequest as Alexa sends it, for a new session. */
function launchEnvelope(): RequestEnvelope {
  const user = { userId: 'amzn1.ask.account.bundle-test' };
  const application = { applicationId: 'amzn1.ask.skill.bundle-test' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.bundle', application, user },
    context: {
      System: { application, user, device: { deviceId: 'device', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:1' },
    },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.bundle', timestamp: new Date().toISOString(), locale: 'en-US' },
  } as RequestEnvelope;
}

describe('the Lambda bundle', () => {
  it('builds with `npm run build` into one file whose async handler answers a LaunchRequest', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bundle-')), 'index.js');
    execFileSync('npm', ['run', 'build', '--silent', '--', `--outfile=${out}`], { cwd: root, stdio: 'pipe' });
    process.env.STATE_STORE = 'memory';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bundle = require(out) as { handler: (event: RequestEnvelope) => Promise<ResponseEnvelope> };
    delete process.env.STATE_STORE;
    const reply = bundle.handler(launchEnvelope());
    expect(reply).toBeInstanceOf(Promise);
    const response = await reply;
    expect(JSON.stringify(response.response.outputSpeech)).toContain('Welcome to Crispy Pork Belly with Maple Glaze');
  });
});
