import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { NEXT, spokenStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Issue 11, a cook's own words: a sentence cut off ("how long's left on the"), restarted ("how
 * long do i let it bubble sorry how long"), or stuttered ("what did you what did you say"). A
 * trailing article or a dangling "or" does not spoil a question the rest makes clear, and a
 * repeat is read once (lambda/vocabulary/tidy.ts; a restart: corrections.ts). Expected words come
 * from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;

describe('a question cut off or started again', () => {
  it('"how long in the fridge sorry i missed the": the drying, not "which wait?"', async () => {
    const cook = await cookAt(at('refrigerate').number);
    await cook.script(`
      U: how long in the fridge sorry i missed the
      A: ${spoken(firstSentence(at('refrigerate').step.text))} ${NEXT}
    `);
  });

  it('"how long do i let it bubble sorry how long": the glaze’s simmer, read from before the restart', async () => {
    const reduce = at('reduce-glaze');
    const cook = await cookAt(reduce.number);
    await cook.script(`
      U: how long do i let it bubble sorry how long
      A: ${spoken(reduce.step.text)} ${NEXT}
    `);
  });

  it('"sorry what did you what did you say": the step again', async () => {
    const cook = await cookAt(at('oil-meat').number);
    await cook.script(`
      U: sorry what did you what did you say
      A: ${spokenStep(at('oil-meat').number)}
    `);
  });
});

describe('a timer question cut off', () => {
  let api: AlertsApiStandIn;
  const now = () => new Date('2024-11-02T18:00:00Z');
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(now);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());

  it.each(['how long\'s left on the', 'how much longer on the', 'how long is left in the'])('"%s": what is left on the timer', async (phrase) => {
    const cook = await cookAt(at('score').number, { alerts: sdkAlertService({ timeoutMs: 1000 }), now, decorate: api.decorate });
    await cook.script(`
      U: set a timer for seven minutes
      A: Timer set for 7 minutes.
      U: ${phrase}
      A: The 7 minute timer has 7 minutes left.
    `);
  });
});
