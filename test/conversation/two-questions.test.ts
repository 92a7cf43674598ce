import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenAmount } from '../helpers/spoken';
import { NEXT, capital } from '../helpers/expected';
import { DRIVERS } from '../helpers/skill';

/**
 * Issue 11, a cook's own words: two questions asked at once get both answers, briefly, for the
 * cook's place, one after the other and one hand-back at the end. On a device the first question's
 * carrier chooses the intent and its slot carries the rest ("how much {ingredient}" with "sea salt
 * and how much baking soda"); the skill splits it (lambda/vocabulary/two-questions.ts). Each script
 * runs with the default driver and with a device's sure matching. Expected words come from the
 * recipe data (helpers/facts.ts, helpers/spoken.ts).
 */

const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;

describe.each(DRIVERS)('two questions at once (%s)', (_name, options) => {
  it('"how much sea salt and how much baking soda" at the rub: both amounts, the soda’s warning kept', async () => {
    const cook = await cookAt(at('mix-rub').number, options);
    await cook.script(`
      U: how much sea salt and how much baking soda
      I: IngredientAmountIntent
      A: ${capital(f.amount('sea-salt'))} of ${f.name('sea-salt')}.
      A: ${capital(f.amount('baking-soda'))} of ${f.name('baking-soda')}, ${f.note('baking-soda')}. ${NEXT}
    `);
  });

  it('"how much maple syrup and how much soy sauce" in the glaze: both amounts', async () => {
    const soy = f.ingredient('soy-sauce').alternatives![0]!;
    const cook = await cookAt(at('combine-glaze').number, options);
    await cook.script(`
      U: how much maple syrup and how much soy sauce
      A: ${f.amount('maple-syrup')} of ${f.name('maple-syrup')}, ${f.note('maple-syrup')}.
      A: ${f.amount('soy-sauce')} of ${f.name('soy-sauce')}, or ${soy.name}, ${soy.reason}. ${NEXT}
    `);
  });

  it('"what temperature and how long does the roast take" before the roast: the oven, then the roast’s time', async () => {
    const roast = at('slow-roast');
    const cook = await cookAt(at('preheat-low').number, options);
    await cook.script(`
      U: what temperature and how long does the roast take
      I: AskTemperatureIntent
      A: For the ${roast.phase.shortName}: ${f.ovenF('preheat-low')}.
      A: ${spoken(firstSentence(roast.step.text))} That’s step ${roast.number}. ${NEXT}
    `);
  });

  it('"temp and time" at the roast: the oven, then the roast’s time (the slot "temp and" before the carrier’s "time" is no cut-off sentence)', async () => {
    const roast = at('slow-roast');
    const cook = await cookAt(roast.number, options);
    await cook.script(`
      U: temp and time
      I: AskTimeIntent
      A: For the ${roast.phase.shortName}: ${f.ovenF('preheat-low')}.
      A: ${spoken(firstSentence(roast.step.text))} ${NEXT}
    `);
  });

  it('"what heat and how long for the glaze": the glaze’s heat, then its time', async () => {
    const combine = at('combine-glaze');
    const reduce = at('reduce-glaze');
    const cook = await cookAt(combine.number, options);
    await cook.script(`
      U: what heat and how long for the glaze
      A: This step says: ${spoken(combine.step.text)}
      A: ${spoken(reduce.step.text)} That’s step ${reduce.number}. ${NEXT}
    `);
  });
});

describe('a figure told, then a question (a device’s sure matching: the phrase slot of "I’ve got {query}")', () => {
  // The default driver hears the opening clause as the size alone (its answer lists every amount, the soda among them).
  it('"I’ve got a seven pound pork belly how much baking soda should I use": the soda for that size', async () => {
    const main = f.ingredient('pork-belly');
    const soda = f.ingredient('baking-soda');
    const cook = await cookAt(at('season-meat').number, { strict: true });
    await cook.script(`
      U: I've got a seven pound pork belly how much baking soda should I use
      A: For your 7 pound pork belly: ${spokenAmount(soda.quantity!)} of ${soda.name}.
      A: That’s the most the recipe allows at any size, so spread it thinly over your larger piece.
      A: The recipe gives ${spokenAmount(soda.quantity!)} for ${spokenAmount(main.quantity!)}. ${NEXT}
    `);
  });
});

describe('one question that only looks like two', () => {
  it('"how much salt and pepper" asks about the two things, not two questions: one answer', async () => {
    const cook = await cookAt(at('season-meat').number, { strict: true });
    const [heard] = await cook.script(`
      U: how much salt and pepper
      I: IngredientAmountIntent
    `);
    expect(heard!.speech.match(/When you’re ready, say next\./g)).toHaveLength(1);
  });
});
