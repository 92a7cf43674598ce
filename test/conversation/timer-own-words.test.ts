import { porkBelly, type TimedStep } from '../../lambda/recipe';
import { capital } from '../helpers/expected';
import { TestCook } from '../helpers/skill';
import { spoken, spokenDuration } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Timer requests in a cook's own words (issue 11, list I's kinds), through the Timers API stand-in:
 * pause and resume said without "timer" while a timer runs or is paused (decided from the state,
 * not the words); a reason or an aside before or after the request; other verbs; and a timer for
 * the recipe's own length, named by its end or its wait. The phrasings are this file's own, none
 * from a list.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

const t = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
const glaze = timedStep('reduce-glaze');
const rest = timedStep('rest');
const broil = timedStep('blister');
const check = (s: TimedStep) => spoken(s.step.duration.check ?? '');
const BRING_BACK = `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;
/** "4 minutes": a whole number of minutes as the skill says a length. */
const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;

async function cookAt(step: TimedStep | number): Promise<TestCook> {
  const cook = new TestCook(t.options());
  await cook.say('open crispy pork belly');
  await cook.say(`go to step ${typeof step === 'number' ? step : step.number}`);
  return cook;
}

/** The durations of the timers the stand-in holds, as ISO lengths in seconds. */
const lengths = t.lengths;

describe('pause and resume without "timer", decided from what is running', () => {
  it('"pause it" while the glaze timer runs pauses that timer, and "get it going again" resumes it', async () => {
    const cook = await cookAt(glaze);
    await cook.say('start the timer');
    const { label, minutes: range } = glaze.step.duration;
    await cook.script(`
      U: pause it
      A: I paused the ${label} timer, with ${minutes(range.min)} left. Say resume the timer when you’re ready.
      U: get it going again
      A: The ${label} timer is running again: ${minutes(range.min)} to go.
    `);
    expect([...t.api.timers.values()].map((x) => x.status)).toEqual(['ON']);
  });

  it('"pause the recipe" while the roast timer runs pauses the walkthrough, and the timer keeps counting', async () => {
    // The roast goes on cooking whatever the cook pauses: a timer stopped by "pause the recipe" would let it burn.
    const roast = timedStep('slow-roast');
    const cook = await cookAt(roast);
    await cook.say('start the timer');
    const out = await cook.say('pause the recipe');
    expect(out.sent).toBe('PauseRecipeIntent');
    expect(out.speech).toBe(`Paused at step ${roast.number}. Open the skill again when you’re ready and say continue.`);
    expect([...t.api.timers.values()].map((x) => x.status)).toEqual(['ON']);
  });

  it('"pause it" with no timer of the skill’s running pauses the walkthrough, as before', async () => {
    const cook = await cookAt(glaze);
    await cook.script(`
      U: pause it
      A: Paused at step ${glaze.number}. Open the skill again when you’re ready and say continue.
    `);
    expect(t.api.timers.size).toBe(0);
  });
});

describe('a reason or an aside around the request', () => {
  it.each([
    ['the skin is catching already so could you put on a timer for four minutes', 4],
    ['my smoke alarm is touchy count us down eight minutes', 8],
    ['i burnt it before so give me three minutes on the clock', 3],
    ['initiate a countdown of five minutes', 5],
  ])('"%s" sets %i minutes', async (phrase, n) => {
    const cook = await cookAt(broil);
    await cook.script(`
      U: ${phrase}
      A: Timer set for ${minutes(n)}.
    `);
    expect(lengths()).toEqual([n * 60]);
  });

  it('with the glaze timer running: the time left, a resume and a cancel each said with a reason', async () => {
    const cook = await cookAt(glaze);
    await cook.say('start the timer');
    const { label, minutes: range } = glaze.step.duration;
    await cook.script(`
      U: how many minutes are left i lost track
      A: The ${label} timer has ${minutes(range.min)} left.
      U: pause the timer
      A: I paused the ${label} timer, with ${minutes(range.min)} left. Say resume the timer when you’re ready.
      U: okay the kids are settled resume the timer
      A: The ${label} timer is running again: ${minutes(range.min)} to go.
      U: kill it the phone rang
      A: Okay, I cancelled the ${label} timer.
    `);
    expect(t.api.timers.size).toBe(0);
  });
});

describe('a timer for the recipe’s own length', () => {
  it('"time it for however long it should rest", after an aside, times the rest', async () => {
    const cook = await cookAt(rest);
    const { label, minutes: range } = rest.step.duration;
    await cook.script(`
      U: the board is ready so could you time it for however long it should rest
      A: ${capital(label)} timer set for ${minutes(range.min)}. When it rings: ${check(rest)} ${BRING_BACK}
    `);
    expect(lengths()).toEqual([range.min * 60]);
  });

  it('"time it for the longest it says", after an aside, sets the glaze’s longest', async () => {
    const cook = await cookAt(glaze);
    const { label, minutes: range } = glaze.step.duration;
    await cook.script(`
      U: i keep stirring so can you time it for the longest it says
      A: The recipe says ${spokenDuration(range)}, so I set the ${label} timer for the longest time, ${minutes(range.max)}. When it rings: ${check(glaze)} ${BRING_BACK}
    `);
    expect(lengths()).toEqual([range.max * 60]);
  });

  it('"a timer matching the longest crisping time" names the wait and its end', async () => {
    const cook = await cookAt(broil.number - 1);
    const { label, minutes: range } = broil.step.duration;
    await cook.script(`
      U: i want a timer matching the longest crisping time
      A: The recipe says ${spokenDuration(range)}, so I set the ${label} timer for the longest time, ${minutes(range.max)}. When it rings: ${check(broil)} ${BRING_BACK}
    `);
    expect(lengths()).toEqual([range.max * 60]);
  });
});
