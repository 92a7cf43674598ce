import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Scope, type ScopeName } from '../../services/alerts';
import { currentStep, type Turn } from '../../turn/turn';
import { say, sayAndHandOver } from '../respond';
import { encodePending, type Want } from './want';
import type { AlertKind } from '../../speech/types';
import type { Speech } from '../../speech';

/** A wait too long for a timer, which a reminder is offered for: said before the permission is asked. */
export type ReminderInstead = Parameters<Speech['askConsent']>[1];

export function kindOf(scope: ScopeName): AlertKind {
  return scope === Scope.Timers ? 'timer' : 'reminder';
}

/** True when the request says the cook granted the scope. */
export function isGranted(h: HandlerInput, scope: ScopeName): boolean {
  return h.requestEnvelope.context?.System?.user?.permissions?.scopes?.[scope]?.status === 'GRANTED';
}

/**
 * Asks for permission by voice. What the cook wanted rides in the token, because Alexa's answer
 * (a Connections.Response) may come in a new session without this one's attributes.
 */
export function askConsent(h: HandlerInput, turn: Turn, scope: ScopeName, want: Want, instead?: ReminderInstead): Response {
  return sayAndHandOver(h, turn.speech.askConsent(kindOf(scope), instead), {
    type: 'Connections.SendRequest',
    name: 'AskFor',
    payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: scope },
    token: encodePending({ want, scope }),
  });
}

/** Where voice consent is not possible: the permissions card in the Alexa app, and the place kept. */
export function consentCard(h: HandlerInput, turn: Turn, scope: ScopeName): Response {
  h.responseBuilder.withAskForPermissionsConsentCard([scope]);
  return say(h, turn.speech.consentCard(kindOf(scope), currentStep(turn)));
}
