import { allSteps, porkBelly, problems } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';
import { NEXT } from '../helpers/expected';

/**
 * Open questions (issue 11, item 3), through the real interaction model: the cook's own words
 * after a carrier phrase (AMAZON.SearchQuery, matched the way Alexa matches it), answered from
 * the recipe's facts, weighed towards the cook's place. Expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
const advice = (id: string) => spoken(problems(porkBelly).find((p) => p.id === id)!.advice);

describe('open questions, answered from the recipe', () => {
  it('answers a yes-or-no question about an action with what the recipe says to do', async () => {
    const cook = await cookAt(step('refrigerate').number);
    await cook.script(`
      U: should i cover it in the fridge
      A: ${spoken(firstSentence(step('refrigerate').step.text))} ${NEXT}
    `);
  });

  it('routes what the cook sees to the advice the recipe gives at that moment', async () => {
    const cook = await cookAt(step('blister').number);
    await cook.script(`
      U: the skin is starting to burn
      A: ${advice('skin-burning')} ${NEXT}
    `);
  });

  it('judges a reading said in passing against the recipe’s target', async () => {
    const check = step('check-temp');
    const target = check.step.internalTemp!.f;
    const minutes = check.step.recheckMinutes!;
    const cook = await cookAt(check.number);
    await cook.script(`
      U: it's only at one forty inside
      A: 140 degrees Fahrenheit is below the target of ${spokenTemperature(target, 'F')}, so keep roasting.
      A: Check again in ${minutes} minutes. Shall I set a ${minutes} minute timer?
    `);
  });

  it('takes the weight said along the way and answers the question', async () => {
    const cook = await cookAt(step('slow-roast').number);
    await cook.script(`
      U: mine's about one point eight kilo how long does it roast
      A: ${spoken(firstSentence(step('slow-roast').step.text))} I’ll use your 1.8 kilogram pork belly for the amounts. ${NEXT}
    `);
  });

  it('converts the recipe’s own figures, gas marks too, hedging past the hottest mark', async () => {
    const finish = step('heat-high').step.ovenTemp!;
    const low = step('preheat-low');
    const cook = await cookAt(low.number);
    await cook.script(`
      U: what's five hundred in celsius
      A: ${spokenTemperature(finish.f, 'F')} is ${spokenTemperature(finish.c, 'C')}. ${NEXT}
      U: what gas mark is five hundred
      A: ${spokenTemperature(finish.f, 'F')} is ${spokenTemperature(finish.c, 'C')}, gas mark 9, the hottest, or use the grill. ${NEXT}
      U: what gas mark for the slow roast
      A: For the ${low.phase.shortName}, ${spokenTemperature(low.step.ovenTemp!.f, 'F')}, ${spokenTemperature(low.step.ovenTemp!.c, 'C')}: about gas mark 1. ${NEXT}
    `);
  });

  it('answers in the units the question names', async () => {
    const check = step('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: how hot should the middle be in celsius
      A: About ${spokenTemperature(check.step.internalTemp!.c, 'C')} inside, at step ${check.number}, in the ${check.phase.shortName}.
      A: ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });

  it('answers whether an ingredient is needed, with its swap', async () => {
    const butter = f.ingredient('butter');
    const swap = butter.alternatives![0]!;
    const cook = await cookAt(step('finish-glaze').number);
    await cook.script(`
      U: is the butter compulsory
      A: The ${butter.name} is optional. It ${f.purpose('butter')}.
      A: Instead of ${butter.name}, you can use ${f.alternative('butter')}, ${swap.reason}. ${NEXT}
    `);
  });

  it('hears other kitchens’ words in an open question', async () => {
    const cook = await cookAt(step('serve').number);
    await cook.script(`
      U: what veggies go with it
      A: ${spoken(porkBelly.pairing)}
    `);
  });

  it('gives a custom slot’s words that name nothing to the open answer, not "that isn’t in this recipe"', async () => {
    const brush = step('brush-glaze');
    const cook = await cookAt(brush.number);
    await cook.script(`
      U: how much glaze should i brush on i don't want to make the crackling soggy
      A: This step says: ${spoken(firstSentence(brush.step.text))} ${NEXT}
    `);
  });

  it('says honestly when nothing in the recipe fits, and what can be asked', async () => {
    const cook = await cookAt(2);
    await cook.script(`
      U: what is the capital of peru
      A: I can’t find that in the recipe. You can ask how much of an ingredient, how long, what temperature, why, or what to do if something goes wrong. ${NEXT}
    `);
    expect((await cook.say('where am i')).speech).toContain('step 2');
  });
});
