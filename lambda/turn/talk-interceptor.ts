import type { RequestInterceptor } from 'ask-sdk-core';
import { takeOffer, talkOf } from '../state/talk';
import { turnOf } from './turn';

/**
 * Hands each turn the conversation so far (state/talk.ts), and moves the question the skill asked
 * last turn out of the session, so only this turn can answer it. Runs after the state interceptor;
 * skill events have no session and no turn.
 */
export const talkInterceptor: RequestInterceptor = {
  process(h) {
    if (!h.requestEnvelope.session) return;
    takeOffer(h);
    turnOf(h).talk = talkOf(h);
  },
};
