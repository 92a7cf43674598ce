import { firstStepOfPhase, porkBelly } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { offeredStep, TOTAL } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

/**
 * What cooks say around and instead of the model's own phrasings (issue 11): fillers, lead-ins and
 * tails, the small variants of each move, the small words of a conversation, and the printed
 * recipe's section numbers. Every phrase goes through the real model as Alexa would match it.
 */

const WELCOME =
  'Welcome to Crispy Pork Belly with Maple Glaze. It spans two days: the skin dries in the fridge overnight, then about 3 hours of cooking. ' +
  'Shall we start with step 1, or would you like the ingredients first? To hear why it works, ask: why dry the skin, why baking soda, or why low and slow then high.';
const whereAt = (n: number) => `You’re on step ${n} of ${TOTAL}, in the ${porkBelly.phases.find((p) => firstStepOfPhase(porkBelly, p.id)! <= n - 1 && lastOf(p.id) >= n - 1)!.shortName}. ${TOTAL - n} steps left after this one.`;
const lastOf = (phaseId: string) => firstStepOfPhase(porkBelly, phaseId)! + porkBelly.phases.find((p) => p.id === phaseId)!.steps.length - 1;
/** The first step (1-based) of the printed recipe's section n: its nth part. */
const sectionStart = (n: number) => firstStepOfPhase(porkBelly, porkBelly.phases[n - 1]!.id)! + 1;

describe('moves said with fillers and in the cook\'s own words', () => {
  it('takes lead-ins, tails and the common variants of next, back, repeat, where and start over', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      A: ${WELCOME}
      U: um start
      A: ${offeredStep(1)}
      U: done that
      A: ${offeredStep(2)}
      U: okay okay next
      A: ${offeredStep(3)}
      U: carry on
      A: ${offeredStep(4)}
      U: what's after this
      A: ${offeredStep(5)}
      U: the one before that
      A: ${offeredStep(4)}
      U: say again
      A: ${offeredStep(4)}
      U: sorry um go back one please
      A: ${offeredStep(3)}
      U: okay so where am i up to
      A: ${whereAt(3)}
      U: remind me where i'm up to
      A: ${whereAt(3)}
      U: hey go to step seven please
      A: ${offeredStep(7)}
      U: let's start again from the top
      A: ${offeredStep(1)}
    `);
  });

  it('keeps the place for "hang on sorry one sec" and "wait"', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step six
      A: ${offeredStep(6)}
      U: hang on sorry one sec
      I: HoldOnIntent
      A: Sure, take your time. I’ll keep your place at step 6. Say next when you’re ready.
      U: wait
      I: HoldOnIntent
      A: Sure, take your time. I’ll keep your place at step 6. Say next when you’re ready.
      U: right carry on
      A: ${offeredStep(7)}
    `);
  });

  it('does not take a filler its intent was never taught: "mate" is a tail, never a lead-in', async () => {
    // "skip it mate" is no sample: "mate" is learnt as a tail of "skip" and "next thing".
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step four
      U: skip it mate
      I: AMAZON.NextIntent
      A: ${offeredStep(5)}
      U: mate skip
      I: AMAZON.FallbackIntent
    `);
  });
});

describe('a request said as one clause of a longer sentence', () => {
  it('takes the request a nervous or busy cook wraps in their own words', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step three
      U: i'm a bit worried i went too fast could we go back to the step before this one
      A: ${offeredStep(2)}
      U: okay i've done that what's next
      A: ${offeredStep(3)}
      U: sorry i got distracted where am i up to
      A: ${whereAt(3)}
      U: the printout says section four skip to section four
      A: ${offeredStep(sectionStart(4))}
    `);
  });
});

describe('the small words of a conversation', () => {
  it('"okay", "cool", "alright" acknowledge and keep the place; "thanks" is welcome; "and then" is next; "huh" repeats', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step four
      A: ${offeredStep(4)}
      U: okay
      I: AcknowledgeIntent
      A: Okay. You’re on step 4. Say next when you’re ready.
      U: huh
      I: AMAZON.RepeatIntent
      A: ${offeredStep(4)}
      U: cool
      A: Okay. You’re on step 4. Say next when you’re ready.
      U: thanks
      I: ThanksIntent
      A: You’re welcome. You’re on step 4. Say next when you’re ready.
      U: and then
      A: ${offeredStep(5)}
      U: alright
      A: Okay. You’re on step 5. Say next when you’re ready.
      U: cheers
      A: You’re welcome. You’re on step 5. Say next when you’re ready.
    `);
  });

  it('"repeat" after "okay" says again what came before it, not "okay"', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step two
      U: okay
      A: Okay. You’re on step 2. Say next when you’re ready.
      U: say that again
      A: ${offeredStep(2)}
    `);
  });

  it('before starting and after finishing, the small words point the way on', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      A: ${WELCOME}
      U: thanks
      A: You’re welcome. Say start when you’re ready.
      U: go to step ${TOTAL}
      U: next
      U: cool
      A: Okay. Say start over, or stop.
    `);
  });

  it('"okay" to an offered timer is a yes; "thanks" leaves the offer open for a yes', async () => {
    const api = await AlertsApiStandIn.start(() => new Date('2024-11-02T18:00:00Z'));
    try {
      api.granted.add(TIMERS_SCOPE);
      const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), decorate: api.decorate, now: () => new Date('2024-11-02T18:00:00Z') });
      const glaze = porkBelly.phases.flatMap((p) => p.steps).findIndex((s) => s.id === 'reduce-glaze') + 1;
      await cook.script(`
        U: open crispy pork belly
        U: go to step ${glaze}
        A: ${offeredStep(glaze)}
        U: thanks
        A: You’re welcome. You’re on step ${glaze}. Say next when you’re ready.
        U: okay
        I: AcknowledgeIntent
      `);
      expect([...api.timers.values()].map((t) => t.seconds)).toEqual([4 * 60]);
    } finally {
      await api.close();
    }
  });
});

describe('timers asked for in the cook\'s own words', () => {
  let api: AlertsApiStandIn;
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(() => new Date('2024-11-02T18:00:00Z'));
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api.close());

  it('sets, reads, pauses, resumes and cancels with the words cooks use', async () => {
    const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), decorate: api.decorate, now: () => new Date('2024-11-02T18:00:00Z') });
    await cook.script(`
      U: open crispy pork belly
      U: go to step one
      U: um give me a five minute timer please
      I: SetTimerIntent
      A: Timer set for 5 minutes.
      U: how much time's left
      I: TimeLeftIntent
      A: The 5 minute timer has 5 minutes left.
      U: how much time is left on my timer
      I: TimeLeftIntent
      A: The 5 minute timer has 5 minutes left.
      U: pause my timer for a second
      I: PauseTimerIntent
      A: I paused the 5 minute timer, with 5 minutes left. Say resume the timer when you’re ready.
      U: okay carry on with the timer
      I: ResumeTimerIntent
      A: The 5 minute timer is running again: 5 minutes to go.
      U: get rid of the timer
      I: CancelTimerIntent
    `);
    expect(api.timers.size).toBe(0);
  });
});

describe('a step named by what the printed recipe says in it', () => {
  const numberOf = (id: string) => porkBelly.phases.flatMap((p) => p.steps).findIndex((s) => s.id === id) + 1;
  it('goes to the step the words describe; a part named outright is still the part', async () => {
    const rest = numberOf('rest');
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to step two
      U: go to the resting under foil step
      I: GoToPhaseIntent
      A: ${offeredStep(rest)}
      U: go to where it says preheat the oven
      A: ${offeredStep(numberOf('preheat-low'))}
      U: go to the glaze
      A: ${offeredStep(sectionStart(5))}
    `);
  });
});

describe('durations said as fractions of a unit, as Alexa sends them', () => {
  it.each([
    ['timer for half an hour please', 30 * 60],
    ['set a timer for a quarter of an hour', 15 * 60],
    ['give me a three quarters of an hour timer', 45 * 60],
  ])('"%s" sets a timer of %i seconds', async (phrase, seconds) => {
    const api = await AlertsApiStandIn.start(() => new Date('2024-11-02T18:00:00Z'));
    try {
      api.granted.add(TIMERS_SCOPE);
      const cook = new TestCook({ alerts: sdkAlertService({ timeoutMs: 1000 }), decorate: api.decorate, now: () => new Date('2024-11-02T18:00:00Z') });
      await cook.say('open crispy pork belly');
      await cook.say('go to step one');
      expect((await cook.say(phrase)).sent).toBe('SetTimerIntent');
      expect([...api.timers.values()].map((t) => t.seconds)).toEqual([seconds]);
    } finally {
      await api.close();
    }
  });
});

describe('the printed recipe\'s own numbering', () => {
  it('"section three", "part five" and "step five of the recipe" are its parts; "go to step five" is the skill\'s step 5', async () => {
    await new TestCook().script(`
      U: open crispy pork belly
      U: go to section three
      I: GoToSectionIntent
      A: ${offeredStep(sectionStart(3))}
      U: step five of the recipe
      A: ${offeredStep(sectionStart(5))}
      U: go to step five
      I: GoToStepIntent
      A: ${offeredStep(5)}
      U: could you take me to part two please
      A: ${offeredStep(sectionStart(2))}
      U: section seven
      A: The recipe has no section 7. Its sections are ${porkBelly.phases.map((p, i) => `${i + 1}, ${p.shortName}`).join('; ')}.
    `);
  });
});
