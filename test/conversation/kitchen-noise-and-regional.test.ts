import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { capital, heldAt, offeredStep, TOTAL, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken, spokenDuration } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, list L's kinds of moves and timers: the key words as a noisy kitchen's recogniser
 * writes them ("necks step", "re peat that", "where am eye", "cancel the tie mer",
 * interaction-models/source/misheard.ts); a chef's words without verbs ("kill timer", "say again
 * chef", "we're eighty six on this one close it out"); Irish, Australian, elderly and Indian English
 * ("grand so let's get going will we", "chuck us back to the last step", "dear ...", "kindly ...
 * only"); and the request said last after narration. Through the real interaction model; the
 * phrasings are this file's own, not a training list's; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const START = new Date('2024-11-02T18:00:00Z');
const BRING_BACK = `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;

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

describe('back to the last step is the step before', () => {
  it('"chuck us back to the last step" and "bring me back to the last step" go back one, never to the recipe\'s last', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: chuck us back to the last step
      A: ${offeredStep(12)}
      U: bring me back to the last step
      A: ${offeredStep(11)}
    `);
  });

  it('"i\'ve whisked it but i forgot what came before that" goes back one', async () => {
    const cook = await cookAt(at('finish-glaze'));
    await cook.script(`
      U: i've whisked the butter in but i forgot what came before that
      A: ${offeredStep(at('finish-glaze') - 1)}
    `);
  });
});

describe("a chef's words", () => {
  it('"let\'s fire" starts, "say again chef" repeats, "hold on that" holds', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: let's fire
      A: ${offeredStep(1)}
      U: say again chef
      A: ${offeredStep(1)}
      U: hold on that
      A: ${heldAt(1)}
    `);
  });

  it('"we\'re eighty six on this one close it out" ends the session with the place kept', async () => {
    const cook = await cookAt(TOTAL);
    const [bye] = await cook.script(`
      U: we're eighty six on this one close it out
      A: I’ve kept your place at step ${TOTAL}. Happy cooking!
    `);
    expect(bye?.sessionEnded).toBe(true);
  });

  describe('timers', () => {
    const timers = timersForEachTest(START);
    const rest = timedStep('rest');
    it('"kill timer" cancels; "ten minute rest timer" sets the rest timer for ten minutes, no question about a timer of that name', async () => {
      const cook = await cookAt(rest.number, timers.options());
      const d = rest.step.duration;
      await cook.script(`
        U: ten minute rest timer
        A: ${capital(d.label)} timer set for 10 minutes, as you asked. The recipe says ${spokenDuration(d.minutes)}. When it rings: ${spoken(d.check!)} ${BRING_BACK}
      `);
      expect(timers.lengths()).toEqual([10 * 60]);
      // The offer to come back answered, as a cook does before the next request.
      await cook.say('yes');
      await cook.script(`
        U: kill timer
        A: Okay, I cancelled the ${rest.step.duration.label} timer.
      `);
      expect(timers.lengths()).toEqual([]);
    });
  });
});

describe('Irish, elderly and Indian English', () => {
  it('"grand so let\'s get going will we" starts; "kindly go to the first step only" goes to step 1', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: grand so let's get going will we
      A: ${offeredStep(1)}
    `);
    const later = await cookAt(20);
    await later.script(`
      U: kindly go to the first step only
      A: ${offeredStep(1)}
    `);
  });

  it('"go back to the very start dear my mother always said ..." goes to step 1; "that\'s lovely dear i\'ll stop now" ends', async () => {
    const cook = await cookAt(15);
    await cook.script(`
      U: go back to the very start dear my mother always said read a recipe twice
      A: ${offeredStep(1)}
    `);
    const last = await cookAt(TOTAL);
    const [bye] = await last.script(`
      U: that's lovely dear i'll stop now
      A: I’ve kept your place at step ${TOTAL}. Happy cooking!
    `);
    expect(bye?.sessionEnded).toBe(true);
  });

  describe('timers', () => {
    const timers = timersForEachTest(START);
    const roast = timedStep('slow-roast');
    it('"dear what was that timer at again i didn\'t hear you" and "... how long is left on that timer anyway" say the time left', async () => {
      const cook = await timers.timing(roast);
      const left = `The ${roast.step.duration.label} timer has ${roast.step.duration.minutes.min / 60} hours left.`;
      await cook.script(`
        U: dear what was that timer at again i didn't hear you
        A: ${left}
        U: the kids want a snack so how long is left on that timer anyway
        A: ${left}
        U: there isn't much time left on that is there
        A: ${left}
        U: how long left on the clock
        A: ${left}
      `);
    });
  });
});

describe('the request said last, after narration', () => {
  it('"... so we\'re done here" ends; "... so can you go over that step again" reads the step', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: my mum rang about sunday lunch so can you go over that step again
      A: ${offeredStep(13)}
    `);
    const last = await cookAt(TOTAL);
    const [bye] = await last.script(`
      U: plates are out and everyone's eating so we're done here
      A: I’ve kept your place at step ${TOTAL}. Happy cooking!
    `);
    expect(bye?.sessionEnded).toBe(true);
  });

  it('"... so just hang on a second while i do that" holds the place, never moves on', async () => {
    const cook = await cookAt(17);
    await cook.script(`
      U: it looks amazing and i want a photo first so just hang on a second while i do that
      A: ${heldAt(17)}
    `);
  });

  describe('timers', () => {
    const timers = timersForEachTest(START);
    const finish = timedStep('blister');
    it('"... i don\'t think i need that timer anymore you can cancel it" cancels the timer and keeps the step', async () => {
      const cook = await timers.timing(finish);
      await cook.script(`
        U: the skin has puffed up already so i don't think i need that timer anymore you can cancel it
        A: Okay, I cancelled the ${finish.step.duration.label} timer.
      `);
      expect(timers.lengths()).toEqual([]);
      await cook.script(`
        U: where am i
        A: ${whereAt(finish.number)}
      `);
    });

    it("\"don't let the timer keep going while i'm out pause it\" pauses it", async () => {
      const roast = timedStep('slow-roast');
      const cook = await timers.timing(roast);
      await cook.script(`
        U: don't let the timer keep going while i'm out pause it
        A: I paused the ${roast.step.duration.label} timer, with ${roast.step.duration.minutes.min / 60} hours left. Say resume the timer when you’re ready.
      `);
    });
  });
});
