import { allSteps, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, offeredStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * Issue 11, a cook's own words for moves: the step read again however it is asked ("what did it
 * just say", "read me that one again"), a step named by what it is for ("the resting step", "go to
 * seasoning the glaze"), and moves said with a reason or a correction ("sorry
 * i was on the wrong one go to step twenty", "we're eating now bye"). The phrasings are this file's
 * own, not a held-out list's; the steps and their words come from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const LAST = allSteps(porkBelly).length;
/** A step moved to, with the recipe's last step closing the recipe. */
const heardAt = (n: number) => (n === LAST ? `${offeredStep(n)} That’s the last step. Enjoy your ${porkBelly.title}!` : offeredStep(n));

describe('the step read again, however it is asked', () => {
  it.each([
    'wait what did it just say',
    'read me that one again',
    'repeat the current instruction',
    'say this one again for me',
    'what did that just say',
  ])('"%s" reads the step again', async (phrase) => {
    const cook = await cookAt(at('oil-meat'));
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(at('oil-meat'))}
    `);
  });

  it('"found it carry on" is the next step', async () => {
    const cook = await cookAt(at('heat-high'));
    await cook.script(`
      U: right found it carry on
      A: ${offeredStep(at('heat-high') + 1)}
      U: okay got it keep going
      A: ${offeredStep(at('heat-high') + 2)}
    `);
  });
});

describe('a step named by what it is for', () => {
  it.each([
    // The step that rests, not the glaze step that starts "while the pork rests".
    ['go back to the resting step', 'brush-glaze', 'rest'],
    ['could you go back to the resting one', 'combine-glaze', 'rest'],
    ['take me to the step where it rests', 'season-glaze', 'rest'],
    // A part named by one of its words is the part, at its first step.
    ['jump to serving', 'combine-glaze', 'slice'],
    // A part named with what happens in it: that step of the part.
    ['go to seasoning the glaze', 'combine-glaze', 'season-glaze'],
  ])('"%s" (at %s) is the step %s', async (phrase, from, to) => {
    const cook = await cookAt(at(from));
    await cook.script(`
      U: ${phrase}
      A: ${heardAt(at(to))}
    `);
  });
});

describe('a step skipped by what it does', () => {
  it.each([
    ['skip the preheat step', 'temper', 'into-pan'],
    ["let's skip past the tempering step", 'temper', 'preheat-low'],
  ])('"%s" (at %s) goes on to %s', async (phrase, from, to) => {
    const cook = await cookAt(at(from));
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(at(to))}
    `);
  });
});

describe('moves with a reason or a correction', () => {
  it.each([
    ['sorry i was on the wrong one go to step twenty', 'finish-glaze', 20],
    ['oops wrong one go to step six', 'score', 6],
  ])('"%s" (at %s) goes to step %d', async (phrase, from, to) => {
    const cook = await cookAt(at(from));
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(to)}
    `);
  });

  it('"wait go back to the last one" when finished is the last step', async () => {
    const cook = await cookAt(LAST);
    await cook.say('next');
    await cook.script(`
      U: wait go back to the last one
      A: ${heardAt(LAST)}
    `);
  });

  it.each(["hold on i'm figuring out their oven", "hang on i'm still looking for the foil"])('"%s" keeps the place', async (phrase) => {
    const cook = await cookAt(at('preheat-low'));
    await cook.script(`
      U: ${phrase}
      A: ${heldAt(at('preheat-low'))}
    `);
  });

  it.each(["we're eating now bye", "we're all sitting down now goodbye"])('"%s" ends the session as "stop" does', async (phrase) => {
    const stopped = await (await cookAt(LAST)).say('stop');
    const end = await (await cookAt(LAST)).say(phrase);
    expect(stopped.sessionEnded).toBe(true);
    expect({ speech: end.speech, ended: end.sessionEnded }).toEqual({ speech: stopped.speech, ended: true });
  });
});
