/**
 * What the dinner-plan and doneness handlers do once chosen: a file of its own in the build
 * (tools/build.ts ON_DEMAND), required by index.ts at the first such turn.
 */
export { planConsent, planNo, planYes } from './answers';
export { planMoment, planSummary } from './ask';
export { cancelPlan } from './cancel';
export { doneness } from './doneness';
export { makePlan } from './make';
