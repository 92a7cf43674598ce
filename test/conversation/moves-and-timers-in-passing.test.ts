import { allSteps, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, offeredStep as offered, whereAt } from '../helpers/expected';
import { spoken } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Moves and timer requests said in passing (list J's kinds): a step by its number alone or its
 * ordinal after "go to", the step after one the words name, a hold of "half a sec" or "a tick" with why; a timer with more said after its length, a length
 * corrected ("make it ten minutes"), other verbs for pause, cancel and the time left, and "time"
 * as a verb only when said first, so a question about the roast's time stays a question. The
 * phrasings are this file's own, none from a list.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

const steps = allSteps(porkBelly);
/** The number of the one step whose text says these words, from the recipe data. */
function says(text: string): number {
  const found = steps.filter((p) => p.step.text.toLowerCase().includes(text.toLowerCase()));
  if (found.length !== 1) throw new Error(`${found.length} steps say "${text}"`);
  return found[0]!.number;
}

describe('moves said in passing', () => {
  it.each([
    [20, 'take me back to eighteen', 18],
    [3, 'skip to the twenty second step', 22],
    [12, 'go back to the fourth one', 4],
  ])('at step %i, "%s" reads step %i', async (at, phrase, n) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offered(n)}
    `);
  });

  it('the step after the one the words name, and the step after or before this one', async () => {
    const glazeSimmer = says('gentle simmer');
    const cook = await cookAt(3);
    await cook.script(`
      U: what comes after the gentle simmer
      A: ${offered(glazeSimmer + 1)}
      U: what's coming up next after this one
      A: ${offered(glazeSimmer + 2)}
      U: go back to the part before this one
      A: ${offered(glazeSimmer + 1)}
    `);
  });

  it('"where are we in this whole recipe" says the place', async () => {
    const cook = await cookAt(17);
    await cook.script(`
      U: where are we in this whole recipe
      A: ${whereAt(17)}
    `);
  });

  it.each(['wait half a sec', 'hold on a tick the dog wants out'])('"%s" keeps the place', async (phrase) => {
    const cook = await cookAt(6);
    await cook.script(`
      U: ${phrase}
      A: ${heldAt(6)}
    `);
  });
});

describe('timers said in passing', () => {
  const t = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const roast = timedStep('slow-roast');
  const lengths = t.lengths;

  it.each([
    ["set it for five minutes yeah i'll look then", 5 * 60, '5 minutes'],
    ['timer for a couple of hours', 2 * 3600, '2 hours'],
    ['set a timer for a quarter of an hour no wait make it three minutes', 3 * 60, '3 minutes'],
    ['can you time one hour', 3600, '1 hour'],
    ['do a forty minute timer', 40 * 60, '40 minutes'],
  ])('"%s" sets the length said last', async (phrase, seconds, heard) => {
    const cook = await cookAt(3, t.options());
    await cook.script(`
      U: ${phrase}
      A: Timer set for ${heard}.
    `);
    expect(lengths()).toEqual([seconds]);
  });

  it('with the roast timer running: the time left, a pause and a cancel in other words', async () => {
    const cook = await cookAt(roast.number, t.options());
    await cook.say('start the timer');
    const { label } = roast.step.duration;
    const left = `${roast.step.duration.minutes.min / 60} hours`;
    await cook.script(`
      U: how many more minutes for the timer
      A: The ${label} timer has ${left} left.
      U: suspend the timer while i baste it
      A: I paused the ${label} timer, with ${left} left. Say resume the timer when you’re ready.
      U: resume the timer
      A: The ${label} timer is running again: ${left} to go.
      U: remove the timer already
      A: Okay, I cancelled the ${label} timer.
    `);
    expect(t.api.timers.size).toBe(0);
  });

  it('"is the roast time two hours right" is a question about the roast, not a timer', async () => {
    const cook = await cookAt(roast.number, t.options());
    const firstSentence = roast.step.text.split('. ')[0]!;
    await cook.script(`
      U: is the roast time two hours right
      A: ${spoken(`${firstSentence}.`)} ${NEXT}
    `);
    expect(t.api.timers.size).toBe(0);
  });
});
