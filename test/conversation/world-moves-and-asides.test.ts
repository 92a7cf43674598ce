import { cookAt } from '../helpers/ask';
import { offeredStep, whereAt } from '../helpers/expected';
import { TestCook } from '../helpers/skill';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, list M's navigation and timers (a training list; its phrasings are not used here): a word to a
 * child said before the request ("no ... not you", "don't touch it"); Nigerian Pidgin ("make we start",
 * "which step i dey"); South African "ag" and "shame" before a request; Filipino English ("the part of the
 * glaze", "how many hours more"); a vague word for the step before; a move on hedged or asked leave for; a
 * timer asked as "one"; a check that the timer runs before the question. Through the real interaction model.
 */
describe('a word to a child before the move', () => {
  it('"no honey not you go back" goes back a step', async () => {
    const cook = await cookAt(8);
    await cook.script(`
      U: no honey not you go back
      A: ${offeredStep(7)}
    `);
  });

  it('"no don\'t touch it what\'s next" moves on', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: no don't touch it what's next
      A: ${offeredStep(7)}
    `);
  });
});

describe('moves in Nigerian Pidgin, South African, Filipino and hedged English', () => {
  it('"make we start" starts the recipe', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: make we start
      A: ${offeredStep(1)}
    `);
  });

  it('"which step i dey" says where the cook is', async () => {
    const cook = await cookAt(8);
    await cook.script(`
      U: which step i dey
      A: ${whereAt(8)}
    `);
  });

  it('"go to the part of the glaze" goes to the glaze\'s first step', async () => {
    const cook = await cookAt(22);
    await cook.script(`
      U: go to the part of the glaze
      A: ${offeredStep(19)}
    `);
  });

  it('"the bit before" goes back a step', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: the bit before
      A: ${offeredStep(3)}
    `);
  });

  it.each([
    [17, 'next i guess'],
    [12, 'is it time to move on'],
  ])('at step %i, "%s" moves on', async (step, said) => {
    const cook = await cookAt(step);
    await cook.script(`
      U: ${said}
      A: ${offeredStep(step + 1)}
    `);
  });
});

describe('timers asked the same ways', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const roast = timedStep('slow-roast');

  it('"how many hours more" and "it\'s still going how long" tell the time left; "shame cancel the timer" cancels it', async () => {
    const cook = await timers.timing(roast);
    const left = `${roast.step.duration.minutes.min / 60} hours`;
    await cook.script(`
      U: how many hours more
      A: The ${roast.step.duration.label} timer has ${left} left.
      U: it's still going how long
      A: The ${roast.step.duration.label} timer has ${left} left.
      U: shame cancel the timer
      A: Okay, I cancelled the ${roast.step.duration.label} timer.
    `);
    expect(timers.lengths()).toEqual([]);
  });

  it('"start one for this" at the rest sets the step\'s timer', async () => {
    const rest = timedStep('rest');
    const cook = new TestCook(timers.options());
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${rest.number}`);
    await cook.say('start one for this');
    expect(timers.lengths()).toEqual([rest.step.duration.minutes.min * 60]);
  });
});
