import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, ingredientsHeard, NEXT, spokenStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { TestCook } from '../helpers/skill';
import { spoken } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, a cook's own words: Jamaican and Trinidadian English ("mek we start nuh", "wah part mi
 * deh pon", "tek mi back to di part weh yuh season di meat"), Filipino English ("already" said last,
 * "ref" for the fridge, "ba"), and talk to a child or a partner inside a request ("hon", "no not you
 * darling"). The model carries the Caribbean words with a few carriers ("wah", "{query} nuh", "a
 * timer fi", "tek mi back to": interaction-models/source/questions-open.ts, moves.ts,
 * timer-phrasings.ts); the skill reads the words as English (lambda/vocabulary/en/caribbean.ts and
 * en/addressed.ts, through pidgin.ts). Through the real interaction model; the phrasings are this
 * file's own, not a held-out list's; expected text comes from the recipe data.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;

describe('Jamaican and Trinidadian English: moves', () => {
  it('"mek we start from di top nuh": step 1', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: mek we start from di top nuh
      A: ${spokenStep(1)}
    `);
  });

  it('"read dat again fi mi": the step again; "wah part mi deh pon": where the cook is', async () => {
    const cook = await cookAt(at('score'));
    await cook.script(`
      U: read dat again fi mi
      A: ${spokenStep(at('score'))}
      U: wah part mi deh pon
      A: ${whereAt(at('score'))}
    `);
  });

  it('"tek mi back to di part weh yuh season di meat": that step', async () => {
    const cook = await cookAt(at('slow-roast'));
    await cook.script(`
      U: tek mi back to di part weh yuh season di meat
      A: ${spokenStep(at('season-meat'))}
    `);
  });

  it('"hold on deh likkle bit mi phone a ring": the place kept', async () => {
    const cook = await cookAt(at('season-meat'));
    await cook.script(`
      U: hold on deh likkle bit mi phone a ring
      A: ${heldAt(at('season-meat'))}
    `);
  });

  it('"dat\'s it mi done fi now": the place kept, the session ended', async () => {
    const cook = await cookAt(at('rest'));
    const bye = await cook.say("dat's it mi done fi now");
    expect({ speech: bye.speech, ended: bye.sessionEnded }).toEqual({ speech: `I’ve kept your place at step ${at('rest')}. Happy cooking!`, ended: true });
  });
});

describe('Jamaican and Trinidadian English: questions', () => {
  it('"wah mi need fi buy fi dis": the ingredients', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: wah mi need fi buy fi dis
      A: ${ingredientsHeard()}
    `);
  });

  it('"mi cyan use tamari instead a di soy sauce": the recipe’s swap, and what it is for', async () => {
    const cook = await cookAt(at('combine-glaze'));
    const soy = f.ingredient('soy-sauce');
    await cook.script(`
      U: mi cyan use tamari instead a di soy sauce
      A: Instead of ${soy.name}, you can use ${f.alternative('soy-sauce')}, ${soy.alternatives![0]!.reason}. ${NEXT}
    `);
  });
});

describe('timers in Jamaican, Trinidadian and Filipino English', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));

  it('"gimme a timer fi five minutes nuh": a five minute timer', async () => {
    const cook = new TestCook(timers.options());
    await cook.say('open crispy pork belly');
    await cook.say(`go to step ${at('combine-glaze')}`);
    const out = await cook.say('gimme a timer fi five minutes nuh');
    expect(out.sent).toBe('SetTimerSaidIntent');
    expect(timers.lengths()).toEqual([5 * 60]);
  });

  it('"how much time leff pon it": the time left; "stop di timer mi tek it out already": cancelled', async () => {
    const rest = timedStep('rest');
    const cook = await timers.timing(rest);
    await cook.script(`
      U: how much time leff pon it
      A: The ${rest.step.duration.label} timer has ${rest.step.duration.minutes.min} minutes left.
      U: stop di timer mi tek it out already
      A: Okay, I cancelled the ${rest.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });

  it('"remove the timer already" (Filipino English): cancelled', async () => {
    const rest = timedStep('rest');
    const cook = await timers.timing(rest);
    await cook.script(`
      U: remove the timer already
      A: Okay, I cancelled the ${rest.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });

  it('"cancel the glaze timer no not you darling cancel it": cancelled, "no" not read as taking the request back', async () => {
    const glaze = timedStep('reduce-glaze');
    const cook = await timers.timing(glaze);
    await cook.script(`
      U: cancel the glaze timer no not you darling cancel it
      A: Okay, I cancelled the ${glaze.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });
});

describe('Filipino English and talk to others: questions', () => {
  it('"how long does it stay in the ref": the fridge’s wait, as the step says it', async () => {
    const cook = await cookAt(at('refrigerate'));
    await cook.script(`
      U: how long does it stay in the ref
      A: ${spoken(firstSentence(f.step('refrigerate').step.text))} ${NEXT}
    `);
  });

});
