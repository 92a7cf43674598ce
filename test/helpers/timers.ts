import { sdkAlertService } from '../../lambda/services/alerts';
import { AlertsApiStandIn, TIMERS_SCOPE } from './alerts-api';
import type { TestSkillOptions } from './skill';

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
  return {
    /** This test's stand-in: the timers it holds. */
    get api(): AlertsApiStandIn {
      return current();
    },
    /** Skill options whose timers reach this test's stand-in, the clock at `start`. */
    options: (): TestSkillOptions => ({ alerts: sdkAlertService({ timeoutMs: 1000 }), now: () => start, decorate: current().decorate }),
  };
}
