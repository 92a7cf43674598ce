import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { consentCard, kindOf } from './consent';
import type { TimerDeps } from './deps';
import { fulfil } from './set-timer';
import { decodePending } from './want';

/**
 * Alexa's answer to a permission request. ACCEPTED sets what the cook asked for straight away
 * (from the token, so it works in a new session too); DENIED or NOT_ANSWERED says how to allow it
 * later and keeps the place. A status other than 200 means voice consent could not run here, so
 * the permissions card goes to the Alexa app instead.
 */
export async function consentResponse(h: HandlerInput, turn: Turn, deps: TimerDeps): Promise<Response> {
  const request = h.requestEnvelope.request as interfaces.connections.ConnectionsResponse;
  const placed = currentStep(turn);
  const pending = decodePending(request.token);
  if (!pending) return say(h, turn.speech.noWaitHere(speechContext(turn), placed));
  if (String(request.status?.code ?? '200') !== '200') return consentCard(h, turn, pending.scope);
  const status = (request.payload as { status?: unknown } | undefined)?.status;
  if (status === 'ACCEPTED') return fulfil(h, turn, deps, pending.want, true);
  return say(h, turn.speech.consentDenied(kindOf(pending.scope), placed));
}
