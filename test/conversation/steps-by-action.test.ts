import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { offeredStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * Issue 11, a step named by what happens in it: "where it goes into the fridge", "where you crank
 * the heat up", "where I put it in the tin", "where does the foil come in". The cook's words for an
 * action are read as the recipe's verb (lambda/vocabulary/en/actions.ts) and weighed with the step's
 * other words (handlers/step-by-words.ts); the step is read as any move reads it. The phrasings are
 * this file's own, not a held-out list's; the expected steps come from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;

describe('a step named by its action', () => {
  it.each([
    ['take me to the step where it goes into the fridge', 'pat-dry', 'refrigerate'],
    ['skip to where you crank the heat up', 'oil-meat', 'heat-high'],
    ['go back to where i put it in the tin', 'blister', 'into-pan'],
    ['take me to where you switch the oven on', 'temper', 'preheat-low'],
  ])('"%s" (at %s) is the step %s', async (phrase, from, to) => {
    const cook = await cookAt(at(from));
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(at(to))}
    `);
  });

  it('"where does the foil come in": the step that uses it', async () => {
    const cook = await cookAt(at('take-out'));
    await cook.script(`
      U: where does the foil come in
      I: GoToWordsIntent
      A: ${offeredStep(at('rest'))}
    `);
  });

  it('"what do I do after that": the next step', async () => {
    const cook = await cookAt(at('season-meat'));
    await cook.script(`
      U: okay and what do i do after that
      A: ${offeredStep(at('oil-meat'))}
    `);
  });
});
