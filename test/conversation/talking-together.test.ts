import { porkBelly, timedSteps } from '../../lambda/recipe';
import { timersForEachTest } from '../helpers/timers';
import { cookAt } from '../helpers/ask';
import { capital, heldAt, NEXT, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * A couple cooking together, and a Northern or Welsh cook (issue 11). The wake word said inside a
 * sentence starts the request to the skill: the words before it are talk to the other cook, and a
 * short clause after the request said of or to someone else ("she missed it", "he's lost") or giving
 * a reason ("while it heats up") asks nothing more (lambda/vocabulary/addressed.ts). A hold with its
 * reason ("hang on our kid's at the door"), "go on" after what is ready and "tara" are read as
 * what they mean. Expected text is the recipe's (test/helpers).
 */
const f = factsOf(porkBelly);
const firstSentence = (text: string) => text.split(/(?<=[.!?:])\s+(?=[A-Z])/)[0] ?? text;
/** A step's first sentence as the skill reads it back, before the hand-back. */
const says = (id: string) => spoken(firstSentence(f.step(id).step.text));
const kept = (n: number) => `I’ve kept your place at step ${n}. Happy cooking!`;

describe('talk to the other cook before the wake word', () => {
  it.each([
    ['stop stirring a sec alexa how long does it simmer', 'reduce-glaze'],
    ['did you say two hours or two and a half alexa how long does it roast', 'slow-roast'],
    // Phrasings nobody wrote: another wake word, other talk before it.
    ['love can you grab the foil echo how long does it rest', 'rest'],
  ])('"%s" answers the question after it', async (phrase, id) => {
    const cook = await cookAt(f.step(id).number);
    await cook.script(`
      U: ${phrase}
      A: ${says(id)} ${NEXT}
    `);
  });

  it('answers how deep to score, the knife talk aside', async () => {
    const cook = await cookAt(f.step('score').number);
    await cook.script(`
      U: careful with the knife alexa how deep do we score it
      A: This step says: ${says('score')} ${NEXT}
    `);
  });

  it('answers which mustard, the question to the other cook aside', async () => {
    const cook = await cookAt(f.step('combine-glaze').number);
    await cook.script(`
      U: is it dijon or wholegrain alexa what mustard
      A: ${capital(`${f.amount('dijon-mustard')} of ${f.name('dijon-mustard')}`)}. ${NEXT}
    `);
  });

  it('waits while he sharpens the knife', async () => {
    const cook = await cookAt(3);
    await cook.script(`
      U: hold on he's sharpening the knife alexa wait
      A: ${heldAt(3)}
    `);
  });
});

describe('a clause said to someone else after the request', () => {
  it.each([
    ['alexa go back she missed it', 6, 5],
    ['alexa next he\'s ready', 5, 6],
    ['alexa skip ahead to the slicing we\'ll do the glaze later', 19, f.step('slice').number],
  ])('"%s" moves as the request asks', async (phrase, from, to) => {
    const cook = await cookAt(from);
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(to)}
    `);
  });

  it.each([
    ['alexa what step are we on he\'s lost', 21],
    ['good morning i\'ve got the meat out where were we', 10],
    ['i\'ve washed up where was i', 10],
  ])('"%s" says where the cook is', async (phrase, n) => {
    const cook = await cookAt(n);
    await cook.script(`
      U: ${phrase}
      A: ${whereAt(n)}
    `);
  });

  it('starts again from the top for another one', async () => {
    const cook = await cookAt(12);
    await cook.script(`
      U: alexa start again from the top we're doing another one
      A: ${offeredStep(1)}
    `);
  });

  it('converts the temperature he keeps asking about', async () => {
    const cook = await cookAt(f.step('heat-high').number);
    await cook.script(`
      U: alexa what's five hundred in celsius he keeps asking
      A: ${f.ovenF('heat-high')} is ${f.ovenC('heat-high')}. ${NEXT}
    `);
  });

  it('waits while they find the foil', async () => {
    const cook = await cookAt(16);
    await cook.script(`
      U: alexa pause we need to find the foil
      A: ${heldAt(16)}
    `);
  });
});

describe('timers asked for between two cooks', () => {
  const timers = timersForEachTest(new Date('2026-12-07T18:00:00Z'));
  const timerCook = (step: number) => cookAt(step, timers.options());
  const rest = timedSteps(porkBelly).find((s) => s.step.id === 'rest')!;

  it('sets a timer for the length asked, the reason after it aside', async () => {
    const cook = await timerCook(f.step('preheat-low').number);
    await cook.script(`
      U: alexa set a timer for fifteen minutes while it heats up
      A: Timer set for 15 minutes.
      U: alexa timer for five minutes he's stirring
      A: Timer set for 5 minutes.
    `);
    expect([...timers.api.timers.values()].map((t) => t.seconds)).toEqual([15 * 60, 5 * 60]);
  });

  it('pauses, resumes, tells the time left on and cancels the step\'s timer, each said with talk around it', async () => {
    const cook = await timerCook(rest.number);
    await cook.script(`
      U: start the timer
      U: alexa pause the timer we're popping out
      A: I paused the ${rest.step.duration.label} timer, with ${f.time('rest')} left. Say resume the timer when you’re ready.
      U: we're back alexa resume the timer
      A: The ${rest.step.duration.label} timer is running again: ${f.time('rest')} to go.
      U: alexa how long's left she wants to know
      A: The ${rest.step.duration.label} timer has ${f.time('rest')} left.
      U: alexa cancel the timer we're eating now
      A: Okay, I cancelled the ${rest.step.duration.label} timer.
    `);
    expect(timers.api.timers.size).toBe(0);
  });
});

describe('a hold with its reason, and moves in Northern and Welsh English', () => {
  it.each([
    ['hang on our kid\'s at the door', 12],
    ['wait first let me wash my hand', 10],
    ['hang on me mam\'s on the phone', 7],
  ])('"%s" keeps the place and the session', async (phrase, n) => {
    const cook = await cookAt(n);
    const heard = await cook.say(phrase);
    expect(heard.speech).toBe(heldAt(n));
    expect(heard.sessionEnded).toBe(false);
  });

  it.each([
    ['the cooker\'s heating up go on', 11],
    ['it\'s hot go on then', 15],
  ])('"%s" goes on to the next step', async (phrase, n) => {
    const cook = await cookAt(n);
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(n + 1)}
    `);
  });

  it.each(['cheers tara', 'right tara love', 'ta ra'])('"%s" says goodbye with the place kept', async (phrase) => {
    const cook = await cookAt(20);
    const heard = await cook.say(phrase);
    expect(heard.speech).toBe(kept(20));
    expect(heard.sessionEnded).toBe(true);
  });
});
