import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { NEXT, capital, heldAt, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { TestCook } from '../helpers/skill';
import { spoken, spokenTemperature } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, list N's first run (list N is a training list since; these phrasings are this file's own):
 * a cook who didn't hear the step asks for it again, slower or louder; the part of the recipe or the
 * step number asked back; "start it over"; a hold said as "hang about a minute" or "chill a sec"; a
 * laid-back "dude" and a Spanish speaker's "bueno" around a request; the meat's target temperature asked
 * in a scale; a timer "stuck on" for the recipe's rest, which had answered as "tell me the rest"; a
 * question passed on ("she's asking ..."); "how long will the glaze take", which had asked "which wait?"; and a
 * learner's or a hedger's timer ("put timer of ...", "about ...") and start ("let us begin").
 * Through the real interaction model; expected text from the recipe data.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

const f = factsOf(porkBelly);

/** A step's first sentence: what a "how long" answer reads of it. */
const firstSentence = (text: string) => spoken(text.split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!);

describe('asked again: not heard, slower, louder', () => {
  it.each(['i didn\'t hear all of it', 'again more slowly please', 'louder please'])('"%s" reads the step again', async (phrase) => {
    const cook = await cookAt();
    await cook.say('go to step four');
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(4)}
    `);
  });
});

describe('where the cook is, asked back', () => {
  it('"which part of the recipe are we in" and "what step did you say this is" tell the place', async () => {
    const cook = await cookAt(21);
    await cook.script(`
      U: which part of the recipe are we in
      A: ${whereAt(21)}
      U: what step did you say this is
      A: ${whereAt(21)}
    `);
  });
});

describe('start it over', () => {
  it('"let\'s start it all over again" mid-recipe goes to step 1, not back to the current step', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: let's start it all over again
      A: ${offeredStep(1)}
    `);
  });
});

describe('holds in other words', () => {
  it.each(['hang about a minute', 'chill for a minute', 'hold on a little bit'])('"%s" keeps the place', async (phrase) => {
    const cook = await cookAt(7);
    await cook.script(`
      U: ${phrase}
      A: ${heldAt(7)}
    `);
  });
});

describe('"dude", "bueno" and "pues" around a request', () => {
  const fridge = f.step('refrigerate');

  it('"what comes next dude" moves on, and "bueno how long in the fridge" answers the drying', async () => {
    const cook = await cookAt(fridge.number);
    await cook.script(`
      U: bueno how long in the fridge
      A: ${firstSentence(fridge.step.text)} ${NEXT}
      U: what comes next dude
      A: ${offeredStep(fridge.number + 1)}
    `);
  });
});

describe('the target temperature inside, in a scale', () => {
  const check = f.step('check-temp');

  it('"what is the target internal temperature in celsius" answers the meat in Celsius', async () => {
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what is the target internal temperature in celsius
      A: About ${spokenTemperature(check.step.internalTemp!.c, 'C')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });
});

describe('a question passed on from someone else', () => {
  it('"she\'s asking why ..." answers the question she asked', async () => {
    const cook = await cookAt(3);
    const dry = porkBelly.reasons.find((r) => r.id === 'why-dry')!;
    await cook.script(`
      U: she's asking why the skin gets dried
      A: ${spoken(dry.text)} ${NEXT}
    `);
  });
});

describe('how long a named part will take', () => {
  it('"how long will the glaze take" before the glaze simmers answers its time, not "which wait?"', async () => {
    const reduce = f.step('reduce-glaze');
    const cook = await cookAt(reduce.number - 1);
    await cook.script(`
      U: how long will the glaze take
      A: ${spoken(reduce.step.text)} That’s step ${reduce.number}. ${NEXT}
    `);
  });
});

describe('the meat’s temperature and the rest, asked in other words', () => {

  it('"what temp for the middle" is the meat inside, not the oven', async () => {
    const check = f.step('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what temp for the middle
      A: About ${spokenTemperature(check.step.internalTemp!.f, 'F')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });

  it('"how many minutes it should rest", the verb after its subject, answers the rest, not the whole plan', async () => {
    const rest = f.step('rest');
    const cook = await cookAt(rest.number - 1);
    await cook.script(`
      U: how many minutes it should rest
      A: ${firstSentence(rest.step.text)} That’s step ${rest.number}. ${NEXT}
    `);
  });
});

describe('starting and coming back, in other words', () => {
  it('"let us begin" starts the recipe, and "what was i doing" reads the step again', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: let us begin
      A: ${offeredStep(1)}
      U: what was i doing
      A: ${offeredStep(1)}
    `);
  });
});

describe('a food-science cook’s why', () => {
  it('"what does resting achieve" and "what is the purpose of resting" give the recipe’s reason', async () => {
    const rest = f.step('rest');
    const reason = spoken(porkBelly.reasons.find((r) => r.id === 'why-rest')!.text);
    const cook = await cookAt(rest.number);
    await cook.script(`
      U: what does resting achieve
      A: ${reason} ${NEXT}
      U: what is the purpose of resting
      A: ${reason} ${NEXT}
    `);
  });
});

describe('a range asked by one end', () => {
  it('"what\'s the longest it\'ll take" at the roast answers the roast’s time', async () => {
    const roast = f.step('slow-roast');
    const cook = await cookAt(roast.number);
    await cook.script(`
      U: what's the longest it'll take
      A: ${firstSentence(roast.step.text)} ${NEXT}
    `);
  });
});

/** List K (a training list): the oven's setting asked without the word "temperature". */
describe('the oven’s setting, asked without "temperature"', () => {
  it('"what\'s the oven supposed to be at" at the preheat answers the low roast’s heat', async () => {
    const low = f.step('preheat-low');
    const cook = await cookAt(low.number);
    await cook.script(`
      U: what's the oven supposed to be at
      I: OvenTemperatureIntent
      A: For the ${low.phase.shortName}: ${spokenTemperature(low.step.ovenTemp!.f, 'F')}. ${NEXT}
    `);
  });
});

/** List N (a training list): which of two, asked of what was said. */
describe('"did it say ... or ..."', () => {
  it('"did it say covered or uncovered in the fridge" and "did you say ten minutes or two minutes for the rest" answer from the step', async () => {
    for (const id of ['refrigerate', 'rest'] as const) {
      const step = f.step(id);
      const cook = await cookAt(step.number);
      await cook.script(`
        U: ${id === 'rest' ? 'did you say ten minutes or two minutes for the rest' : 'did it say covered or uncovered in the fridge'}
        I: AskYesNoIntent
        A: ${firstSentence(step.step.text)} ${NEXT}
      `);
    }
  });
});

describe('timers, through the Timers API stand-in', () => {
  const t = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const rest = timedStep('rest');
  const glaze = timedStep('reduce-glaze');

  describe('a timer stuck on for the recipe’s wait', () => {
    it('"stick a timer on for the rest" times the rest, not "the rest" of a list', async () => {
      const cook = new TestCook(t.options());
      await cook.say('open crispy pork belly');
      await cook.say(`go to step ${rest.number}`);
      const { label, minutes: range } = rest.step.duration;
      await cook.script(`
        U: stick a timer on for the rest
        A: ${capital(label)} timer set for ${range.min} minutes. When it rings: ${spoken(rest.step.duration.check ?? '')} When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?
      `);
      expect(t.lengths()).toEqual([range.min * 60]);
    });
  });

  describe('timers in a learner’s or a hedger’s words', () => {
    it('"put timer of ..." and "set a timer for about ..." set that length; "how much time is remaining in the timer" tells it', async () => {
      const cook = await t.timing(glaze);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: how much time is remaining in the timer
        A: The ${label} timer has ${range.min} minutes left.
        U: put timer of three minutes
        A: Timer set for 3 minutes.
        U: set a timer for about seven minutes
        A: Timer set for 7 minutes.
      `);
      expect(t.lengths()).toEqual([range.min * 60, 3 * 60, 7 * 60]);
    });
  });

  /** List O's first run (a training list since) found a question about the timer setting a second one. */
  describe('the time left asked without "is"', () => {
    it('"how long left on the timer" and "how much time on the timer" tell the time left and set no second timer', async () => {
      const cook = await t.timing(glaze);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: how long left on the timer
        A: The ${label} timer has ${range.min} minutes left.
        U: how much time on the timer
        A: The ${label} timer has ${range.min} minutes left.
      `);
      expect(t.lengths()).toEqual([range.min * 60]);
    });

    it('"what time is on the timer", "how long now in the timer" and "how many minutes are still on the timer" tell it too, not "for how long?"', async () => {
      const cook = await t.timing(glaze);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: what time is on the timer
        A: The ${label} timer has ${range.min} minutes left.
        U: how long now in the timer
        A: The ${label} timer has ${range.min} minutes left.
        U: how many minutes are still on the timer
        A: The ${label} timer has ${range.min} minutes left.
      `);
      expect(t.lengths()).toEqual([range.min * 60]);
    });
  });

  /** Lists J and O (training lists): the timer called a thing, pause said as a noun, a hedge before the cancel. */
  describe('the timer called a thing, and a hedged cancel', () => {
    it('"freeze the countdown thing", "how long has the clock thing got left", "get the ticker thing going again", "put the timer in pause" and "i think i\'d like to cancel that timer actually" act on the running timer', async () => {
      const cook = await t.timing(glaze);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: freeze the countdown thing for a sec
        I: PauseTimerIntent
        A: I paused the ${label} timer, with ${range.min} minutes left. Say resume the timer when you’re ready.
        U: how long has the clock thing got left
        I: TimeLeftIntent
        A: The ${label} timer is paused, with ${range.min} minutes left.
        U: get the ticker thing going again
        I: ResumeTimerIntent
        A: The ${label} timer is running again: ${range.min} minutes to go.
        U: put the timer in pause please
        I: PauseTimerIntent
        A: I paused the ${label} timer, with ${range.min} minutes left. Say resume the timer when you’re ready.
        U: i think i'd like to cancel that timer actually
        I: CancelTimerIntent
        A: Okay, I cancelled the ${label} timer.
      `);
      expect(t.lengths()).toEqual([]);
    });

    it('"wait stop pause the timer" pauses it, not the walkthrough', async () => {
      const cook = await t.timing(glaze);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: wait stop pause the timer
        I: PauseTimerIntent
        A: I paused the ${label} timer, with ${range.min} minutes left. Say resume the timer when you’re ready.
      `);
    });
  });

  /** List J (a training list): a length and what it is for, said together. */
  describe('a length for a named wait', () => {
    it('"set me a little timer for five minutes for the glaze" sets five minutes', async () => {
      const cook = new TestCook(t.options());
      await cook.say('open crispy pork belly');
      await cook.say(`go to step ${glaze.number}`);
      const { label, minutes: range } = glaze.step.duration;
      await cook.script(`
        U: set me a little timer for five minutes for the glaze
        I: SetTimerIntent
        A: ${capital(label)} timer set for 5 minutes, as you asked. The recipe says ${range.min} to ${range.max} minutes. When it rings: ${spoken(glaze.step.duration.check ?? '')} When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?
      `);
      expect(t.lengths()).toEqual([5 * 60]);
    });
  });
});
