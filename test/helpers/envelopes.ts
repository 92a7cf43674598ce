import type { RequestEnvelope } from 'ask-sdk-model';

const application = { applicationId: 'amzn1.ask.skill.test' };

function system(userId: string, personId?: string) {
  return {
    application,
    user: { userId },
    ...(personId ? { person: { personId } } : {}),
    device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
    apiEndpoint: 'http://127.0.0.1:1',
  };
}

/** An in-session LaunchRequest, as Alexa sends it, for a store to key on. */
export function launchEnvelope(userId: string, personId?: string): RequestEnvelope {
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.test', application, user: { userId } },
    context: { System: system(userId, personId) },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.test', timestamp: new Date().toISOString(), locale: 'en-US' },
  } as RequestEnvelope;
}

/** The event Alexa sends, outside any session, when a customer disables the skill. */
export function skillDisabledEvent(userId: string): RequestEnvelope {
  const now = new Date().toISOString();
  return {
    version: '1.0',
    context: { System: system(userId) },
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      requestId: 'amzn1.echo-api.request.disabled',
      timestamp: now,
      eventCreationTime: now,
      eventPublishingTime: now,
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    },
  } as unknown as RequestEnvelope;
}

/** A TestCook `decorate` that makes Alexa recognise the speaker as `personId` (read on each request). */
export function asPerson(personId: string | (() => string)): (request: Record<string, unknown>) => void {
  return (request) => {
    const system = (request.context as { System: Record<string, unknown> }).System;
    system.person = { personId: typeof personId === 'function' ? personId() : personId };
  };
}
