import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';
import { NEXT } from '../helpers/expected';

/**
 * A terse power user (issue 11): bare keywords, no question words ("roast duration", "oil type",
 * "temperature celsius", "slice thickness", "temp and time"). The keyword said last is the carrier
 * (a sample needs a content word besides its phrase slot), and the answer is the recipe's, for the
 * cook's step when the keyword is about it. Expected text is the recipe's.
 */
const f = factsOf(porkBelly);
const START = 'When you’re ready, say start.';

describe('a keyword said after what it is of', () => {
  it('answers a duration, a timing and a weight', async () => {
    const roast = f.step('slow-roast');
    const rest = f.step('rest');
    const cook = await cookAt(roast.number);
    await cook.script(`
      U: roast duration
      A: ${spoken(roast.step.text.split('. ')[0]!)}. ${NEXT}
    `);
    const resting = await cookAt(rest.number);
    await resting.script(`
      U: rest timing
      A: ${spoken(rest.step.text.split('. ')[0]!)}. ${NEXT}
    `);
    const fresh = await cookAt();
    const pork = f.ingredient('pork-belly');
    await fresh.script(`
      U: pork belly weight
      A: ${f.amount('pork-belly')} of ${pork.name}, ${spoken(pork.note!)}. ${START}
    `);
  });

  it('answers the temperature in the scale said last, for the cook’s step', async () => {
    const preheat = f.step('preheat-low');
    const check = f.step('check-temp');
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: oven temp celsius
      A: For the ${preheat.phase.shortName}: ${f.ovenC('preheat-low')}. ${NEXT}
    `);
    const checking = await cookAt(check.number);
    await checking.script(`
      U: target celsius
      A: About ${spokenTemperature(check.step.internalTemp!.c, 'C')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!, 'metric')} ${NEXT}
    `);
  });

  it('answers a length from the sentence of the step that gives it', async () => {
    const heat = f.step('heat-high');
    const slice = f.step('slice');
    const cook = await cookAt(heat.number);
    await cook.script(`
      U: broiler distance
      A: This step says: ${spoken(heat.step.text.split('. ')[1]!)} ${NEXT}
    `);
    const slicing = await cookAt(slice.number);
    await slicing.script(`
      U: slice thickness
      A: This step says: ${spoken(slice.step.text.split('. ')[1]!)} ${NEXT}
    `);
  });

});
