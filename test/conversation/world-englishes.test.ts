import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE, type ApiCall } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { capital, NEXT, spokenStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Issue 11, a cook's own words, in Indian, Singaporean and Malaysian English (and the Englishes
 * that share their forms): the thing asked about said first ("kosher salt how many teaspoon to
 * put"), a tag or particle said last ("is it", "or not", "ah", "lah", "also can"), "what to do",
 * and a request put as a question ("can put timer for seven minutes or not"). The open questions'
 * carriers take the forms once (interaction-models/source/questions-open.ts); the skill takes the
 * tags off the slot's words (lambda/vocabulary/tidy.ts) and carries out a request asked as a
 * question (lambda/vocabulary/requests.ts). Expected words come from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const amountOf = (id: string) => `${f.amount(id)} of ${f.name(id)}`;
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
const butterSwap = f.ingredient('butter').alternatives![0]!;

describe('the thing first, the question last', () => {
  it.each([
    ['kosher salt how many teaspoon to put', 'season-meat', 'kosher-salt'],
    ['the fine sea salt how much ah', 'mix-rub', 'sea-salt'],
    ['the maple syrup how much lah', 'combine-glaze', 'maple-syrup'],
    ['the baking soda how much leh', 'mix-rub', 'baking-soda'],
  ])('"%s": the amount', async (phrase, step, id) => {
    const cook = await cookAt(at(step).number);
    await cook.script(`
      U: ${phrase}
      I: AskAmountIntent
      A: ${capital(amountOf(id))}${f.note(id) ? `, ${f.note(id)}` : ''}. ${NEXT}
    `);
  });

  it('"overnight means how many hours exactly": the drying’s hours', async () => {
    const cook = await cookAt(at('refrigerate').number);
    await cook.script(`
      U: overnight means how many hours exactly
      I: AskTimeIntent
      A: ${spoken(firstSentence(at('refrigerate').step.text))} ${NEXT}
    `);
  });

  it('"after taking out from the fridge how long to keep outside": the rest out of the fridge', async () => {
    const cook = await cookAt(at('temper').number);
    await cook.script(`
      U: after taking out from the fridge how long to keep outside
      I: AskTimeIntent
      A: ${spoken(firstSentence(at('temper').step.text))} ${NEXT}
    `);
  });

  it('"no butter in the house what to do": the recipe’s swap for the butter', async () => {
    const cook = await cookAt(at('finish-glaze').number);
    await cook.script(`
      U: no butter in the house what to do
      I: TellIntent
      A: Instead of ${f.name('butter')}, you can use ${f.alternative('butter')}, ${butterSwap.reason}. The ${f.name('butter')} is optional, too. ${NEXT}
    `);
  });
});

describe('a tag or particle said last', () => {
  it('"one teaspoon oil only is it": that step’s share of the oil', async () => {
    const meat = f.share('neutral-oil', 0);
    const skin = f.share('neutral-oil', 1);
    const cook = await cookAt(at('oil-meat').number);
    await cook.script(`
      U: one teaspoon oil only is it
      I: AskYesNoIntent
      A: At this step, ${meat.amount} of the ${f.name('neutral-oil')}, ${meat.use}.
      A: The remaining ${skin.amount} go ${skin.use} at step ${skin.stepNumber}: ${amountOf('neutral-oil')}, ${f.note('neutral-oil')}, in all. ${NEXT}
    `);
  });

  it('"paper towel must use or kitchen cloth also can": what the step says to pat it dry with', async () => {
    const cook = await cookAt(at('pat-dry').number);
    await cook.script(`
      U: paper towel must use or kitchen cloth also can
      I: AskYesNoIntent
      A: This step says: ${spoken(at('pat-dry').step.text)} ${NEXT}
    `);
  });
});

describe('a request put as a question is carried out', () => {
  let api: AlertsApiStandIn;
  const now = () => new Date('2024-11-02T18:00:00Z');
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(now);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());
  const created = (): ApiCall[] => api.calls.filter((c) => c.method === 'POST' && c.path === '/v1/alerts/timers');
  const timerCook = (step: string) => cookAt(at(step).number, { alerts: sdkAlertService({ timeoutMs: 1000 }), now, decorate: api.decorate });

  it('"can put timer for seven minutes or not" sets a seven minute timer', async () => {
    const cook = await timerCook('score');
    await cook.script(`
      U: can put timer for seven minutes or not
      A: Timer set for 7 minutes.
    `);
    expect(created().map((c) => (c.body as { duration: string }).duration)).toEqual(['PT7M']);
  });

  it('"how much time is balance in the timer": what is left on it', async () => {
    const cook = await timerCook('score');
    await cook.script(`
      U: set a timer for seven minutes
      A: Timer set for 7 minutes.
      U: how much time is balance in the timer
      A: The 7 minute timer has 7 minutes left.
    `);
  });

  it('"can start from beginning again or not" goes back to step 1', async () => {
    const cook = await cookAt(at('rest').number);
    await cook.script(`
      U: can start from beginning again or not
      A: ${spokenStep(1)}
    `);
  });
});
