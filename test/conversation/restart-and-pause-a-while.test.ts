import { cookAt } from '../helpers/ask';
import { offeredStep } from '../helpers/expected';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, two wrong answers list M's first run found (its phrasings are not used here): "let's
 * start from the very beginning" said mid-recipe answered with the current step, as "start" does,
 * where the cook asked to start again; and "stop it for a bit" with a timer running cancelled the
 * timer, where the cook asked only for a pause; and Filipino English's "close the timer" (switch it
 * off) told the time left. Through the real interaction model.
 */
describe('start again from the very beginning, mid-recipe', () => {
  it('"can we start from the very beginning" at step 20 goes to step 1, not back to step 20', async () => {
    const cook = await cookAt(20);
    await cook.script(`
      U: oh no can we start from the very beginning
      A: ${offeredStep(1)}
    `);
  });

  it('"let\'s start at the very beginning" before the first step still starts it', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: let's start at the very beginning
      A: ${offeredStep(1)}
    `);
  });
});

describe('a timer stopped for a while is paused, not cancelled', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const roast = timedStep('slow-roast');

  it('"stop it for a minute" pauses the running timer and keeps it; "stop it" alone still cancels', async () => {
    const cook = await timers.timing(roast);
    const left = `${roast.step.duration.minutes.min / 60} hours`;
    await cook.script(`
      U: stop it for a minute
      A: I paused the ${roast.step.duration.label} timer, with ${left} left. Say resume the timer when you’re ready.
    `);
    expect(timers.lengths()).toEqual([roast.step.duration.minutes.min * 60]);
    await cook.script(`
      U: stop it
      A: Okay, I cancelled the ${roast.step.duration.label} timer.
    `);
    expect(timers.lengths()).toEqual([]);
  });
});

describe('Filipino English timer verbs', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const roast = timedStep('slow-roast');

  it('"stop first my timer" pauses it and "please close my timer" cancels it, never only telling the time left', async () => {
    const cook = await timers.timing(roast);
    const left = `${roast.step.duration.minutes.min / 60} hours`;
    await cook.script(`
      U: stop first my timer
      A: I paused the ${roast.step.duration.label} timer, with ${left} left. Say resume the timer when you’re ready.
      U: please close my timer
      A: Okay, I cancelled the ${roast.step.duration.label} timer.
    `);
    expect(timers.lengths()).toEqual([]);
  });
});
