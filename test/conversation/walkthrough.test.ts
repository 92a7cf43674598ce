import { allSteps, porkBelly, stepCount } from '../../lambda/recipe';
import { speakable } from '../../lambda/speech';
import type { RequestEnvelope } from 'ask-sdk-model';
import { MemoryStore } from '../../lambda/services/stores';
import { createSkill } from '../../lambda/skill';
import { launchRequest } from '../../tools/envelopes';
import { MemoryLog } from '../helpers/log';
import { TestCook } from '../helpers/skill';

const TOTAL = stepCount(porkBelly);
const steps = allSteps(porkBelly);
/** What the cook should hear for a step: the landmark and the step's own text, spoken. */
const heard = (n: number) => {
  const s = steps[n - 1]!;
  return `Step ${n} of ${TOTAL}, ${s.phase.shortName}: ${speakable(s.step.text)}`;
};

describe('opening the skill', () => {
  it('welcomes a new cook with what the recipe involves and offers to start or hear the ingredients', async () => {
    const cook = new TestCook();
    const [welcome] = await cook.script(`
      U: open crispy pork belly
      A: Welcome to Crispy Pork Belly with Maple Glaze.
      A: two days
      A: overnight
      A: about 3 hours of cooking
      A: ingredients
    `);
    expect(welcome!.sessionEnded).toBe(false);
  });

  it.each(['let\'s get cooking', 'start', 'begin', 'yes'])('"%s" after the welcome starts at step 1', async (phrase) => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    expect((await cook.say(phrase)).speech).toBe(heard(1));
  });

  it('reads the ingredients first when asked, then starts', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: ingredients first
      I: ListIngredientsIntent
      A: half a teaspoon of baking soda
      A: 3 to 4 pounds of pork belly
      A: 1 cup of pure maple syrup
      U: start
      A: Step 1 of ${TOTAL}
    `);
  });
});

describe('walking the whole recipe', () => {
  it('speaks every step of the seed in order with its landmark, then says it is finished', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    const first = await cook.say('let\'s get cooking');
    expect(first.speech).toBe(heard(1));
    const phrases = ['next', 'what\'s next', 'okay done', 'got it', 'ready', 'what now'];
    for (let n = 2; n <= TOTAL; n++) {
      const said = await cook.say(phrases[n % phrases.length]!);
      expect(said.speech.startsWith(heard(n))).toBe(true);
      expect(said.reprompt).not.toBe('');
    }
    const last = cook.exchanges[cook.exchanges.length - 1]!;
    expect(last.speech).toContain('That’s the last step. Enjoy your Crispy Pork Belly with Maple Glaze!');
    await cook.script(`
      U: next
      A: you’ve done every step. Would you like to start over?
      U: yes
      A: Step 1 of ${TOTAL}
    `);
  });

  it('speaks a step’s warnings and tips with it', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: go to step three
      A: Careful: Do not cut into the meat.
      A: Tip: Alternatively, leave it unscored
      U: skip to the hot finish
      U: next
      A: Careful: Do not leave it unattended
    `);
  });
});

describe('moving around', () => {
  it('goes back, repeats, jumps to a step and to a phase by name', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: start
      U: next
      U: next
      A: Step 3 of ${TOTAL}
      U: go back
      A: Step 2 of ${TOTAL}
      U: previous step
      A: Step 1 of ${TOTAL}
      U: go back
      A: You’re already at the first step.
      U: say that again
      A: Step 1 of ${TOTAL}
      U: what was that
      I: RepeatStepIntent
      A: Step 1 of ${TOTAL}
      U: repeat
      A: Step 1 of ${TOTAL}
      U: go to step seven
      I: GoToStepIntent
      A: ${heard(7)}
      U: skip to the glaze
      I: GoToPhaseIntent
      A: maple glaze: While the pork rests, combine the maple syrup
      U: go to the low and slow roast
      A: low and slow roast: Take the pork out of the fridge 30 to 45 minutes before roasting
      U: where am I
      A: You’re on step 10 of ${TOTAL}, in the low and slow roast.
      U: how many steps are left
      A: ${TOTAL - 10} steps left after this one
      U: what step am I on
      A: step 10
      U: start over
      A: ${heard(1)}
    `);
  });

  it('answers clearly for a step that does not exist and for an unknown part, and keeps the place', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: go to step four
      U: go to step ninety
      A: There’s no step 90. Say a step number from 1 to ${TOTAL}.
      U: where am I
      A: step 4
    `);
    const unknown = await cook.intent('GoToPhaseIntent', { phase: 'dessert' });
    expect(unknown.speech).toContain('The parts are: pork prep, skin drying, low and slow roast');
    const missing = await cook.intent('GoToStepIntent', { stepNumber: '?' });
    expect(missing.speech).toContain('Which step?');
    expect((await cook.say('repeat')).speech).toBe(heard(4));
  });

  it('gives the overview with the phases and the total time', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: give me the overview
      A: has 6 parts
      A: pork prep, 7 steps
      A: The drying takes 8 to 14 hours, the day before.
      A: cooking takes about 3 hours
    `);
  });

  it('before starting, back, repeat and where-am-I say how to start', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    for (const phrase of ['go back', 'repeat', 'where am I']) {
      expect((await cook.say(phrase)).speech).toContain('You haven’t started the recipe yet. Say start');
    }
  });
});

describe('help, stop, fallback, errors', () => {
  it('help knows the step; stop says goodbye and keeps the place for next time', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: go to step seven
      U: help
      A: You’re on step 7 of ${TOTAL}. Say next, go back, or repeat.
    `);
    const bye = await cook.say('stop');
    expect(bye.speech).toContain('I’ve kept your place at step 7');
    expect(bye.sessionEnded).toBe(true);
  });

  it.each(['cancel', 'pause', 'go home'])('"%s" ends the session with the place kept', async (phrase) => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.say('go to step five');
    const out = await cook.say(phrase);
    expect(out.sessionEnded).toBe(true);
    expect(out.speech).toMatch(/step 5/);
  });

  it('says what the skill can do when it did not understand', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    const out = await cook.say('what is the capital of peru');
    expect(out.matched).toBe(false);
    expect(out.speech).toContain('I walk you through Crispy Pork Belly with Maple Glaze step by step');
    expect(out.sessionEnded).toBe(false);
  });

  it('"no" to the welcome changes nothing and says how to go on', async () => {
    const cook = new TestCook();
    await cook.script(`
      U: open crispy pork belly
      U: no
      A: Say start whenever you’re ready
    `);
  });

  it('handles the session ending without speaking', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.conversation.endSession();
    expect(cook.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });

  it('answers a request no handler takes with speech, and keeps the place', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.say('go to step six');
    // An intent from a newer model than this code (no handler takes it) reaches the error handler.
    const raw = await cook.rawIntent('RetiredIntent');
    expect(raw.speech).toBe('Sorry, something went wrong on my side. You’re still on step 6. Say repeat to hear it again.');
    expect(raw.sessionEnded).toBe(false);
    expect(cook.log.entries.some((e) => e.level === 'error')).toBe(true);
  });

  it('answers an envelope with no request at all with the spoken apology, instead of failing the invocation', async () => {
    const log = new MemoryLog();
    const skill = createSkill({ recipe: porkBelly, persistence: new MemoryStore(), log });
    const { request: _dropped, ...envelope } = launchRequest();
    const response = await skill.invoke(envelope as RequestEnvelope);
    expect(response.response.outputSpeech).toEqual({
      type: 'SSML',
      ssml: '<speak>Sorry, something went wrong on my side. Say start to begin.</speak>',
    });
    expect(response.response.shouldEndSession).toBe(false);
    expect(log.entries.filter((e) => e.level === 'error').map((e) => e.extra?.request)).toEqual(['none']);
  });
});
