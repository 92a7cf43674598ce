import { allIngredients, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { NEXT } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Issue 11: "is it {diet}" is a sample of the diet question, and it carries any sentence that
 * starts "is it": "is it safe to leave the pork sitting out", "is it that i should rotate the pan"
 * (Nigerian English for "should i"). List M's first run found such questions answered "The recipe
 * doesn't give a version for that" (its phrasings are not used here). A sentence is now answered as
 * the yes-or-no question it is; a diet the recipe has no swap for is still said so. Expected text
 * comes from the recipe data.
 */
const f = factsOf(porkBelly);
const sentences = (text: string) => text.split(/(?<=[.!?:])\s+(?=[A-Z])/);
const diets = [...new Set(allIngredients(porkBelly).flatMap((i) => (i.alternatives ?? []).flatMap((a) => (a.diet ? [a.diet] : []))))];

describe('"is it ..." said as a question, not a diet', () => {
  it('"is it that i should turn the pan round" at the blistering step answers with the step\'s rotating', async () => {
    const blister = f.step('blister');
    const rotate = sentences(blister.step.text).find((s) => s.startsWith('Rotate'));
    expect(rotate).toBeDefined();
    const cook = await cookAt(blister.number);
    await cook.script(`
      U: is it that i should turn the pan round
      A: This step says: ${rotate} ${NEXT}
    `);
  });

  it('"is it safe to leave the pork sitting out on the bench" at the tempering step answers with how long it sits out', async () => {
    const temper = f.step('temper');
    const cook = await cookAt(temper.number);
    await cook.script(`
      U: is it safe to leave the pork sitting out on the bench
      A: ${spoken(temper.step.text)} ${NEXT}
    `);
  });

  it('a diet the recipe has no swap for is still said so, naming the swaps it has', async () => {
    expect(diets).toEqual(['gluten-free', 'dairy-free']);
    const cook = await cookAt(5);
    await cook.script(`
      U: is it keto friendly
      A: The recipe doesn’t give a version for that. It gives swaps for ${diets.join(' and ')}. ${NEXT}
    `);
  });
});
