import { allSteps, porkBelly, problems, type Quantity } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenAmount, spokenDuration, spokenTemperature } from '../helpers/spoken';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { sdkAlertService } from '../../lambda/services/alerts';
import { TestCook } from '../helpers/skill';
import { NEXT } from '../helpers/expected';

/**
 * A professional cook's words and units a recipe written in imperial does not use (list G's
 * classes): kitchen jargon is vocabulary (the reach-in is the fridge, the pull temp the temperature
 * inside, eighty-six is cancel), and a unit asked for is answered with the recipe's own figure in it
 * where the seed gives one, else the seed's own figure with a standard conversion after it. Every
 * expected answer is built from the recipe data and the tests' own readings (helpers/spoken.ts).
 */
const START = 'When you’re ready, say start.';
const OWN = 'That’s the recipe’s own figure.';
const CONVERTED = 'That’s a standard conversion.';
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
const ingredient = (id: string) => porkBelly.ingredientGroups.flatMap((g) => g.ingredients).find((i) => i.id === id)!;
const problem = (id: string) => problems(porkBelly).find((p) => p.id === id)!;
const f = factsOf(porkBelly);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Millilitres in US spoons and cups, as a cook rounds them: the tests' own reading, apart from the skill's table. */
const MILLILITRES: Record<string, number> = { tsp: 5, tbsp: 15, cup: 240 };
const inMillilitres = (q: Quantity) => `about ${q.value.max * MILLILITRES[q.unit]!} milliliters`;

describe('units the cook names are the units answered in', () => {
  it('answers grams and kilos of the pork with the seed’s own kilograms, and pounds with its pounds', async () => {
    const belly = ingredient('pork-belly');
    // A metric scale reads decimals: "1.5 to 1.8 kilograms".
    const kg = `${belly.metric!.value.min} to ${belly.metric!.value.max} kilograms`;
    const cook = await cookAt(step('pat-dry').number);
    await cook.script(`
      U: how many grams of pork belly do i need
      I: IngredientAmountIntent
      A: ${kg} of ${belly.name}. ${OWN} ${NEXT}
      U: how many kilos of pork belly
      A: ${kg} of ${belly.name}. ${OWN} ${NEXT}
      U: how many pounds of pork belly
      A: ${spokenAmount(belly.quantity!)} of ${belly.name}, ${belly.note}. ${NEXT}
    `);
  });

  it('answers millilitres of a spoon or cup measure with the seed’s own measure and a standard conversion', async () => {
    const syrup = ingredient('maple-syrup');
    const soy = ingredient('soy-sauce');
    const cook = await cookAt(step('combine-glaze').number);
    await cook.script(`
      U: how many millilitres of maple syrup
      A: ${capital(spokenAmount(syrup.quantity!))} of ${syrup.name} is ${inMillilitres(syrup.quantity!)}. ${CONVERTED} ${NEXT}
      # "mls" is no listed unit word of the model: the words reach the skill as said, and it reads them.
      U: how many mls of soy sauce
      A: ${capital(spokenAmount(soy.quantity!))} of ${soy.name} is ${inMillilitres(soy.quantity!)}. ${CONVERTED} ${NEXT}
    `);
  });

  it('says the whole as well as this step’s share when the cook asks for it in total', async () => {
    const oil = ingredient('neutral-oil');
    const share = oil.shares!.find((s) => s.stepId === 'oil-meat')!.quantity!;
    const cook = await cookAt(step('oil-meat').number);
    await cook.script(`
      U: how many millilitres of oil in total
      A: At this step, ${spokenAmount(share)} of ${oil.name} is ${inMillilitres(share)}; ${spokenAmount(oil.quantity!)} in all is ${inMillilitres(oil.quantity!)}. ${CONVERTED} ${NEXT}
    `);
  });

  it('gives the oven in the scale named, asked in one breath before the cook starts', async () => {
    const [low, high] = [step('preheat-low'), step('heat-high')];
    const cook = new TestCook();
    await cook.script(`
      U: ask crispy pork belly what is the oven temperature in celsius
      A: For the ${low.phase.shortName}, ${spokenTemperature(low.step.ovenTemp!.c, 'C')}; and for the ${high.phase.shortName}, ${spokenTemperature(high.step.ovenTemp!.c, 'C')} or broil. ${START}
    `);
  });

  it('gives Fahrenheit to a cook who chose metric, when they ask in it', async () => {
    const low = step('preheat-low');
    const cook = await cookAt(step('slow-roast').number);
    await cook.say('use metric from now on');
    await cook.script(`
      U: what's the oven temperature in fahrenheit
      A: For the ${low.phase.shortName}: ${spokenTemperature(low.step.ovenTemp!.f, 'F')}. ${NEXT}
    `);
  });

  it('keeps the seed’s inches where it gives no centimetres, with the conversion after them', async () => {
    const cook = await cookAt(step('heat-high').number);
    await cook.script(`
      U: how many centimetres from the grill should the shelf be
      A: ${spoken(step('heat-high').step.text, 'metric')} ${CONVERTED} ${NEXT}
    `);
    const slicing = await cookAt(step('slice').number);
    await slicing.script(`
      U: how many centimetres thick should the slices be
      A: ${spoken(step('slice').step.text, 'metric')} ${CONVERTED} ${NEXT}
    `);
  });
});

describe('a professional kitchen’s words are the recipe’s', () => {
  const refrigerate = step('refrigerate');
  const drying = `${spoken(refrigerate.step.text).split('. ')[0]}.`;

  it('hears the reach-in, the walk-in and the lowboy as the fridge, and "hold it" as leave it', async () => {
    const cook = await cookAt(refrigerate.number);
    await cook.script(`
      U: how long do we hold it uncovered in the reach in
      A: ${drying} ${NEXT}
      U: how long does it stay in the walk in
      A: ${drying} ${NEXT}
      # "lowboy" is no word of the model: Alexa sends it as said, and the skill's vocabulary reads it.
      U: how long do we hold it in the lowboy
      A: ${drying} ${NEXT}
    `);
  });

  it('answers the pull temp and the carryover from the thermometer step', async () => {
    const check = step('check-temp');
    const inside = `About ${spokenTemperature(check.step.internalTemp!.f, 'F')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${check.step.tips![0]}`;
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what's the pull temp before the blast
      A: ${inside} ${NEXT}
      U: what do i pull it at
      A: ${inside} ${NEXT}
      U: how much carryover are we expecting
      A: This step says: ${check.step.tips![0]} ${NEXT}
    `);
  });

  it('reads the low roast as the recipe’s part, for the oven', async () => {
    const low = step('preheat-low');
    const cook = await cookAt(low.number);
    await cook.script(`
      U: what's the temp on the low roast
      A: For the ${low.phase.shortName}: ${spokenTemperature(low.step.ovenTemp!.f, 'F')}. ${NEXT}
    `);
  });

  it('hears uneven blistering on one end of the sheet tray as the problem, not the step done', async () => {
    const uneven = problem('uneven-blistering');
    const cook = await cookAt(step('blister').number);
    await cook.script(`
      U: skin's blistering uneven on one end of the sheet tray
      A: If ${uneven.problem}: ${uneven.advice} ${NEXT}
    `);
  });

  it('answers a trick for a crisper crackle with the chef’s note', async () => {
    const note = porkBelly.chefNotes!.find((n) => n.id === 'ultra-crispy')!;
    const cook = await cookAt(step('rest').number);
    await cook.script(`
      U: any trick for a crisper crackle off the blast
      A: If ${note.problem}: ${note.advice} ${NEXT}
    `);
  });

  it('reads the cure as the rub: a ratio of salt to soda is both amounts, and the oil on the rub is the neutral oil', async () => {
    const [salt, soda] = [ingredient('sea-salt'), ingredient('baking-soda')];
    const cook = await cookAt(step('mix-rub').number);
    await cook.script(`
      U: what's the ratio on the skin cure salt to soda
      A: The recipe has 2 of those: ${spokenAmount(salt.quantity!)} of ${salt.name}, ${salt.purpose}; and ${spokenAmount(soda.quantity!)} of ${soda.name}. ${NEXT}
    `);
    const oil = ingredient('neutral-oil');
    const [meat, skin] = [f.share('neutral-oil', 0), f.share('neutral-oil', 1)];
    const rubbing = await cookAt(skin.stepNumber);
    await rubbing.script(`
      U: what oil are we using on the rub
      A: At this step, the remaining ${skin.amount} of the ${oil.name}, ${skin.use}. ${capital(meat.amount)} went ${meat.use} at step ${meat.stepNumber}:
      A: ${spokenAmount(oil.quantity!)} of ${oil.name}, ${oil.note}, in all. It’s ${oil.purpose}. ${NEXT}
    `);
  });

  it('answers what the glaze is reduced to with how it looks done, and glazing on the pass or tableside with the service tip', async () => {
    const reduce = step('reduce-glaze');
    const cook = await cookAt(reduce.number);
    await cook.script(`
      U: what are we reducing the glaze to
      A: It’s done when ${reduce.step.doneWhen}. ${NEXT}
    `);
    const plating = await cookAt(step('slice').number);
    await plating.script(`
      U: glaze in the kitchen or tableside for plated service
      A: ${porkBelly.serviceTip} ${NEXT}
    `);
  });
});

describe('a chef’s timers: fired, given a length on the blast, eighty-sixed', () => {
  const NOW = new Date('2026-12-07T18:00:00Z');
  let api: AlertsApiStandIn;
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(() => NOW);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());
  const timersCook = async (n: number) => {
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => NOW, decorate: api.decorate });
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${n}`);
    return cook;
  };
  const created = () => api.calls.filter((c) => c.method === 'POST' && c.path === '/v1/alerts/timers').map((c) => c.body as { duration: string; timerLabel: string });
  const BRING_BACK = `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;

  it('fires a timer for the low and slow: the roast’s own timer', async () => {
    const roast = step('slow-roast');
    const cook = await timersCook(roast.number);
    await cook.script('U: fire a timer for the low and slow\nI: SetTimerIntent');
    expect(created()).toMatchObject([{ duration: `PT${roast.step.duration!.minutes.min / 60}H`, timerLabel: roast.step.duration!.label }]);
  });

  it('sets the length said with the name, under that name, and eighty-sixes it', async () => {
    const blister = step('blister');
    const d = blister.step.duration!;
    const cook = await timersCook(blister.number);
    await cook.script(`
      U: give me eight minutes on the blast
      A: ${capital(d.label)} timer set for 8 minutes, as you asked. The recipe says ${spokenDuration(d.minutes)}. When it rings: ${spoken(d.check!)} ${BRING_BACK}
    `);
    expect(created()).toMatchObject([{ duration: 'PT8M', timerLabel: d.label }]);
    await cook.say('yes');
    await cook.script('U: eighty six the timer\nI: CancelTimerIntent');
    expect(api.calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });
});
