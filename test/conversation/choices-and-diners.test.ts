import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { NEXT } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Two kinds of question said with no question word in front (lists A to H's failures, as classes):
 * a choice of two, where "or" and the recipe's other way is all that makes it a question ("tent it
 * loosely or tightly"), and a question whose reason comes first, someone at the table who can't
 * have something ("my sister can't have dairy what about the butter"). Through the real interaction
 * model; the phrasings are this file's own; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;
/** The step's own sentence that answers, as the skill reads a step's instruction back. */
const says = (stepId: string) => `This step says: ${spoken(firstSentence(f.step(stepId).step.text))} ${NEXT}`;

describe('a choice of two, without a question word', () => {
  it('the recipe\'s own way is said back, whichever comes first', async () => {
    const rest = await cookAt(f.step('rest').number);
    await rest.script(`
      U: tent it loosely or tightly
      A: ${says('rest')}
      U: um the foil tight or loose
      A: ${says('rest')}
    `);
    const butter = await cookAt(f.step('finish-glaze').number);
    await butter.script(`
      U: whisk the butter in on the heat or off the heat
      A: ${says('finish-glaze')}
    `);
    const fridge = await cookAt(f.step('refrigerate').number);
    await fridge.script(`
      U: in the fridge covered or uncovered
      A: ${spoken(firstSentence(f.step('refrigerate').step.text))} ${NEXT}
    `);
  });

  it('"or" with something the recipe never offers is not taken as a choice', async () => {
    const cook = await cookAt(f.step('rest').number);
    // Not a choice the recipe makes: the fallback, with the cook's place kept.
    await cook.script(`
      U: tea or coffee
      A: Sorry, I didn’t get that. You’re on step ${f.step('rest').number}. Say set a timer, or next when you’re done.
    `);
  });
});

describe('someone at the table who can\'t have something, then the question', () => {
  it('a dislike or an allergy first, then whether it is needed or what goes instead', async () => {
    const cook = await cookAt(f.step('combine-glaze').number);
    await cook.script(`
      U: my friend hates ginger do i have to use it
      A: The ${f.name('ginger')} is optional. It ${f.purpose('ginger')}. ${NEXT}
    `);
    const butter = await cookAt(f.step('finish-glaze').number);
    const swap = f.ingredient('butter').alternatives![0]!;
    await butter.script(`
      U: my mum can't have dairy what goes in instead of the butter
      A: Instead of ${f.name('butter')}, you can use ${f.alternative('butter')}, ${swap.reason}. The ${f.name('butter')} is optional, too. ${NEXT}
    `);
  });
});
