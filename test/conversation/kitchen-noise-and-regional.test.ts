import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, list L's kinds of moves and timers: the key words as a noisy kitchen's recogniser
 * writes them ("necks step", "re peat that", "where am eye", "cancel the tie mer",
 * interaction-models/source/misheard.ts). Through the real interaction model; the phrasings are
 * this file's own, not a training list's; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const START = new Date('2024-11-02T18:00:00Z');

describe('key words misheard in a noisy kitchen', () => {
  it('"necks one", "re peat it", "where am eye" and "go to stepped seven" move, repeat and place the cook', async () => {
    const cook = await cookAt(3);
    await cook.script(`
      U: necks one please
      A: ${offeredStep(4)}
      U: re peat it
      A: ${offeredStep(4)}
      U: where am eye
      A: ${whereAt(4)}
      U: go to stepped seven
      A: ${offeredStep(7)}
    `);
  });

  it('"start the rest a pea" starts the recipe', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: okay start the rest a pea
      A: ${offeredStep(1)}
    `);
  });

  describe('timer words misheard', () => {
    const timers = timersForEachTest(START);
    const roast = timedStep('slow-roast');

    it('"set a time her for ten minutes" sets ten minutes', async () => {
      const cook = await cookAt(at('rest'), timers.options());
      await cook.script(`
        U: set a time her for ten minutes
        A: Timer set for 10 minutes.
      `);
      expect(timers.lengths()).toEqual([10 * 60]);
    });

    it('"how much time is lift", "paws my timer" and "cancel the tie mer" reach the running timer', async () => {
      const cook = await timers.timing(roast);
      const left = `${roast.step.duration.minutes.min / 60} hours`;
      await cook.script(`
        U: how much time is lift
        A: The ${roast.step.duration.label} timer has ${left} left.
        U: paws my timer
        A: I paused the ${roast.step.duration.label} timer, with ${left} left. Say resume the timer when you’re ready.
        U: cancel the tie mer
        A: Okay, I cancelled the ${roast.step.duration.label} timer.
      `);
      expect(timers.lengths()).toEqual([]);
    });
  });
});
