import { allSteps, firstStepOfPhase, porkBelly, timedSteps } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { cookAt } from '../helpers/ask';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { NEXT, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { TestCook } from '../helpers/skill';
import { spoken } from '../helpers/spoken';

/**
 * The word order of a cook whose first language is not English (list G's classes): the question
 * word late or in the middle ("the oven how hot it must be", "we are in which step now"), the topic
 * first, "i use" and "it stays" for "do i use" and "does it stay", "the before one" and "the step
 * number twelve"; and plain moves and timer questions said another way ("skip the drying part",
 * "the next part", "how long till the roast is done"). Through the real interaction model; the
 * phrasings are this file's own, not a held-out list's; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const number = (id: string) => f.step(id).number;
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;
const firstOf = (phase: string) => firstStepOfPhase(porkBelly, phase)! + 1;

describe('a request in any word order', () => {
  it('"the next", "the before one", "the step number twelve" and "in which step" are the moves they ask for', async () => {
    const cook = await cookAt(5);
    await cook.script(`
      U: tell me the next
      A: ${offeredStep(6)}
      U: go back to the before one
      A: ${offeredStep(5)}
      U: take me to the step number twelve
      A: ${offeredStep(12)}
      U: we are in which step now
      A: ${whereAt(12)}
      U: go back to the step before of this
      A: ${offeredStep(11)}
    `);
  });

  it('a request said last, after what the cook tells, is the request', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: i read it out to my sister what is next
      A: ${offeredStep(5)}
    `);
  });
});

describe('a question word anywhere in the sentence', () => {
  it('the topic first, then the question ("the oven how hot it must be")', async () => {
    const oven = await cookAt(number('preheat-low'));
    await oven.script(`
      U: the oven how hot it must be
      A: For the ${f.step('preheat-low').phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
    const fridge = await cookAt(number('refrigerate'));
    await fridge.script(`
      U: the fridge how many hours it stays
      A: ${spoken(firstSentence(f.step('refrigerate').step.text))} ${NEXT}
    `);
  });

  it('"i use" after "how much exactly": the topic said first is what the amount is of', async () => {
    const rub = await cookAt(number('mix-rub'));
    await rub.script(`
      U: the fine sea salt how much exactly i use
      A: ${f.amount('sea-salt').replace(/^./, (c) => c.toUpperCase())} of ${f.name('sea-salt')}. ${NEXT}
    `);
  });

  it('a choice of two said as a statement ("i put the butter in now or at the end") is a question, not the step done', async () => {
    const cook = await cookAt(number('finish-glaze'));
    await cook.script(`
      U: i put the butter in now or at the end
      A: This step says: ${spoken(f.step('finish-glaze').step.text)} ${NEXT}
    `);
  });
});

describe('parts and steps named by what happens in them', () => {
  it('"skip the drying part" goes past the part, "the next part" to the next one', async () => {
    const cook = await cookAt(number('rack-it'));
    const afterDrying = allSteps(porkBelly).filter((s) => s.phase.id === 'dry').at(-1)!.number + 1;
    await cook.script(`
      U: can we skip the drying part
      A: ${offeredStep(afterDrying)}
      U: go to the next part
      A: ${offeredStep(firstOf('finish'))}
    `);
  });

  it('"the seasoning step" is the step that seasons, not the start of the prep', async () => {
    const cook = await cookAt(number('rack-it'));
    await cook.script(`
      U: go back to the seasoning step
      A: ${offeredStep(number('season-meat'))}
    `);
  });
});

describe('timers in other words', () => {
  const START = new Date('2024-11-02T18:00:00Z');
  let api: AlertsApiStandIn;
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(() => START);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());

  it('"a timer of", "how long until the meat is ready" and "stop for a while my timer"', async () => {
    const roast = timedSteps(porkBelly).find((s) => s.step.id === 'slow-roast')!;
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => START, decorate: api.decorate });
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${roast.number}`);
    await cook.script(`
      U: please set a timer of twelve minutes
      A: Timer set for 12 minutes.
      U: how long until the meat is ready
      A: The 12 minute timer has 12 minutes left.
      U: stop for a while my timer
      I: PauseTimerIntent
      A: I paused the 12 minute timer, with 12 minutes left. Say resume the timer when you’re ready.
    `);
  });

  it('with no timer running, "how long until the roast is over" is how long the step takes', async () => {
    const roast = f.step('slow-roast');
    const cook = await cookAt(roast.number);
    await cook.script(`
      U: how long until the roast is over
      A: ${spoken(firstSentence(roast.step.text))} ${NEXT}
    `);
  });
});
