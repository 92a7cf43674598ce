import { porkBelly, timedSteps, type TimedStep } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from './alerts-api';
import { TestCook, type TestSkillOptions } from './skill';

/** The recipe's timed step by its id: an id the recipe has not fails the test here, not in a later turn. */
export function timedStep(id: string): TimedStep {
  const found = timedSteps(porkBelly).find((s) => s.step.id === id);
  if (!found) throw new Error(`no timed step ${id}`);
  return found;
}

/**
 * The setup every timer conversation test repeats, once: a fresh timers stand-in on 127.0.0.1 for
 * each test of the block this is called in, with the timers permission granted, closed after it;
 * and the skill options that send the skill's timer calls there, at a fixed clock.
 */
export function timersForEachTest(start: Date) {
  let api: AlertsApiStandIn | undefined;
  beforeEach(async () => {
    api = await AlertsApiStandIn.start(() => start);
    api.granted.add(TIMERS_SCOPE);
  });
  afterEach(() => api?.close());
  const current = (): AlertsApiStandIn => {
    if (!api) throw new Error('the timers stand-in runs only inside a test');
    return api;
  };
  /** Skill options whose timers reach this test's stand-in, the clock at `start`. */
  const options = (): TestSkillOptions => ({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => start, decorate: current().decorate });
  return {
    /** This test's stand-in: the timers it holds. */
    get api(): AlertsApiStandIn {
      return current();
    },
    options,
    /** The lengths, in seconds, of the timers the stand-in holds. */
    lengths: (): number[] => [...current().timers.values()].map((x) => x.seconds),
    /** A cook at `step` whose own timer runs ("start the timer"), as a test about a running timer begins. */
    async timing(step: TimedStep): Promise<TestCook> {
      const cook = new TestCook(options());
      await cook.say('open crispy pork belly');
      await cook.say(`go to step ${step.number}`);
      await cook.say('start the timer');
      expect(current().timers.size).toBe(1);
      return cook;
    },
  };
}
