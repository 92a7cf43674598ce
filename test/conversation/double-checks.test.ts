import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';
import { NEXT, capital } from '../helpers/expected';

/**
 * Issue 11, a cook's own words: a nervous cook double-checks ("just double checking it's only half
 * a teaspoon of baking soda isn't it"), adds a worry after the question ("skin up or skin down I
 * really don't want to get this wrong"), or checks a figure ("is one fifty five too high or is that
 * still okay"). The worry and the tag ask nothing more (lambda/vocabulary/tidy.ts); the answer is
 * the recipe's own, for the cook's place. Expected words come from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);

describe('a double-check or a worry around the question', () => {
  it('"just double checking it’s only half a teaspoon of baking soda isn’t it": the amount', async () => {
    const cook = await cookAt(at('mix-rub').number);
    await cook.script(`
      U: just double checking it's only half a teaspoon of baking soda isn't it
      I: AskYesNoIntent
      A: ${capital(f.amount('baking-soda'))} of ${f.name('baking-soda')}, ${f.note('baking-soda')}. ${NEXT}
    `);
  });

  it('"skin up or skin down i really don’t want to get this wrong": the step’s way up', async () => {
    const cook = await cookAt(at('into-pan').number);
    await cook.script(`
      U: skin up or skin down i really don't want to get this wrong
      A: This step says: ${spoken(at('into-pan').step.text)} ${NEXT}
    `);
  });

  it.each(['can i leave it for a minute to go and set the table', 'can i step away for a sec'])(
    '"%s" under the broiler: the step’s warning',
    async (phrase) => {
      const cook = await cookAt(at('blister').number);
      await cook.script(`
        U: ${phrase}
        A: This step says: ${spoken(at('blister').step.warnings![0]!)} ${NEXT}
      `);
    },
  );
});

describe('a figure checked', () => {
  const check = at('check-temp');
  const target = check.step.internalTemp!.f;
  const minutes = check.step.recheckMinutes!;

  it('"it’s reading one forty five is it undercooked": below the target, keep roasting', async () => {
    const cook = await cookAt(check.number);
    await cook.script(`
      U: it's reading one forty five is it undercooked
      A: 145 degrees Fahrenheit is below the target of ${spokenTemperature(target, 'F')}, so keep roasting.
      A: Check again in ${minutes} minutes. Shall I set a ${minutes} minute timer?
    `);
  });

  it('"what’s the oven again is it two seventy or": the oven’s setting for this step', async () => {
    const preheat = at('preheat-low');
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: what's the oven again is it two seventy or
      A: For the ${preheat.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});
