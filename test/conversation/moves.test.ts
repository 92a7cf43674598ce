import { allSteps, porkBelly } from '../../lambda/recipe';
import { heldAt, offeredStep as offered, phaseName, TOTAL } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

/**
 * Moves in the cook's own words (issue 11): a step named by what it says or by its printed part,
 * plain moves in other Englishes and word orders, and a hold with its reason said after it. The
 * phrasings are this file's own, not a held-out list's.
 */

/** The number of the one step whose text says these words, from the recipe data. */
function says(text: string): number {
  const found = allSteps(porkBelly).filter((p) => p.step.text.toLowerCase().includes(text.toLowerCase()));
  if (found.length !== 1) throw new Error(`${found.length} steps say "${text}"`);
  return found[0]!.number;
}
const first = (phase: string) => allSteps(porkBelly).find((p) => p.phase.id === phase)!.number;

async function cookAt(n: number): Promise<TestCook> {
  const cook = new TestCook();
  await cook.say('open crispy pork belly');
  await cook.say(`go to step ${n}`);
  return cook;
}

describe('a step named by what it says', () => {
  it.each([
    [14, 'take me back to the bit about preheating the oven', 'Preheat the oven'],
    [20, 'sorry I missed the part about the foil', 'Tent loosely with foil'],
    [6, 'what did it say about seasoning the meat', 'Season the meat side'],
    [12, 'what did it say about the oven', 'Preheat the oven'],
    [2, 'skip on down to where you whisk in the butter', 'whisk in the butter'],
    [22, 'the foil one again', 'Tent loosely with foil'],
  ])('at step %i, "%s" reads the step that says "%s"', async (at, phrase, text) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offered(says(text))}
    `);
  });

  it('a part by its printed number or its name, with the cook’s own words around it', async () => {
    const cook = await cookAt(3);
    await cook.script(`
      U: go to the start of section five
      A: ${offered(first('glaze'))}
      U: the bit in section four about turning the oven up
      A: ${offered(says('Increase the oven temperature'))}
      U: start me again from the drying
      A: ${offered(first('dry'))}
      U: to slice and serve
      A: ${offered(first('serve'))}
    `);
  });

  it('words that name no step are answered, and the place is kept', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: go back to where it says helicopter
      I: GoToWordsIntent
      A: I couldn’t find a step that says that. Say a step number from 1 to ${TOTAL}, or a part: ${porkBelly.phases.map((p) => p.shortName).join(', ')}.
      U: where am I
      A: You’re on step 4 of ${TOTAL}, in the ${phaseName('prep')}. ${TOTAL - 4} steps left after this one.
    `);
  });
});

describe('plain moves in other Englishes and word orders', () => {
  it.each([
    [10, 'go on back one for me', 9],
    [10, 'scoot back a step', 9],
    [10, 'what\'s the one before of this', 9],
    [10, 'go on ahead now', 11],
  ])('at step %i, "%s" reads step %i', async (at, phrase, to) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offered(to)}
    `);
  });

  it('"which step we are on now" says where the cook is', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: which step we are on now
      A: You’re on step 12 of ${TOTAL}, in the ${phaseName('roast')}. ${TOTAL - 12} steps left after this one.
    `);
  });

  it('"we start now" starts, and "it\'s finished for me bye" ends with the place kept', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.script(`
      U: we start now
      A: ${offered(1)}
    `);
    const end = await cook.say('it\'s finished for me bye');
    expect(end.sent).toBe('AMAZON.StopIntent');
    expect(end.sessionEnded).toBe(true);
  });
});

describe('a hold with its reason', () => {
  it.each(['just a minute I\'m looking for the foil', 'hold on I need to wash my hands', 'hang on the phone', 'the oven\'s warming I\'ll wait till it\'s hot'])(
    '"%s" keeps the place',
    async (phrase) => {
      const cook = await cookAt(11);
      await cook.script(`
        U: ${phrase}
        A: ${heldAt(11)}
        U: next
        A: ${offered(12)}
      `);
    },
  );
});
