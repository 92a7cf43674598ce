import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken as speakable } from '../helpers/spoken';
import { NEXT, capital } from '../helpers/expected';

/**
 * A cook's own words in a slot (issue 11, item 2): Alexa sends them as spoken, with no match, and
 * the one resolver finds the recipe thing they name, by other kitchens' words, stems, and a name
 * said among other words; two fits are asked about; nothing in the recipe is said honestly.
 */
const f = factsOf(porkBelly);

describe('a slot holding the cook’s own words', () => {
  it('finds the ingredient named among other words, and other kitchens’ words for it', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: how much sea salt for the rind
      A: ${capital(f.amount('sea-salt'))} of fine sea salt. ${NEXT}
      U: how much bicarbonate of soda goes on the crackling
      A: ${capital(f.amount('baking-soda'))} of baking soda, ${f.note('baking-soda')}. ${NEXT}
    `);
  });

  it('asks which when the words fit two problems about as well, naming both', async () => {
    const cook = await cookAt(16);
    await cook.script(`
      U: what if it went patchy and soapy
      A: Which do you mean: ${speakable(porkBelly.troubleshooting.find((p) => p.id === 'uneven-blistering')!.problem)}, or ${speakable(porkBelly.troubleshooting.find((p) => p.id === 'off-taste')!.problem)}? ${NEXT}
    `);
  });
});
