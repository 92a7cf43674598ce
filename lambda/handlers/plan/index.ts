import type { TimerDeps } from '../timers/deps';
import type { TurnHandler } from '../respond';
import { planConsentHandler, planNoHandler, planYesHandler } from './answers';
import { planMomentHandler, planSummaryHandler } from './ask';
import { cancelPlanHandler } from './cancel';
import { donenessHandler } from './doneness';
import { makePlanHandler } from './make';

export { PLAN_OFFER_KEY, planOfferInterceptor } from './offer';

/**
 * The dinner plan and doneness by conversation. The yes, no and consent answers come first: they
 * only take a turn when the last one asked their question.
 */
export function planHandlers(deps: TimerDeps): readonly TurnHandler[] {
  return [
    planYesHandler(deps),
    planNoHandler(deps),
    planConsentHandler(deps),
    makePlanHandler(deps),
    planSummaryHandler,
    planMomentHandler,
    cancelPlanHandler(deps),
    donenessHandler,
  ];
}
