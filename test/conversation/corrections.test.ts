import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE, type ApiCall } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { capital, NEXT, offeredStep, spokenStep } from '../helpers/expected';
import { DRIVERS } from '../helpers/skill';

/**
 * Issue 11, a cook's own words: a cook who corrects themselves mid-sentence gets the answer for
 * what they meant, the part after the correction. On a device the sentence fits a carrier and the
 * slot carries the rest as spoken ("how much {ingredient}" with "pepper sorry i mean how much
 * salt"); the skill reads the correction in its slot-reading layer (lambda/vocabulary/corrections.ts,
 * handlers/slots.ts). Each script runs twice: with the default driver, and with only the matching a
 * device is sure to do (`strict`), where every correction reaches the skill inside a slot.
 * Expected words come from the recipe data (helpers/facts.ts, helpers/spoken.ts).
 */

const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const amountOf = (id: string) => `${f.amount(id)} of ${f.name(id)}`;

describe.each(DRIVERS)('a correction inside a question’s slot (%s)', (_name, options) => {
  it('"how much pepper sorry i mean how much salt" at the seasoning: the salt of that step', async () => {
    const cook = await cookAt(at('season-meat').number, options);
    await cook.script(`
      U: how much pepper sorry i mean how much salt
      I: IngredientAmountIntent
      A: ${capital(amountOf('kosher-salt'))}, ${f.purpose('kosher-salt')}. ${NEXT}
    `);
  });

  it('"how much dijon um no the ginger how much ginger" in the glaze: the ginger', async () => {
    const ginger = f.ingredient('ginger');
    const cook = await cookAt(at('combine-glaze').number, options);
    await cook.script(`
      U: how much dijon um no the ginger how much ginger
      A: ${capital(amountOf('ginger'))}${ginger.optional ? ', optional' : ''}. ${NEXT}
    `);
  });

  it('"how much salt no oil how much oil" at the oil step: that step’s share of the oil', async () => {
    const meat = f.share('neutral-oil', 0);
    const skin = f.share('neutral-oil', 1);
    const cook = await cookAt(at('oil-meat').number, options);
    await cook.script(`
      U: how much salt no oil how much oil
      A: At this step, ${meat.amount} of the ${f.name('neutral-oil')}, ${meat.use}.
      A: The remaining ${skin.amount} go ${skin.use} at step ${skin.stepNumber}: ${amountOf('neutral-oil')}, ${f.note('neutral-oil')}, in all. ${NEXT}
    `);
  });

  it('"what’s the temperature for the oven no the meat inside" at the check: the meat’s, not the oven’s', async () => {
    const check = at('check-temp');
    const cook = await cookAt(check.number, options);
    await cook.script(`
      U: what's the temperature for the oven no the meat inside
      I: OvenTemperatureIntent
      A: About ${f.insideF('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.warnings?.[0] ?? check.step.tips?.[0] ?? '')} ${NEXT}
    `);
  });

  it('"how hot wait no how long does it roast": how long, not how hot', async () => {
    const roast = at('slow-roast');
    const cook = await cookAt(roast.number, options);
    await cook.script(`
      U: how hot wait no how long does it roast
      I: AskTemperatureIntent
      A: ${spoken(roast.step.text.split(/(?<=\.)\s+/)[0]!)} ${NEXT}
    `);
  });

  it('"what’s that in fahrenheit no celsius i mean", and the other way round: the scale meant', async () => {
    const high = at('heat-high');
    const cook = await cookAt(high.number, options);
    await cook.script(`
      U: what's that in fahrenheit no celsius i mean
      I: ConvertUnitsIntent
      A: ${spoken(high.step.text, 'metric')} That’s a standard conversion. ${NEXT}
    `);
    const check = at('check-temp');
    const other = await cookAt(check.number, options);
    await other.script(`
      U: what's that in celsius no fahrenheit sorry
      A: ${spoken(check.step.text, 'imperial')} That’s the recipe’s own figure. ${NEXT}
    `);
  });
});

describe('words that only look like a correction', () => {
  it('"what temp’s the oven sorry the kids were yelling" before the roast: the oven, the apology set aside', async () => {
    const preheat = at('preheat-low');
    const cook = await cookAt(at('temper').number, { strict: true });
    await cook.script(`
      U: what temp's the oven sorry the kids were yelling
      A: For the ${preheat.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});

describe.each(DRIVERS)('a correction inside a timer’s words, or a timer request taken back (%s)', (_name, options) => {
  let api: AlertsApiStandIn;
  const now = () => new Date('2024-11-02T18:00:00Z');
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(now);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());
  const created = (): ApiCall[] => api.calls.filter((c) => c.method === 'POST' && c.path === '/v1/alerts/timers');
  const timerCook = (step: string) => cookAt(at(step).number, { ...options, alerts: sdkAlertService({ timeoutMs: 1000 }), now, decorate: api.decorate });

  it.each([
    ['set a timer for five no ten minutes', 'reduce-glaze', 'PT10M', '10 minutes'],
    ['set a timer for forty five no thirty minutes', 'temper', 'PT30M', '30 minutes'],
    ['set a timer for two and a half no just two hours', 'slow-roast', 'PT2H', '2 hours'],
  ])('"%s" sets the length meant', async (phrase, step, duration, heard) => {
    const cook = await timerCook(step);
    await cook.script(`
      U: ${phrase}
      I: SetTimerIntent
      A: Timer set for ${heard}.
    `);
    expect(created().map((c) => (c.body as { duration: string }).duration)).toEqual([duration]);
  });

  it('"set a timer for the rest no the glaze" sets the glaze’s timer, not the rest’s', async () => {
    const glaze = at('reduce-glaze');
    const wait = glaze.step.duration!;
    const cook = await timerCook('combine-glaze');
    await cook.say('set a timer for the rest no the glaze');
    expect(created().map((c) => (c.body as { timerLabel: string }).timerLabel)).toEqual([wait.label]);
  });

  it('"timer for six minutes sorry four minutes" sets four minutes', async () => {
    const cook = await timerCook('reduce-glaze');
    await cook.script(`
      U: timer for six minutes sorry four minutes
      I: SetTimerIntent
      A: Timer set for 4 minutes.
    `);
    expect(created().map((c) => (c.body as { duration: string }).duration)).toEqual(['PT4M']);
  });

  it('"cancel the timer no sorry pause it" pauses the running timer, and cancels nothing', async () => {
    const cook = await timerCook('slow-roast');
    await cook.say('start the timer');
    const roast = at('slow-roast').step.duration!;
    await cook.script(`
      U: cancel the timer no sorry pause it
      I: PauseTimerIntent
      A: I paused the ${roast.label} timer, with 2 hours left. Say resume the timer when you’re ready.
    `);
    expect([...api.timers.values()].map((t) => t.status)).toEqual(['PAUSED']);
  });
});

/**
 * Corrections in requests whose slots are built-in (a step number, a length) or that have no slot
 * ("go back no sorry next"): Alexa cannot carry the cook's words in such slots, so the model itself
 * has the shape (interaction-models/source/corrections.ts) and the intent meant gets the request.
 */
describe.each(DRIVERS)('a correction the model carries (%s)', (_name, options) => {
  it.each([
    ['go to step nine no step eight', 7, 8],
    ['go back to step seventeen no step sixteen', 18, 16],
    ['skip to step fifteen um no sixteen', 13, 16],
    ['go to step twenty no twenty one', 20, 21],
  ])('"%s" at step %i goes to step %i', async (phrase, from, to) => {
    const cook = await cookAt(from, options);
    await cook.script(`
      U: ${phrase}
      I: GoToStepIntent
      A: ${offeredStep(to)}
    `);
  });

  it.each([
    ['go back no sorry next', 3, 'NextStepIntent', 4],
    ['repeat that actually no just next', 8, 'NextStepIntent', 9],
    ['next sorry I mean repeat', 12, 'AMAZON.RepeatIntent', 12],
    ['start over no sorry just go back', 21, 'PreviousStepIntent', 20],
  ])('"%s" at step %i is %s: step %i', async (phrase, from, intent, to) => {
    const cook = await cookAt(from, options);
    await cook.script(`
      U: ${phrase}
      I: ${intent}
      A: ${intent === 'AMAZON.RepeatIntent' ? spokenStep(to) : offeredStep(to)}
    `);
  });

  it('"stop no wait hold on" keeps the place', async () => {
    const cook = await cookAt(22, options);
    await cook.script(`
      U: stop no wait hold on
      I: HoldOnIntent
      A: Sure, take your time. I’ll keep your place at step 22. Say next when you’re ready.
    `);
  });
});

