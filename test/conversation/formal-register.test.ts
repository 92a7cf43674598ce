import { allSteps, ingredientById, porkBelly } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, offeredStep as offered, spokenStep, TOTAL, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';
import { TestCook } from '../helpers/skill';

/**
 * The formal, technical register (issue 11, list E's retired engineer): moves by a count of steps,
 * kept safe at both ends; "last step" as the end of the recipe; the register's verbs and nouns for
 * moves, holds, goodbyes and timers ("advance", "proceed", "suspend", "terminate", "countdown");
 * and questions in its words ("setpoint", "objective", "function", "specify", "in kilograms").
 * The phrasings are this file's own, not a held-out list's; expected text comes from the recipe.
 */
const f = factsOf(porkBelly);
const steps = allSteps(porkBelly);
const step = (id: string) => steps.find((s) => s.step.id === id)!;
const first = (phase: string) => steps.find((p) => p.phase.id === phase)!.number;
const lastStep = `${spokenStep(TOTAL)} That’s the last step. Enjoy your ${porkBelly.title}!`;
const reason = (id: string) => spoken(porkBelly.reasons.find((r) => r.id === id)!.text);

describe('moves by a count of steps', () => {
  it.each([
    [6, 'advance three steps', 9],
    [15, 'go back two steps', 13],
    [10, 'skip ahead two steps', 12],
    [12, 'move back four steps', 8],
    [4, 'three steps forward', 7],
  ])('at step %i, "%s" reads step %i, and the place moves there', async (at, phrase, to) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offered(to)}
      U: where am I
      A: ${whereAt(to)}
    `);
  });

  it('a count past the last step stops at it, and says how many there were', async () => {
    const cook = await cookAt(TOTAL - 2);
    await cook.script(`
      U: advance five steps
      A: There are only 2 steps after this one, not 5, so here is the last. ${lastStep}
    `);
  });

  it('a count back past step 1 stops there, and at step 1 nothing is lost', async () => {
    const cook = await cookAt(2);
    await cook.script(`
      U: go back four steps
      A: There is only 1 step before this one, not 4, so here is the first. ${offered(1)}
      U: go back two steps
      A: You’re already at the first step. ${spokenStep(1)}
      U: where am I
      A: ${whereAt(1)}
    `);
  });
});

describe('"last step"', () => {
  it('said as a request is the end of the recipe; said with "back" it is the step before', async () => {
    const cook = await cookAt(10);
    await cook.script(`
      U: last step
      A: ${lastStep}
      U: go to step 10
      A: ${offered(10)}
      U: skip to the final step
      A: ${lastStep}
      U: go to step 10
      A: ${offered(10)}
      U: go back to the last step
      A: ${offered(9)}
    `);
  });
});

describe('moves, holds and goodbyes in the technical register', () => {
  it.each([
    [9, 'the skin has dried so proceed to the low temperature roast', first('roast')],
    [13, 'advance to the finishing section', first('finish')],
    [3, 'drying section', first('dry')],
    [19, 'repeat the preceding instruction', 18],
    [12, 'progress to the next instruction', 13],
    [10, 'what is to be done next', 11],
  ])('at step %i, "%s" reads step %i', async (at, phrase, to) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offered(to)}
    `);
  });

  it('starts at step 1 when asked formally, and says where the cook is', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: where do I begin with the pork
      A: ${offered(1)}
      U: which step number am I currently on
      A: ${whereAt(1)}
    `);
  });

  it('holds, reads again slowly, and ends keeping the place', async () => {
    const cook = await cookAt(16);
    await cook.script(`
      U: suspend until I come back
      A: ${heldAt(16)}
      U: hang on hang on
      A: ${heldAt(16)}
      U: read that one more time
      A: ${offered(16)}
      U: terminate the session
      A: I’ve kept your place at step 16. Happy cooking!
    `);
  });
});

describe('timers in the technical register', () => {
  const START = new Date('2024-11-02T18:00:00Z');
  let clock: Date;
  let api: AlertsApiStandIn;
  beforeEach(async () => {
    clock = new Date(START);
    api = await AlertsApiStandIn.start(() => clock);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());

  it('sets a countdown, reports the remaining time, suspends and terminates it', async () => {
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => clock, decorate: api.decorate });
    await cook.say('open crispy pork belly');
    await cook.say('go to step 4');
    await cook.script(`
      U: start a five minute countdown
      I: SetTimerIntent
      A: Timer set for 5 minutes.
    `);
    clock = new Date(clock.getTime() + 2 * 60_000);
    await cook.script(`
      U: report the remaining time on the countdown
      I: TimeLeftIntent
      A: The 5 minute timer has 3 minutes left.
      U: suspend the timer
      I: PauseTimerIntent
      A: I paused the 5 minute timer, with 3 minutes left. Say resume the timer when you’re ready.
      U: cancel the active timer
      I: CancelTimerIntent
      A: Okay, I cancelled the 5 minute timer.
    `);
    expect(api.timers.size).toBe(0);
  });
});

describe('questions in the technical register', () => {
  it('gives the setpoint in both scales when both are asked for', async () => {
    const preheat = step('preheat-low');
    const temp = preheat.step.ovenTemp!;
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: give me the preheat setpoint in fahrenheit and in celsius
      A: For the ${preheat.phase.shortName}: ${spokenTemperature(temp.f, 'F')}, that is ${spokenTemperature(temp.c, 'C')}. ${NEXT}
    `);
  });

  it('hears the objective, function or purpose of a stage as asking why', async () => {
    const cook = await cookAt(step('rest').number);
    await cook.script(`
      U: what function does the ten minute rest serve
      A: ${reason('why-rest')} ${NEXT}
      U: what is the objective of the low temperature phase
      A: ${reason('why-low-then-high')} ${NEXT}
    `);
  });

  it('finds the sentence that gives the distance asked for', async () => {
    const high = step('heat-high');
    const sentence = high.step.text.split(/(?<=[.!?])\s+(?=[A-Z])/).find((s) => s.includes('rack'))!;
    const cook = await cookAt(high.number);
    await cook.script(`
      U: specify the distance between the rack and the broiler element
      A: This step says: ${spoken(sentence)} ${NEXT}
    `);
  });

  it('answers an amount in the units the question names', async () => {
    const pork = ingredientById(porkBelly, 'pork-belly')!;
    const cook = await cookAt(1);
    await cook.script(`
      U: what is the specified weight range of the pork belly in kilograms
      A: ${pork.metric!.value.min} to ${pork.metric!.value.max} kilograms of ${pork.name}, ${f.note('pork-belly')}. ${NEXT}
    `);
  });
});
