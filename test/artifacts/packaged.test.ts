import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { allSteps, porkBelly, stepCount, timedSteps } from '../../lambda/recipe';
import { Conversation } from '../../tools/conversation';
import { zipBundle } from '../../tools/package-lambda';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { BundleProcess } from '../helpers/bundle-process';
import { offeredStep, WELCOME } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { onShow, screenWith } from '../helpers/screen';
import { MODEL_FILE } from '../helpers/skill';
import { spoken, spokenDuration } from '../helpers/spoken';

/**
 * The deployment zip answers every kind of request on its own: unpacked into a new folder, with no
 * checkout or node_modules around it, its index.js is run as Lambda runs it, one container (process)
 * per cook, and each kind of request is the first of its kind there, so every file the bundle loads
 * on first use (tools/build.ts) must be in the zip and found beside index.js. What the cook hears is
 * built from the recipe data, as in the conversation tests.
 */
const root = join(__dirname, '..', '..');
const TOTAL = stepCount(porkBelly);
const f = factsOf(porkBelly);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const NEXT = 'When you’re ready, say next.';
const roast = timedSteps(porkBelly).find((s) => s.step.id === 'slow-roast')!;
/** The roast timer set (as in timers.test.ts): the range, the lower bound set, what to check, the longest extra timer. */
const roastSet =
  `The recipe says ${spokenDuration(roast.step.duration.minutes)}, so I set the ${roast.step.duration.label} timer for the shortest time, 2 hours. ` +
  `When it rings: ${spoken(roast.step.duration.check ?? '')} If it needs longer, ask me for another timer of up to 30 minutes. ` +
  `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;

let unpacked: string;
let api: AlertsApiStandIn;
const running: BundleProcess[] = [];

beforeAll(async () => {
  const built = mkdtempSync(join(tmpdir(), 'packaged-build-'));
  execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', built], { cwd: root, stdio: 'pipe' });
  unpacked = mkdtempSync(join(tmpdir(), 'packaged-'));
  for (const [name, bytes] of Object.entries(unzipSync(zipBundle(built)))) writeFileSync(join(unpacked, name), bytes);
  api = await AlertsApiStandIn.start(() => new Date());
  api.granted.add(TIMERS_SCOPE);
});

afterAll(async () => {
  for (const bundle of running) bundle.stop();
  await api.close();
});

/** A new container running the unpacked zip on the memory store, and a cook talking to it. */
function newCook(decorate?: (request: Record<string, unknown>) => void) {
  const bundle = new BundleProcess(join(unpacked, 'index.js'), { STATE_STORE: 'memory' });
  running.push(bundle);
  return { bundle, cook: new Conversation({ handler: bundle.invoke, modelFile: MODEL_FILE, decorate }) };
}

describe('the Lambda zip, unpacked into a clean folder', () => {
  it('holds nothing but the bundle’s files', () => {
    expect(readdirSync(unpacked).sort()).toEqual(['answers.js', 'documents.js', 'dynamodb-client.js', 'en-words.js', 'index.js', 'index.js.map', 'sdk-clients.js']);
  });

  it('answers a launch from index.js alone, without loading node:crypto', async () => {
    const { bundle, cook } = newCook();
    expect((await cook.say('open crispy pork belly')).ssml).toBe(`<speak>${WELCOME}</speak>`);
    expect(await bundle.loaded()).toEqual({ files: ['index.js'], crypto: false });
  });

  it('walks the steps from index.js alone: no question, timer or plan code is loaded for them', async () => {
    const { bundle, cook } = newCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say('start')).speech).toBe(offeredStep(1));
    expect((await cook.say('next')).speech).toBe(offeredStep(2));
    expect((await cook.say('go to step 6')).speech).toBe(offeredStep(6));
    expect((await cook.say('previous')).speech).toBe(offeredStep(5));
    expect((await bundle.loaded()).files).toEqual(['index.js']);
  });

  it('answers a question, loading the answers’ file and the vocabulary then', async () => {
    const { bundle, cook } = newCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say('go to step 6')).speech).toBe(offeredStep(6));
    expect((await bundle.loaded()).files).toEqual(['index.js']);
    expect((await cook.say('how much baking soda')).speech).toBe(`${capital(f.amount('baking-soda'))} of baking soda, ${f.note('baking-soda')}. ${NEXT}`);
    expect((await bundle.loaded()).files).toEqual(['answers.js', 'en-words.js', 'index.js']);
  });

  it('answers about the dinner plan, loading the answers’ file then', async () => {
    const { bundle, cook } = newCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say('what\'s my plan')).speech).toBe('You don’t have a dinner plan yet. Say, for example, plan dinner for 7 PM tomorrow.');
    expect((await bundle.loaded()).files).toEqual(['answers.js', 'index.js']);
  });

  it('sets a timer through the Timers API, loading the answers’ file and the SDK’s clients then', async () => {
    const { bundle, cook } = newCook(api.decorate);
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    expect((await bundle.loaded()).files).toEqual(['index.js']);
    expect((await cook.say('start the timer')).speech).toBe(roastSet);
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => (c.body as { duration?: string }).duration)).toEqual(['PT2H']);
    expect((await bundle.loaded()).files).toEqual(['answers.js', 'index.js', 'sdk-clients.js']);
  });

  it('shows a step on a screen, loading the screen documents then', async () => {
    const { bundle, cook } = newCook(onShow());
    await cook.say('open crispy pork belly');
    const first = await cook.say('start');
    expect(first.speech).toBe(offeredStep(1));
    const { step, phase } = allSteps(porkBelly)[0]!;
    expect(screenWith(first).datasources.payload).toMatchObject({ heading: `Step 1 of ${TOTAL}`, phase: phase.title, text: step.text });
    expect((await bundle.loaded()).files).toEqual(['documents.js', 'index.js']);
  });
});
