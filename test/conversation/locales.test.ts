import { allIngredients, allSteps, porkBelly } from '../../lambda/recipe';
import { wholeWords } from '../../lambda/speech';
import { MODEL_LOCALES } from '../../tools/build-models';
import { ingredientsHeard, offeredStep } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

/** Where cooks read ovens in Fahrenheit and weigh in pounds; everywhere else is metric first. */
const IMPERIAL_LOCALES = new Set(['en-US', 'en-CA']);

// The facts come from the recipe data: the first step with an oven temperature (the seed's
// "Preheat the oven to 275°F (135°C)") and the main ingredient, which the seed gives in both systems.
const preheat = allSteps(porkBelly).find((s) => s.step.ovenTemp)!;
const oven = preheat.step.ovenTemp!;
const pork = allIngredients(porkBelly).find((i) => i.quantity && i.metric)!;

function expectedUnits(locale: string) {
  const imperial = IMPERIAL_LOCALES.has(locale);
  const system = imperial ? ('imperial' as const) : ('metric' as const);
  return {
    /** The whole answers: the preheat step, and the ingredients' first group. */
    preheat: offeredStep(preheat.number, system),
    ingredients: ingredientsHeard(system),
    temperature: imperial ? `${oven.f.min} degrees Fahrenheit` : `${oven.c.min} degrees Celsius`,
    otherScale: imperial ? 'Celsius' : 'Fahrenheit',
    weight: imperial
      ? `${pork.quantity!.value.min} to ${pork.quantity!.value.max} pounds of ${pork.name}`
      : `${pork.metric!.value.min} to ${pork.metric!.value.max} kilograms of ${pork.name}`,
    otherWeight: imperial ? 'kilogram' : 'pound',
  };
}

describe.each(MODEL_LOCALES)('a cook in %s', (locale) => {
  const expected = expectedUnits(locale);

  it(`hears the oven temperature as ${expected.temperature}, and only that`, async () => {
    const cook = new TestCook({ locale });
    await cook.say('open crispy pork belly');
    const said = await cook.say(`go to step ${wholeWords(preheat.number)}`);
    expect(said.sent).toBe('GoToStepIntent');
    expect(said.speech).toBe(expected.preheat);
    // Implied by the whole answer, and kept as the point of the test: no other scale anywhere in it.
    expect(said.speech).not.toContain(expected.otherScale);
  });

  it(`hears the pork belly weighed as "${expected.weight}"`, async () => {
    const cook = new TestCook({ locale });
    await cook.say('open crispy pork belly');
    const said = await cook.say('ingredients');
    expect(said.speech).toBe(expected.ingredients);
    // Implied by the whole answer, and kept as the point of the test: no other weight unit anywhere in it.
    expect(said.speech).not.toContain(expected.otherWeight);
  });
});

it('the en-GB and en-US cooks hear the same step in different units (the seed gives both)', async () => {
  const heard: string[] = [];
  for (const locale of ['en-US', 'en-GB']) {
    const cook = new TestCook({ locale });
    await cook.say('open crispy pork belly');
    heard.push((await cook.say(`go to step ${wholeWords(preheat.number)}`)).speech);
  }
  expect(heard).toEqual([offeredStep(preheat.number, 'imperial'), offeredStep(preheat.number, 'metric')]);
  // The point, from the oven data rather than the seed's text: each ends in its own scale.
  expect(heard[0]!.endsWith(`Preheat the oven to ${oven.f.min} degrees Fahrenheit.`)).toBe(true);
  expect(heard[1]!.endsWith(`Preheat the oven to ${oven.c.min} degrees Celsius.`)).toBe(true);
});
