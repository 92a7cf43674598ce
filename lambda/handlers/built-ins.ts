import { getRequestType } from '../sdk';
import { Intent } from '../intents';
import { currentStep, speechContext } from '../turn/turn';
import { isIntent, say, type TurnHandler } from './respond';

/** Help for the moment: what the cook can ask at this step, its timer, and how to move on. */
export const HelpHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Help),
  handle(h, turn) {
    const ctx = speechContext(turn);
    const placed = turn.cook.finished ? undefined : currentStep(turn);
    return say(h, turn.speech.stepHelp(ctx, placed, turn.cook.finished, turn.speech.examplesAt(ctx, placed, turn.cook.finished)));
  },
};

/**
 * Stop, cancel, "go home" and a goodbye said after narration say goodbye; the place is kept by the
 * state interceptor.
 */
export const GoodbyeHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Stop, Intent.StopSaid, Intent.Cancel, Intent.NavigateHome),
  handle(h, turn) {
    return say(h, turn.speech.goodbye(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

export const PauseHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Pause, Intent.PauseRecipe),
  handle(h, turn) {
    return say(h, turn.speech.paused(turn.cook.finished ? undefined : currentStep(turn)), { end: true });
  },
};

/** "no" to an offer: nothing changes, and the cook is told how to go on. */
export const NoHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.No),
  handle(h, turn) {
    if (turn.cook.finished) return say(h, turn.speech.goodbye(undefined), { end: true });
    return say(h, turn.speech.notNow(currentStep(turn)));
  },
};

/**
 * A miss, fitted to the moment (before starting, at a step, at a timed step, finished); a second
 * miss in a row gives examples of what to ask here, a third offers help.
 */
export const FallbackHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Fallback),
  handle(h, turn) {
    const ctx = speechContext(turn);
    const misses = turn.talk ? (turn.talk.misses += 1) : 1;
    const placed = turn.cook.finished ? undefined : currentStep(turn);
    const examples = turn.speech.examplesAt(ctx, placed, turn.cook.finished);
    return say(h, turn.speech.missed(ctx, placed, turn.cook.finished, misses, examples));
  },
};

/** Alexa closed the session (silence, the cook left, or an error): nothing may be said. */
export const SessionEndedHandler: TurnHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === 'SessionEndedRequest',
  handle(h, turn) {
    const request = h.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      turn.log.warn('session ended with an error', { error: request.error });
    }
    return h.responseBuilder.getResponse();
  },
};

export const builtInHandlers: readonly TurnHandler[] = [
  HelpHandler,
  GoodbyeHandler,
  PauseHandler,
  NoHandler,
  FallbackHandler,
  SessionEndedHandler,
];
