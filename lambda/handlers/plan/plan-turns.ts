/**
 * What the dinner-plan and doneness handlers do once chosen: in dist/answers.js, not index.js
 * (tools/build.ts ON_DEMAND), required by index.ts at the first such turn.
 */
export { planConsent, planNo, planYes } from './answers';
export { planMoment, planSummary } from './ask';
export { cancelPlan } from './cancel';
export { doneness } from './doneness';
export { makePlan } from './make';
