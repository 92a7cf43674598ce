import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * A cook making several dishes at once (issue 11): a request said after an aside about another
 * dish, its oven, its temperature or its time. The skill answers the request about the pork, never
 * the aside's figures or foods (lambda/vocabulary/asides.ts; handlers/questions/open.ts for a
 * question, handlers/conversation/aside.ts for a request). Expected text is the recipe's.
 */
const f = factsOf(porkBelly);
const firstSentence = (text: string) => text.split(/(?<=[.!?:])\s+(?=[A-Z])/)[0] ?? text;

describe('a question after an aside about another dish', () => {
  it('answers what the pork needs at the cook’s step, not the other oven’s temperature', async () => {
    const preheat = f.step('preheat-low');
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: the turkey's in the other oven at four hundred what does the pork need
      A: This step says: ${spoken(preheat.step.text)} ${NEXT}
    `);
  });

  it('answers the pork’s reading, not the other meat’s', async () => {
    const check = f.step('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: the lamb's reading one forty what should the pork be reading
      A: About ${f.insideF('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });

  it('answers a question about the recipe’s own things after a “while I” aside', async () => {
    const pat = f.step('pat-dry');
    const cook = await cookAt(2);
    await cook.script(`
      U: while i chop the onions what do i use to pat the skin dry
      A: Step ${pat.number} says: ${spoken(pat.step.text)} ${NEXT}
    `);
  });

  it('answers what heat the glaze wants, whatever ring the gravy is on', async () => {
    const combine = f.step('combine-glaze');
    const cook = await cookAt(combine.number);
    await cook.script(`
      U: the gravy's on the back ring what heat does the glaze go on
      A: This step says: ${spoken(combine.step.text)} ${NEXT}
    `);
  });

  it('answers in the scale the cook spoke of the other dish in', async () => {
    const preheat = f.step('preheat-low');
    const roast = f.step('slow-roast');
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: my potatoes are at two twenty celsius what temperature does the pork roast at
      A: For the ${roast.phase.shortName}: ${f.ovenC('preheat-low')}. ${NEXT}
    `);
  });

  it('reads the whole statement when the question after it names nothing of the recipe', async () => {
    const score = f.step('score');
    const cook = await cookAt(score.number);
    await cook.script(`
      U: i'm terrified of cutting too deep how far down do i go
      A: This step says: ${spoken(firstSentence(score.step.text))} ${NEXT}
    `);
  });
});

describe('a request after an aside about another dish', () => {
  it('reads the step again while the cook bastes something else', async () => {
    const cook = await cookAt(16);
    await cook.script(`
      U: while i baste the chicken read that step again
      A: ${offeredStep(16)}
    `);
  });

  it('holds while a pan boils over', async () => {
    const cook = await cookAt(7);
    await cook.script(`
      U: the potatoes are boiling over give me a minute
      A: ${heldAt(7)}
    `);
  });

  it('goes to the step the words name after an aside', async () => {
    const cook = await cookAt(9);
    await cook.script(`
      U: the ham's glazing skip to taking it out of the fridge
      A: ${offeredStep(10)}
    `);
  });

  it('says where the cook is with the pork', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: i was stirring the soup where am i with the pork
      A: ${whereAt(12)}
    `);
  });

  it('ends with the place kept when the cook says that is all after an aside', async () => {
    const cook = await cookAt(24);
    await cook.script(`
      U: the gravy's done that's all thanks
      A: I’ve kept your place at step 24. Happy cooking!
    `);
  });
});
