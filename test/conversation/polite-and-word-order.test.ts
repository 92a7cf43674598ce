import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { timedStep, timersForEachTest } from '../helpers/timers';
import { TestCook } from '../helpers/skill';
import { spoken, spokenAmount } from '../helpers/spoken';

/**
 * Issue 11, list K's classes: a request or question inside the over-polite frame ("please inform me
 * which step we are on", "would you be so kind as to repeat the step"); German and Dutch English
 * ("further please", "at which step are we now", "please a timer of ten minutes", "what can i take
 * instead"); and the topic-first order of Hong Kong and Singapore English, its question word last
 * ("no apple cider vinegar can use what", "the timer can go away", "wait first"). The model carries
 * them with a few frames and question words (interaction-models/source/second-language.ts); the skill
 * reads the formal frame away (lambda/vocabulary/en/formal.ts). Expected text comes
 * from the recipe data; the phrasings are this file's own, not a held-out list's.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;

describe('the over-polite frame', () => {
  it('"please inform me which step we are on currently", "kindly advise me which step i am on": where the cook is', async () => {
    const cook = await cookAt(at('score'));
    await cook.script(`
      U: please inform me which step we are on currently
      A: ${whereAt(at('score'))}
      U: kindly advise me which step i am on
      A: ${whereAt(at('score'))}
    `);
  });

  it('"i would be grateful to know what the oven ought to be set to": the question inside the frame', async () => {
    const cook = await cookAt(at('preheat-low'));
    await cook.script(`
      U: i would be grateful to know what the oven ought to be set to
      A: For the ${f.step('preheat-low').phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});

describe('German and Dutch English', () => {
  it('"further please" and "go further": the next step; "at which step are we now": where the cook is', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: further please
      A: ${offeredStep(5)}
      U: go further
      A: ${offeredStep(6)}
      U: at which step are we now
      A: ${whereAt(6)}
    `);
  });

  it('"i would make it without soy sauce what can i take instead": whether it is needed, and the recipe’s swap', async () => {
    const soy = f.ingredient('soy-sauce');
    const cook = await cookAt(at('combine-glaze'));
    await cook.script(`
      U: i would make it without soy sauce what can i take instead
      # Made without it: whether the recipe needs it, then its swap.
      A: The recipe calls for it: ${spokenAmount(soy.quantity!)} of ${soy.name}.
      A: Instead of ${soy.name}, you can use ${f.alternative('soy-sauce')}, ${soy.alternatives![0]!.reason}. ${NEXT}
    `);
  });
});

describe('the topic first, its question word last', () => {
  it('"the step just now can say again": the step before; "wait first": a hold', async () => {
    const cook = await cookAt(8);
    await cook.script(`
      U: the step just now can say again
      A: ${offeredStep(7)}
      U: wait first
      A: ${heldAt(7)}
    `);
  });

  it('"no apple cider vinegar can use what": the recipe’s swap', async () => {
    const cook = await cookAt(at('combine-glaze'));
    await cook.script(`
      U: no apple cider vinegar can use what
      A: Instead of ${f.ingredient('cider-vinegar').name}, you can use ${f.alternative('cider-vinegar')}. ${NEXT}
    `);
  });

  it('"the inside must reach how many degrees": the inside temperature', async () => {
    const check = f.step('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: the inside must reach how many degrees
      A: About ${f.insideF('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });
});

describe('timers in these Englishes', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));

  it('"please a timer of ten minutes", "i would like a timer set for five minutes please": timers of those lengths', async () => {
    const cook = new TestCook(timers.options());
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${at('combine-glaze')}`);
    await cook.say('please a timer of ten minutes');
    await cook.say('i would like a timer set for five minutes please');
    expect(timers.lengths()).toEqual([10 * 60, 5 * 60]);
  });

  it('"how much time has the timer still": the time left; "the timer can go away": cancelled', async () => {
    const rest = timedStep('rest');
    const cook = await timers.timing(rest);
    await cook.script(`
      U: how much time has the timer still
      A: The ${rest.step.duration.label} timer has ${rest.step.duration.minutes.min} minutes left.
      U: the timer can go away
      A: Okay, I cancelled the ${rest.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });
});
