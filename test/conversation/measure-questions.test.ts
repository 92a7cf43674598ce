import { allSteps, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { NEXT } from '../helpers/expected';

/**
 * A question that asks for a measure gets that measure (issue 11): "how long" is answered with a
 * length and "what temperature" with a temperature, even when the question's other words are the
 * words of another fact ("in the oven on the low heat" are the oven setting's words). A confident
 * answer of the wrong kind is the worst answer a cook can get. Expected text comes from the recipe.
 */
const f = factsOf(porkBelly);
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
const roastFor = spoken(firstSentence(step('slow-roast').step.text));

describe('a question for a measure is answered with that measure', () => {
  it('answers "how long" about the oven with the roast’s length, not the oven’s setting', async () => {
    const cook = await cookAt(step('slow-roast').number);
    await cook.script(`
      U: how long's it in the oven on the low heat
      A: ${roastFor} ${NEXT}
      U: how long's it in the oven on the low temperature
      A: ${roastFor} ${NEXT}
    `);
  });

  it('answers "what temperature" with the oven’s setting, not the reason a word like "need" hints at', async () => {
    const preheat = step('preheat-low');
    const cook = await cookAt(step('into-pan').number);
    await cook.script(`
      U: what temperature does the oven need to be for the first roast
      A: For the ${preheat.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
      U: what temperature does the oven have to be for the slow roast
      A: For the ${preheat.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });

  it('answers a length asked in a question’s own form inside a temperature carrier ("after how long")', async () => {
    const cook = await cookAt(step('slow-roast').number);
    await cook.script(`
      U: after how long should i start checking the temperature
      A: ${roastFor} ${NEXT}
    `);
  });
});
