import { porkBelly, problems } from '../../lambda/recipe';
import { speakable } from '../../lambda/speech';
import { cookAt } from '../helpers/ask';
import { capital, heldAt, NEXT, offeredStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * A cook who talks before asking (issue 11): a long sentence of narration or reasons with the request
 * at its end ("... so i guess what i'm asking is how much", "... and i was wondering if you could
 * tell me how long"), last time said first ("last time the crackling went chewy what did i do
 * wrong"), and their own kitchen said first ("my mum's oven only shows celsius what do i set it
 * to"). None of these sentences is in a phrase list: each is a new phrasing of a kind. On a device a
 * statement's carrier ("I'm", "last time", "my mum's oven") chooses TellIntent and its phrase slot
 * carries the rest; the skill reads the request at the end (lambda/vocabulary/asides.ts questionAtEnd,
 * requestInAside). Expected text is the recipe's.
 */
const f = factsOf(porkBelly);

describe('a question at the end of a long sentence', () => {
  it('answers how long at the cook’s step after an errand and “i was wondering if you could tell me”', async () => {
    const roast = f.step('slow-roast');
    const cook = await cookAt(roast.number);
    await cook.script(`
      U: i'm about to pop out to the shops for a bit and i was wondering if you could tell me how long it stays in there
      A: Roast for ${f.time('slow-roast')}. ${NEXT}
    `);
  });

  it('answers the ingredient the narration named when the question after “my question is” names none', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: i'm about to mix the rub and my neighbour says too much baking soda makes it bitter so my question is how much do i actually put on
      A: ${capital(f.amount('baking-soda'))} of ${f.name('baking-soda')}, ${f.note('baking-soda')}. ${NEXT}
    `);
  });
});

describe('a move at the end of a long sentence', () => {
  it('stops for the night after the cook says where the pork is', async () => {
    const cook = await cookAt(9);
    await cook.script(`
      U: it's all wrapped up in the fridge and i'm heading to bed soon so just stop for now
      A: I’ve kept your place at step 9. Happy cooking!
    `);
  });

  it('holds while the oven warms and the dog is walked', async () => {
    const cook = await cookAt(11);
    await cook.script(`
      U: the oven's going to need a while to warm up and the dog wants walking so can you just hold on
      A: ${heldAt(11)}
    `);
  });

  it('moves on when the narration ends “so what’s the one after that”', async () => {
    const cook = await cookAt(21);
    await cook.script(`
      U: i've whisked the butter through and it's gone all glossy so what's the one after that
      A: ${offeredStep(22)}
    `);
  });
});

describe('last time, or the cook’s own kitchen, said first', () => {
  it('answers what went wrong last time from the recipe’s advice for soft crackling', async () => {
    const soft = problems(porkBelly).find((p) => p.id === 'soft-crackling')!;
    const cook = await cookAt(16);
    await cook.script(`
      U: last time the crackling went chewy what did i do wrong
      A: If ${soft.problem}: ${capital(speakable(soft.advice))} ${NEXT}
    `);
  });

  it('answers in celsius for a mum’s oven that shows only celsius', async () => {
    const roast = f.step('slow-roast');
    const cook = await cookAt(f.step('preheat-low').number);
    await cook.script(`
      U: my mum's oven only shows celsius what do i set it to
      A: For the ${roast.phase.shortName}: ${f.ovenC('preheat-low')}. ${NEXT}
    `);
  });
});
