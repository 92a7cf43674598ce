import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { capital, NEXT, offeredStep, spokenStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { DRIVERS } from '../helpers/skill';

/**
 * A cook who says a request again after the skill took it wrong ("no I said next not repeat",
 * "that's not what I asked how long does it roast", "no I said forty five minutes not five") gets
 * the request carried out at their place, as if they had said it alone: never what follows "not",
 * which is what the skill took. On a device the frame is a carrier ("no I said {query}",
 * SaidAgainIntent) and its phrase slot holds the rest (lambda/vocabulary/said-again.ts reads it).
 * Each script runs with the default driver and with a device's sure matching. Expected words come
 * from the recipe data (helpers/facts.ts, helpers/expected.ts, helpers/spoken.ts).
 */

const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;

describe.each(DRIVERS)('a question said again (%s)', (_name, options) => {
  it('"no i said how much soy sauce not maple syrup" in the glaze: the soy sauce, never the syrup', async () => {
    const soy = f.ingredient('soy-sauce').alternatives![0]!;
    const cook = await cookAt(at('combine-glaze').number, options);
    await cook.script(`
      U: no i said how much soy sauce not maple syrup
      I: SaidAgainIntent
      A: ${capital(f.amount('soy-sauce'))} of ${f.name('soy-sauce')}, or ${soy.name}, ${soy.reason}. ${NEXT}
    `);
  });

  it('"that\'s not what i asked how long does it roast" at the roast: the roast’s time', async () => {
    const roast = at('slow-roast');
    const cook = await cookAt(roast.number, options);
    await cook.script(`
      U: that's not what i asked how long does it roast
      I: SaidAgainIntent
      A: ${spoken(firstSentence(roast.step.text))} ${NEXT}
    `);
  });

  it('"you misheard me how much maple syrup not the molasses": an unlisted word after "not" is what the skill took, set aside', async () => {
    const cook = await cookAt(at('combine-glaze').number, options);
    await cook.script(`
      U: you misheard me how much maple syrup not the molasses
      I: SaidAgainIntent
      A: ${capital(f.amount('maple-syrup'))} of ${f.name('maple-syrup')}, ${f.note('maple-syrup')}. ${NEXT}
    `);
  });
});

describe.each(DRIVERS)('a move said again (%s)', (_name, options) => {
  it('"i said next not repeat" moves on, and never repeats', async () => {
    const cook = await cookAt(14, options);
    await cook.script(`
      U: i said next not repeat
      I: SaidAgainIntent
      A: ${offeredStep(15)}
    `);
  });

  it('"that\'s not what i said repeat the step" reads the step again, not the last answer', async () => {
    const cook = await cookAt(6, options);
    await cook.say('how much baking soda');
    await cook.script(`
      U: that's not what i said repeat the step
      A: ${spokenStep(6)}
    `);
  });

  it('"no i said the low and slow part" goes to that part of the recipe', async () => {
    const low = porkBelly.phases.find((p) => p.shortName === 'low and slow roast')!;
    const cook = await cookAt(9, options);
    const first = at(low.steps[0]!.id).number;
    await cook.script(`
      U: no i said the low and slow part
      A: ${offeredStep(first)}
    `);
  });

  it('"you misunderstood me which step am i on" says where the cook is', async () => {
    const cook = await cookAt(11, options);
    await cook.script(`
      U: you misunderstood me which step am i on
      A: ${whereAt(11)}
    `);
  });
});

describe.each(DRIVERS)('a timer said again (%s)', (_name, options) => {
  let api: AlertsApiStandIn;
  const now = () => new Date('2026-11-28T18:00:00Z');
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(now);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());
  const timerCook = (step: number) => cookAt(step, { ...options, alerts: sdkAlertService({ timeoutMs: 1000 }), now, decorate: api.decorate });
  const lengths = () => [...api.timers.values()].map((t) => t.seconds);

  it('"no i said forty five minutes not five" sets forty-five minutes, not five', async () => {
    const cook = await timerCook(at('temper').number);
    await cook.script(`
      U: no i said forty five minutes not five
      I: SaidAgainIntent
      A: Timer set for 45 minutes.
    `);
    expect(lengths()).toEqual([45 * 60]);
  });

  it('"no not four minutes six minutes" sets the length said last', async () => {
    const cook = await timerCook(at('reduce-glaze').number);
    await cook.script(`
      U: no not four minutes six minutes
      A: Timer set for 6 minutes.
    `);
    expect(lengths()).toEqual([6 * 60]);
  });
});

describe.each(DRIVERS)('a correction with nothing said after it (%s)', (_name, options) => {
  it('"no i said not the oven" asks again, and the cook stays where they are', async () => {
    const cook = await cookAt(9, options);
    await cook.script(`
      U: no i said not the oven
      I: SaidAgainIntent
      A: Sorry, I got that wrong. Say what you wanted again, in a few words. You’re on step 9. Say next when you’re ready.
      U: where am i
      A: ${whereAt(9)}
    `);
  });
});
