import { Intent, Slot } from '../../lambda/intents';
import { porkBelly } from '../../lambda/recipe';
import { MemoryStore } from '../../lambda/services/stores';
import { createSkill } from '../../lambda/skill';
import { readersLoaded } from '../../lambda/vocabulary';
import { intentRequest, launchRequest } from '../../tools/envelopes';
import { WELCOME } from '../helpers/expected';
import { MemoryLog } from '../helpers/log';

/**
 * The readers of the cook's words (lambda/vocabulary/readers.ts) build their tables when they load,
 * which a cold start's first answer must not pay for: a launch, and a turn without words, never
 * load them (the bundle keeps them out of index.js, tools/build.ts); the first words read do.
 * This file's own module registry starts empty, so nothing before the launch loaded them.
 */
describe('the readers of the cook’s words', () => {
  it('are not loaded by a launch or a "next", and are by the first words read', async () => {
    const skill = createSkill({ recipe: porkBelly, persistence: new MemoryStore(), log: new MemoryLog() });
    const launch = await skill.invoke(launchRequest());
    expect(launch.response.outputSpeech).toEqual({ type: 'SSML', ssml: `<speak>${WELCOME}</speak>` });
    expect(readersLoaded()).toBe(false);
    await skill.invoke(intentRequest(Intent.Next));
    expect(readersLoaded()).toBe(false);
    // "no I said next not repeat": a request said again, read by its reader before any handler.
    await skill.invoke(intentRequest(Intent.SaidAgain, { [Slot.Query]: 'next not repeat' }));
    expect(readersLoaded()).toBe(true);
  });
});
