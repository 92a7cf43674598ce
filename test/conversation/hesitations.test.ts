import { ingredientById, porkBelly } from '../../lambda/recipe';
import { cookAt as cookOn } from '../helpers/ask';
import { capital, NEXT, noTimersFrom, offeredStep, spokenStep } from '../helpers/expected';
import { spoken } from '../helpers/spoken';
import { factsOf } from '../helpers/facts';
import { TestCook } from '../helpers/skill';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, a cook's own words: a hesitation inside the request, not only before it ("set a um a
 * timer for uh five minutes", "how much uh how much kosher salt"), and a restart after one. The
 * driver reads the sentence as a recogniser hears it (tools/hesitation-match.ts) and the skill
 * reads hesitations away from slot words (lambda/vocabulary/tidy.ts); then the timer's time left
 * asked in other words, and with no timer, the recipe's own time to go. These phrasings are this
 * file's own, not a training list's. Expected words come from the recipe data.
 */
const f = factsOf(porkBelly);
const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));

const roast = timedStep('slow-roast');
const timerCook = () => cookOn(roast.number, timers.options());

describe('a hesitation inside a request', () => {
  it('sets, checks, pauses and cancels a timer with "um" and "uh" anywhere in the sentence', async () => {
    const cook = await timerCook();
    await cook.script(`
      U: set a um a timer for uh five minutes
      I: SetTimerIntent
      A: Timer set for 5 minutes.
      U: uh how long is um left on the
      A: The 5 minute timer has 5 minutes left.
      U: er pause the uh the timer
      I: PauseTimerIntent
      A: I paused the 5 minute timer, with 5 minutes left. Say resume the timer when you’re ready.
      U: um cancel the er timer
      I: CancelTimerIntent
      A: Okay, I cancelled the 5 minute timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });

  it('answers a question restarted after a hesitation, and one with a hesitation before its last word', async () => {
    const cook = await cookOn(4);
    await cook.script(`
      U: how much uh how much kosher salt do i need
      A: ${capital(f.amount('kosher-salt'))} of kosher salt. ${NEXT}
      U: how much of the um the kosher salt
      A: ${capital(f.amount('kosher-salt'))} of kosher salt. ${NEXT}
    `);
  });

  it('moves on a move said with a hesitation inside and after it', async () => {
    const cook = await cookOn(6);
    await cook.script(`
      U: go uh go back one
      A: ${offeredStep(5)}
      U: what's the er the next step
      A: ${offeredStep(6)}
      U: read the um step again um
      A: ${spokenStep(6)}
    `);
  });

  it('"what\'s the um what\'s the first thing i need to do" before starting: step 1', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.script(`
      U: what's the um what's the first thing i need to do
      A: ${offeredStep(1)}
    `);
  });
});

describe('a part of the question said again, a unit asked, an alternative left unsaid', () => {
  const sentences = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

  it('"for the er for the grill sorry the broiler": the broiler’s rack, the rest of the question kept', async () => {
    const heat = f.step('heat-high');
    const cook = await cookOn(heat.number);
    await cook.script(`
      U: where do i put the rack for the er for the grill sorry the broiler
      A: This step says: ${spoken(sentences(heat.step.text)[1]!)} ${NEXT}
    `);
  });

  it('"no wait in celsius" and "in celsius": the temperature inside, in the scale asked', async () => {
    const check = f.step('check-temp');
    const inside = `About ${f.insideC('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}`;
    const cook = await cookOn(check.number);
    await cook.script(`
      U: what temperature should it be inside no wait in celsius
      A: ${inside}
      U: what's the um internal temperature in celsius
      I: InternalTemperatureIntent
      A: ${inside}
    `);
  });

  it('"how much pork belly um in kilos": the recipe’s metric figure', async () => {
    const pork = ingredientById(porkBelly, 'pork-belly')!;
    const cook = await cookOn(3);
    await cook.script(`
      U: how much pork belly um in kilos
      A: ${pork.metric!.value.min} to ${pork.metric!.value.max} kilograms of ${pork.name}. That’s the recipe’s own figure. ${NEXT}
    `);
  });

  it('"so it simmers for five minutes or was it": the recipe’s own time', async () => {
    const reduce = f.step('reduce-glaze');
    const cook = await cookOn(reduce.number);
    await cook.script(`
      U: so it simmers for um five minutes or was it
      A: ${spoken(sentences(reduce.step.text)[0]!)} ${NEXT}
    `);
  });
});

describe('the time left, asked in other words', () => {
  it.each(['the timer left how many minutes', 'how long until the uh the timer rings', 'how long now'])('"%s": what is left on the timer', async (phrase) => {
    const cook = await timerCook();
    await cook.script(`
      U: set a timer for seven minutes
      A: Timer set for 7 minutes.
      U: ${phrase}
      A: The 7 minute timer has 7 minutes left.
    `);
  });

  it('with no timer running, says so and gives the recipe’s time to go from the cook’s step', async () => {
    const cook = await timerCook();
    await cook.script(`
      U: how long is left overall
      I: TimeLeftIntent
      A: ${noTimersFrom(roast.number)}
    `);
  });
});
