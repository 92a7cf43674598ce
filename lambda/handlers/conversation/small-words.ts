import type { HandlerInput } from 'ask-sdk-core';
import { Intent } from '../../intents';
import { offer, offerOf } from '../../state/talk';
import { currentStep, type Turn } from '../../turn/turn';
import { isIntent, say, type TurnHandler } from '../respond';
import { saidWords } from '../questions/said-again';

/** Where the cook is, as the small answers need it: a step, not started, or finished. */
function moment(turn: Turn) {
  return { placed: turn.cook.finished ? undefined : currentStep(turn), finished: turn.cook.finished };
}

/**
 * "okay", "alright", "cool" with nothing asked: heard, and the place kept. (With an offer open,
 * "okay" is a yes: offers.ts takes it first.)
 */
export const AcknowledgeHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Acknowledge),
  handle: (h, turn) => {
    const { placed, finished } = moment(turn);
    return say(h, turn.speech.acknowledged(placed, finished));
  },
};

/**
 * "thanks", "cheers": you're welcome, and the place kept. A question the skill had just asked
 * stays open, so "thanks" then "yes" still answers it.
 */
export const ThanksHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Thanks),
  handle: (h: HandlerInput, turn) => {
    const asked = offerOf(h);
    if (asked) offer(h, asked);
    const { placed, finished } = moment(turn);
    return say(h, turn.speech.youreWelcome(placed, finished));
  },
};

/** "no, that's not what I said" with nothing after the frame (handlers/questions/said-again.ts): nothing to do but ask again. */
export const SaidAgainHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.SaidAgain) && !saidWords(h),
  handle: (h, turn) => {
    const { placed, finished } = moment(turn);
    return say(h, turn.speech.saidAgainNothing(placed, finished));
  },
};
