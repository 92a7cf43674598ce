import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { porkBelly } from '../../lambda/recipe';
import { MemoryStore } from '../../lambda/services/stores';
import { createSkill } from '../../lambda/skill';
import { launchRequest } from '../../tools/envelopes';
import { runBundle } from '../helpers/bundle-process';
import { MemoryLog } from '../helpers/log';
import { WELCOME } from '../helpers/expected';
import { expectValidSsml } from '../helpers/ssml';

const OURS = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000000a';
const THEIRS = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000000b';
/** The whole welcome, as Alexa gets it. */
const WELCOME_SPEECH = { type: 'SSML', ssml: `<speak>${WELCOME}</speak>` };
const speechOf = (r: ResponseEnvelope) => r.response.outputSpeech;

describe('with a skill id set (withSkillId)', () => {
  it('answers requests for its own id', async () => {
    const skill = createSkill({ recipe: porkBelly, log: new MemoryLog(), skillId: OURS });
    const response = await skill.invoke(launchRequest({ applicationId: OURS }));
    expect(speechOf(response)).toEqual(WELCOME_SPEECH);
    await expectValidSsml((response.response.outputSpeech as { ssml: string }).ssml);
  });

  it('refuses a request for another skill id before any handler, store or log sees it', async () => {
    const store = new MemoryStore();
    const log = new MemoryLog();
    const skill = createSkill({ recipe: porkBelly, persistence: store, log, skillId: OURS });
    const userId = 'amzn1.ask.account.someone-elses-user';
    // The Lambda invocation fails, so Alexa gets an error rather than any answer from this skill.
    await expect(skill.invoke(launchRequest({ applicationId: THEIRS, userId }))).rejects.toThrow('CustomSkill ID verification failed');
    expect(log.entries).toEqual([]);
    expect(await store.getAttributes(launchRequest({ userId }))).toEqual({});
  });

  it('is what SKILL_ID sets in the Lambda bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skill-id-'));
    execFileSync('npm', ['run', 'build', '--silent', '--', '--outdir', dir], { cwd: join(__dirname, '..', '..'), stdio: 'pipe' });
    const run = runBundle(join(dir, 'index.js'), { STATE_STORE: 'memory', SKILL_ID: OURS }, [
      launchRequest({ applicationId: OURS }),
      launchRequest({ applicationId: THEIRS }),
    ]);
    expect(speechOf((run.results[0] as { response: ResponseEnvelope }).response)).toEqual(WELCOME_SPEECH);
    expect(run.results[1]).toEqual({ error: 'CustomSkill ID verification failed!' });
  });
});
