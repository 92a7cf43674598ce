import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlertError, type ScopeName } from '../../services/alerts';
import { currentStep, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { askConsent, kindOf } from './consent';
import type { Want } from './want';
import type { TimerAction } from '../../speech/types';

/** What was being done when an alert call failed. */
export interface Attempt {
  readonly action: TimerAction;
  readonly scope: ScopeName;
  /** For a set: what the cook asked for, so a 401 can ask for consent and set it after. */
  readonly want?: Want;
  /** True when consent was just given: a 401 now must not ask again (no loop). */
  readonly afterConsent?: boolean;
}

/**
 * Answers a failed alert call in speech, keeping the cook's place and the session open. A 401 on a
 * set asks for permission by voice (consent may have been withdrawn since the request was made);
 * anything that is not an `AlertError` is a bug and goes on to the error handler.
 */
export function answerFailure(h: HandlerInput, turn: Turn, err: unknown, attempt: Attempt): Response {
  if (!(err instanceof AlertError)) throw err;
  turn.log.warn('alert call failed', { failure: err.failure, status: err.status, action: attempt.action, error: err.message });
  if (err.failure === 'no-consent') {
    if (attempt.want && !attempt.afterConsent) return askConsent(h, turn, attempt.scope, attempt.want);
    h.responseBuilder.withAskForPermissionsConsentCard([attempt.scope]);
  }
  return say(h, turn.speech.alertFailed(err.failure, attempt.action, kindOf(attempt.scope), currentStep(turn)));
}

