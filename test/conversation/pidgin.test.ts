import { porkBelly } from '../../lambda/recipe';
import { timedStep, timersForEachTest } from '../helpers/timers';
import { cookAt } from '../helpers/ask';
import { ingredientsHeard, NEXT, spokenStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * Issue 11, a cook's own words in Nigerian Pidgin and the West African and Caribbean English near
 * it: "abeg" (please), "am" (it), "dey" (is, am), "wetin" (what), "i go" (I should), "fit" (can),
 * "no get" (don't have), "don" (have), "remain" (left), "off" (turn off). The model carries them with
 * a few carriers (interaction-models/source/questions-open.ts); the skill reads the grammar words as
 * English (lambda/vocabulary/pidgin.ts) and answers as it answers the English. Expected words come
 * from the recipe data. The phrasings are this file's own, not a held-out list's.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const vinegar = f.ingredient('cider-vinegar');

describe('requests', () => {
  it('"abeg read am again": the step again', async () => {
    const cook = await cookAt(at('score'));
    await cook.script(`
      U: abeg read am again
      A: ${spokenStep(at('score'))}
    `);
  });

  it('"abeg repeat am": the step again, wherever the cook is', async () => {
    const cook = await cookAt(at('season-meat'));
    await cook.script(`
      U: abeg repeat am
      I: AskWhatIntent
      A: ${spokenStep(at('season-meat'))}
    `);
  });

  it('"which part i dey now", "i don come back where we stop": where the cook is', async () => {
    const cook = await cookAt(at('reduce-glaze'));
    await cook.script(`
      U: which part i dey now
      A: ${whereAt(at('reduce-glaze'))}
      U: i don come back where we stop
      I: TellIntent
      A: ${whereAt(at('reduce-glaze'))}
    `);
  });

  it('"wetin i need to buy for am": the ingredients', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: wetin i need to buy for am
      A: ${ingredientsHeard()}
    `);
  });
});

describe('questions', () => {
  it('"i no get apple cider vinegar wetin i fit use": the recipe’s swap, not a correction at "no"', async () => {
    const cook = await cookAt(at('combine-glaze'));
    await cook.script(`
      U: i no get apple cider vinegar wetin i fit use
      I: AskWhatIntent
      A: Instead of ${vinegar.name}, you can use ${f.alternative('cider-vinegar')}. ${NEXT}
    `);
  });

  it('"the oven i go set am to how many degrees": the oven for the cook’s step', async () => {
    const cook = await cookAt(at('preheat-low'));
    await cook.script(`
      U: the oven i go set am to how many degrees
      I: AskTemperatureIntent
      A: For the ${f.step('preheat-low').phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});

describe('timers', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));

  it('"the timer remain how many minutes": the time left; "off the timer abeg": cancelled', async () => {
    const rest = timedStep('rest');
    const cook = await timers.timing(rest);
    await cook.script(`
      U: the timer remain how many minutes
      A: The ${rest.step.duration.label} timer has ${rest.step.duration.minutes.min} minutes left.
      U: off the timer abeg
      A: Okay, I cancelled the ${rest.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });
});
