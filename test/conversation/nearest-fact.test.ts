import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenDuration, spokenTemperature } from '../helpers/spoken';
import { NEXT, capital, groupHeard } from '../helpers/expected';

/**
 * Issue 11, a cook's own words: questions whose answer is the recipe's nearest fact, said in
 * everyday ways. A thing the recipe doesn't have, said beside one it has ("cheap pancake syrup",
 * "vegetable oil", "baking powder"), asks for the recipe's swap, or what its own thing is; a cook's
 * measure ("a knob of butter") asks the amount; a question that names one part of the recipe ("the
 * glaze") is answered from that part, never another's oven; a wish or a choice said where a problem
 * goes is a question; a cook without a thermometer goes by the recipe's time. Expected words come
 * from the recipe data (test/helpers), through the real interaction model.
 */
const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const tip = (id: string, n = 0) => spoken(at(id).step.tips![n]!);
const ingredient = f.ingredient;

describe('a swap asked in everyday words', () => {
  it.each([
    ['can i use cheap pancake syrup', 'combine-glaze'],
    ['is pancake syrup okay', 'combine-glaze'],
  ])('"%s": the recipe gives no swap for its own, and says what it is', async (phrase, stepId) => {
    const maple = ingredient('maple-syrup');
    const cook = await cookAt(at(stepId).number);
    await cook.script(`
      U: ${phrase}
      A: The recipe gives no swap for the ${maple.name}: ${maple.note}. ${NEXT}
    `);
  });

  it('"is baking soda the same as baking powder": what the recipe says baking soda is and does', async () => {
    const soda = ingredient('baking-soda');
    const cook = await cookAt(at('mix-rub').number);
    await cook.script(`
      U: is baking soda the same as baking powder
      A: The recipe gives no swap for the ${soda.name}, ${soda.alsoCalled}. It ${soda.purpose}. ${NEXT}
    `);
  });

  it.each(["i've only got vegetable oil is that okay", 'can i use olive oil'])('"%s": the neutral oil and its swaps', async (phrase) => {
    const oil = ingredient('neutral-oil');
    const cook = await cookAt(at('oil-meat').number);
    await cook.script(`
      U: ${phrase}
      A: Instead of ${oil.name}, you can use ${oil.alternatives!.map((a) => a.name).join(', or ')}. ${NEXT}
    `);
  });

  it('"apple cider vinegar is pricey can i use something else": the recipe’s swap', async () => {
    const cook = await cookAt(at('combine-glaze').number);
    await cook.script(`
      U: apple cider vinegar is pricey can i use something else
      A: Instead of ${f.name('cider-vinegar')}, you can use ${f.alternative('cider-vinegar')}. ${NEXT}
    `);
  });

  it('"skipping the butter can i just use oil": the dairy-free oil, and the butter is optional', async () => {
    const butter = ingredient('butter');
    const cook = await cookAt(at('finish-glaze').number);
    await cook.script(`
      U: skipping the butter can i just use oil
      A: Instead of ${butter.name}, you can use ${f.alternative('butter')}, ${butter.alternatives![0]!.reason}.
      A: The ${butter.name} is optional, too. ${NEXT}
    `);
  });
});

describe('a measure, a part of the recipe, a choice', () => {
  it('"how big a knob of butter": the butter’s amount, with its dairy-free swap', async () => {
    const butter = ingredient('butter');
    const cook = await cookAt(at('finish-glaze').number);
    await cook.script(`
      U: how big a knob of butter
      A: ${capital(f.amount('butter'))} of ${butter.name}, optional, or ${f.alternative('butter')} ${butter.alternatives![0]!.reason}. ${NEXT}
    `);
  });

  it('"how big a splash of soy sauce": the soy sauce’s amount, with its gluten-free swap', async () => {
    const soy = ingredient('soy-sauce');
    const cook = await cookAt(at('combine-glaze').number);
    await cook.script(`
      U: how big a splash of soy sauce
      A: ${capital(f.amount('soy-sauce'))} of ${soy.name}, or ${f.alternative('soy-sauce')}, ${soy.alternatives![0]!.reason}. ${NEXT}
    `);
  });

  it('"what heat on the cooker for the glaze": the glaze’s own heat, not the roast’s oven', async () => {
    const cook = await cookAt(at('combine-glaze').number);
    await cook.script(`
      U: what heat on the cooker for the glaze
      A: This step says: ${spoken(at('combine-glaze').step.text)} ${NEXT}
    `);
  });

  it('"what\'s going in the glaze later", asked at the scoring: the glaze’s ingredients', async () => {
    const cook = await cookAt(at('score').number);
    await cook.script(`
      U: what's going in the glaze later
      A: ${groupHeard('glaze')} ${NEXT}
    `);
  });

  it('"the salt for the skin is it the fine one or the kosher one": the step that names the skin’s salt', async () => {
    const cook = await cookAt(at('mix-rub').number);
    await cook.script(`
      U: the salt for the skin is it the fine one or the kosher one
      A: This step says: ${spoken(at('mix-rub').step.text)} ${NEXT}
    `);
  });

  it('"back when we scored it how far apart were the cuts", asked at the glaze: the scoring step', async () => {
    const cook = await cookAt(at('reduce-glaze').number);
    await cook.script(`
      U: back when we scored it how far apart were the cuts
      A: Step ${at('score').number} says: ${spoken(at('score').step.text)} ${NEXT}
    `);
  });
});

describe('the recipe’s tips, asked as a wish or a worry', () => {
  it('"what if i want the glaze under the crackling": brush it on the meat side', async () => {
    const cook = await cookAt(at('brush-glaze').number);
    await cook.script(`
      U: what if i want the glaze under the crackling
      A: This step says: ${tip('brush-glaze')} ${NEXT}
    `);
  });

  it('"mine came unscored do i have to score it": leave it unscored and rely on blistering', async () => {
    const cook = await cookAt(at('score').number);
    await cook.script(`
      U: mine came unscored do i have to score it
      A: This step says: ${tip('score')} ${NEXT}
    `);
  });

  it('"will the temperature keep going up after i take it out": the rise while resting', async () => {
    const cook = await cookAt(at('check-temp').number);
    await cook.script(`
      U: will the temperature keep going up after i take it out
      A: This step says: ${tip('check-temp')} ${NEXT}
    `);
  });

  it('"how do i make the crackling extra crispy": the towel', async () => {
    const note = porkBelly.chefNotes.find((n) => n.id === 'ultra-crispy')!;
    const cook = await cookAt(at('take-out').number);
    await cook.script(`
      U: how do i make the crackling extra crispy
      A: If ${note.problem}: ${spoken(note.advice)} ${NEXT}
    `);
  });

  it('"i don\'t have a thermometer how do i know it\'s done": the target, and the roast’s time to go by', async () => {
    const check = at('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: i don't have a thermometer how do i know it's done
      A: It’s ready for the ${at('heat-high').phase.shortName} at about ${f.insideF('check-temp')} inside, on the thermometer.
      A: If it’s lower, check again in ${spokenDuration({ min: check.step.recheckMinutes!, max: check.step.recheckMinutes! })}.
      A: Without a thermometer, go by the time: ${f.time('slow-roast')}. ${NEXT}
    `);
  });
});

describe('the oven in Celsius, serving', () => {
  it('"my oven\'s only got celsius what do i set it to": the step’s phase in Celsius', async () => {
    const cook = await cookAt(at('preheat-low').number);
    await cook.script(`
      U: my oven's only got celsius what do i set it to
      A: For the ${at('preheat-low').phase.shortName}: ${spokenTemperature(at('preheat-low').step.ovenTemp!.c, 'C')}. ${NEXT}
    `);
  });

  it.each(['what goes nice with it', 'what goes well with it'])('"%s": the pairing', async (phrase) => {
    const cook = await cookAt(at('slice').number);
    await cook.script(`
      U: ${phrase}
      A: ${spoken(porkBelly.pairing)} ${NEXT}
    `);
  });

  it('"anything to finish it off with": the serving tip, lemon zest', async () => {
    const cook = await cookAt(at('slice').number);
    await cook.script(`
      U: anything to finish it off with
      A: ${spoken(porkBelly.serviceTip)} ${NEXT}
    `);
  });
});
