import { firstStepOfPhase, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, offeredStep, whereAt } from '../helpers/expected';

/**
 * Issue 11, list P's first run (list P is a training list since; these phrasings are this file's own):
 * a hold said with what the cook is doing meanwhile, or with the word doubled; a casual count back
 * ("back about two steps"), which had gone back one; the step before asked as "what did I do before";
 * "repeat this instruction" in a formal frame; "let's actually just start"; where the cook is, asked
 * after a break or when lost; and "the crackling" for the hot finish.
 * Through the real interaction model; expected text from the recipe data.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

describe('a hold with what the cook is doing, or said twice', () => {
  it.each([
    'um i gotta find the salt',
    "i'm measuring out double the salt",
    'okay pause pause',
  ])('"%s" keeps the place, not moving on', async (phrase) => {
    const cook = await cookAt(6);
    await cook.script(`
      U: ${phrase}
      A: ${heldAt(6)}
    `);
  });
});

describe('polite and casual wrappers around a move', () => {
  it('"back about three steps" goes back three, not one', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: back about three steps
      A: ${offeredStep(9)}
    `);
  });

  it('"what did i do before that" reads the step before', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: what did i do before that
      A: ${offeredStep(11)}
    `);
  });

  it('"could you kindly repeat this instruction" reads the current step again', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: could you kindly repeat this instruction
      A: ${offeredStep(4)}
    `);
  });

  it('"let\'s actually just start" from the welcome reads step 1', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: let's actually just start
      A: ${offeredStep(1)}
    `);
  });
});

describe('where am I, after a break or lost', () => {
  it.each([
    "i'm back what was i on",
    "sorry i've forgotten where i was what step is this",
  ])('"%s" tells the place', async (phrase) => {
    const cook = await cookAt(17);
    await cook.script(`
      U: ${phrase}
      A: ${whereAt(17)}
    `);
  });
});

describe('a part named by the cook\'s word', () => {
  it('"jump to the crackling part" goes to the hot finish', async () => {
    const finish = firstStepOfPhase(porkBelly, 'finish')! + 1;
    const cook = await cookAt(11);
    await cook.script(`
      U: jump to the crackling part
      A: ${offeredStep(finish)}
    `);
  });
});
