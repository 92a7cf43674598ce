import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchRequest } from '../../tools/envelopes';
import type { services } from 'ask-sdk-model';
import { BUILD_FILES } from '../../tools/build';
import { SHIPPED_CODE_LIMIT, shippedCode } from '../../tools/code-size';
import { AlertsApiStandIn, DEVICE_ID, REMINDERS_SCOPE, TIMERS_SCOPE } from '../helpers/alerts-api';
import { runBundle, runBundleAsync } from '../helpers/bundle-process';
import { startDynalite } from '../helpers/dynalite';
import { WELCOME } from '../helpers/expected';

/** The whole welcome a new cook hears, as Alexa gets it from the bundle. */
const WELCOME_SPEECH = { type: 'SSML', ssml: `<speak>${WELCOME}</speak>` };

const root = join(__dirname, '..', '..');

/** Builds the bundle into a new folder with `npm run build`, as a developer would. */
function build(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: root, stdio: 'pipe' });
  return dir;
}

describe('the Lambda bundle (`npm run build`)', () => {
  let dir: string;
  // Built once the tests run, not while jest collects them.
  beforeAll(() => {
    dir = build();
  });

  it('is one file and its source map, and the files it loads on first use: index.js is the bundle, with no loader or cache beside it', () => {
    expect(readdirSync(dir).sort()).toEqual(['answers.js', 'documents.js', 'dynamodb-client.js', 'en-words.js', 'index.js', 'index.js.map', 'sdk-clients.js']);
    // The file's last line; the rest is esbuild's to write.
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).toMatch(/\n\/\/# sourceMappingURL=index\.js\.map\n$/);
  });

  it('is plain ASCII in every file: Node reads it as one-byte text (one other character makes the whole file UTF-16, slower to read and to compile at every cold start)', () => {
    for (const name of BUILD_FILES.filter((file) => file.endsWith('.js'))) {
      const others = [...new Set(readFileSync(join(dir, name), 'utf8').match(/[^\t\n\r -~]/g) ?? [])];
      expect({ name, others }).toEqual({ name, others: [] });
    }
  });

  it('exports an async handler that answers a LaunchRequest in a new Node process, as Lambda loads it', () => {
    const run = runBundle(join(dir, 'index.js'), { STATE_STORE: 'memory' }, [launchRequest()]);
    expect(run.handlerIsAsync).toBe(true);
    const result = run.results[0]!;
    if (!('response' in result)) throw new Error(result.error);
    expect(result.response.response.outputSpeech).toEqual(WELCOME_SPEECH);
  });

  it('is the same bytes when built again from the same source, in another folder', () => {
    const again = build();
    for (const name of BUILD_FILES) {
      expect(readFileSync(join(again, name)).equals(readFileSync(join(dir, name)))).toBe(true);
    }
  });

  // Issue 10's target, guarded here in bytes, not milliseconds: the shipped code stays at most 100 KB
  // gzipped, counted as `npm run bench` counts it (the same function, tools/code-size.ts), so the next
  // words or sentences added cannot cross it unnoticed. The figure the README reports comes from
  // `npm run bench`; this only fails the build that would cross it.
  it('ships at most 100 KB of code, gzipped, counted as `npm run bench` counts it', () => {
    const { gzipped } = shippedCode(dir);
    expect({ gzipped, atMost: SHIPPED_CODE_LIMIT, fits: gzipped <= SHIPPED_CODE_LIMIT }).toEqual({ gzipped, atMost: SHIPPED_CODE_LIMIT, fits: true });
  });

  it('ships SDK clients (trimmed to what the skill reaches, tools/trim-sdk.ts) that still make every Alexa API call the skill makes', async () => {
    const api = await AlertsApiStandIn.start(() => new Date());
    try {
      api.granted.add(TIMERS_SCOPE);
      api.granted.add(REMINDERS_SCOPE);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const shipped = require(join(dir, 'sdk-clients.js')) as { services: typeof services; DefaultApiClient: new () => services.ApiClient };
      const factory = new shipped.services.ServiceClientFactory({ apiClient: new shipped.DefaultApiClient(), apiEndpoint: api.endpoint, authorizationValue: api.token });
      const timers = factory.getTimerManagementServiceClient();
      const text = [{ locale: 'en-US', text: 'Check the pork.' }];
      const made = await timers.createTimer({
        duration: 'PT10M',
        timerLabel: 'rest',
        creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
        triggeringBehavior: { operation: { type: 'ANNOUNCE', textToAnnounce: text }, notificationConfig: { playAudible: true } },
      });
      await timers.pauseTimer(made.id!);
      expect((await timers.getTimers()).timers?.map((t) => [t.id, t.timerLabel, t.status])).toEqual([[made.id, 'rest', 'PAUSED']]);
      await timers.resumeTimer(made.id!);
      expect(api.timers.get(made.id!)?.status).toBe('ON');
      await timers.deleteTimer(made.id!);
      expect(api.timers.size).toBe(0);
      const reminders = factory.getReminderManagementServiceClient();
      const reminder = (offsetInSeconds: number) => ({
        requestTime: new Date().toISOString().slice(0, 23),
        trigger: { type: 'SCHEDULED_RELATIVE' as const, offsetInSeconds },
        alertInfo: { spokenInfo: { content: text } },
        pushNotification: { status: 'ENABLED' as const },
      });
      const { alertToken } = await reminders.createReminder(reminder(600));
      await reminders.updateReminder(alertToken!, reminder(900));
      expect(api.reminders.get(alertToken!)?.trigger).toEqual({ type: 'SCHEDULED_RELATIVE', offsetInSeconds: 900 });
      await reminders.deleteReminder(alertToken!);
      expect(api.reminders.size).toBe(0);
      expect(await factory.getUpsServiceClient().getSystemTimeZone(DEVICE_ID)).toBe(api.timeZone);
    } finally {
      await api.close();
    }
  });

  /** What the bundle said to the first request, or the error it threw. */
  const speechOf = (run: ReturnType<typeof runBundle>) => {
    const result = run.results[0]!;
    return 'response' in result ? result.response.response.outputSpeech : result;
  };

  it('keeps the DynamoDB client in a file of its own, which the memory and file stores never load', () => {
    // SigV4's algorithm name, anywhere in the code: only the DynamoDB client signs requests.
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).not.toContain('AWS4-HMAC-SHA256');
    expect(readFileSync(join(dir, 'dynamodb-client.js'), 'utf8')).toContain('AWS4-HMAC-SHA256');
    const without = mkdtempSync(join(tmpdir(), 'bundle-without-client-'));
    cpSync(dir, without, { recursive: true });
    rmSync(join(without, 'dynamodb-client.js'));
    const envs: Record<string, string>[] = [{ STATE_STORE: 'memory' }, { STATE_STORE: 'file', STATE_DIR: mkdtempSync(join(tmpdir(), 'bundle-state-')) }];
    for (const env of envs) {
      expect(speechOf(runBundle(join(without, 'index.js'), env, [launchRequest()]))).toEqual(WELCOME_SPEECH);
    }
  });

  it('loads the DynamoDB client when the DynamoDB store first calls DynamoDB', async () => {
    const dynamo = await startDynalite();
    try {
      const env = { STATE_STORE: 'dynamodb', DYNAMODB_TABLE: 'bundle', DYNAMODB_ENDPOINT: dynamo.endpoint };
      const run = await runBundleAsync(join(dir, 'index.js'), env, [launchRequest({ userId: 'amzn1.ask.account.bundle' })]);
      // The store answered through the client, so the welcome is the new cook's, not the outage one.
      expect(speechOf(run)).toEqual(WELCOME_SPEECH);
    } finally {
      await dynamo.close();
    }
  });
});
