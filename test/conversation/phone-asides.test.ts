import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { capital, heldAt, NEXT } from '../helpers/expected';

/**
 * A cook on the phone or talking to someone else, and a family cooking together. Backchannel and
 * call asides ("mm hmm", "uh huh", "sorry go on", "one sec", "hold on") said before, after or
 * around a request are taken off it (interaction-models/source/fillers.ts as lead-ins and tails;
 * lambda/vocabulary/tidy.ts from a slot's words); a hold said with its reason keeps the place;
 * "we" asks what "I" asks; a child's words for the recipe's things are the recipe's. Expected text
 * is the recipe's.
 */
const f = factsOf(porkBelly);
const firstSentence = (text: string) => text.split(/(?<=[.!?:])\s+(?=[A-Z])/)[0] ?? text;

describe('a request with call asides around it', () => {
  it('answers after backchannel said before the question', async () => {
    const cook = await cookAt(7);
    await cook.script(`
      U: mm hmm okay what do i rub it in with
      A: This step says: ${spoken(f.step('rub-skin').step.text)} ${NEXT}
    `);
  });

  it('answers when the cook tells someone else to go on after the question', async () => {
    const cook = await cookAt(14);
    await cook.script(`
      U: what temperature should the inside be sorry go on
      A: About ${f.insideF('check-temp')} inside, at step 14, in the ${f.step('check-temp').phase.shortName}. ${spoken(f.step('check-temp').step.tips![0]!)} ${NEXT}
    `);
  });

  it('answers with asides on both sides of the question', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: uh huh how long does it roast one sec
      A: ${spoken(firstSentence(f.step('slow-roast').step.text))} ${NEXT}
      U: mm hmm what temperature for the low roast hold on
      A: For the ${f.step('slow-roast').phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});

describe('a question with call asides in words nobody wrote together', () => {
  it('answers a question inside a doubled “yeah” and “sorry go on”', async () => {
    const cook = await cookAt(7);
    await cook.script(`
      U: yeah yeah what do i rub it in with sorry go on
      A: This step says: ${spoken(f.step('rub-skin').step.text)} ${NEXT}
    `);
  });
});

describe('a hold with its reason', () => {
  it('keeps the place for a hold said with why or until when', async () => {
    const cook = await cookAt(10);
    await cook.script(`
      U: wait a moment the oven is not yet hot
      A: ${heldAt(10)}
      U: hold on a second i'll be back when the kids are in bed
      A: ${heldAt(10)}
      U: hang on i'm on the phone
      A: ${heldAt(10)}
      # A reason in words no list or sample holds.
      U: hold on a moment the kids are fighting over the remote
      A: ${heldAt(10)}
    `);
  });
});

describe('a family cooking together', () => {
  it('answers "we" as it answers "I", and a child’s words as the recipe’s', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: do we need the ginger
      A: The ${f.name('ginger')} is optional. It ${f.purpose('ginger')}. ${NEXT}
      U: how much of the white powder do we use
      A: ${capital(f.amount('baking-soda'))} of ${f.name('baking-soda')}, ${f.note('baking-soda')}. ${NEXT}
      U: how far apart are the lines
      A: Step ${f.step('score').number} says: ${spoken(f.step('score').step.text)} ${NEXT}
    `);
  });

  it('reads “the day before” as the recipe’s overnight wait', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: do we have to start this the day before
      A: ${spoken(firstSentence(f.step('refrigerate').step.text))} That’s step ${f.step('refrigerate').number}. When you’re ready, say start.
    `);
  });
});

