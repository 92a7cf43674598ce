/**
 * What the timer handlers do once chosen: in dist/answers.js, not index.js (tools/build.ts ON_DEMAND),
 * required by index.ts at the first timer turn, so a launch or "next" never compiles any of it. It
 * borrows the recipe, speech and state modules from index.js; what only timers use is in it.
 */
export { consentResponse } from './consent-response';
export { manage } from './manage';
export { resumePaused } from './resume-paused';
export { fulfil, setTimerTurn } from './set-timer';
export { setTimerSaid } from './set-timer-said';
export { timeLeft } from './time-left';
export { whichTimer } from './which';
