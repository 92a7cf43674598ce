import type { RequestEnvelope } from 'ask-sdk-model';

/** Who sends a request and how: the parts of an envelope the tests vary. */
export interface EnvelopeOptions {
  readonly applicationId?: string;
  readonly userId?: string;
  readonly locale?: string;
  /** When Alexa sent it (the request timestamp); now unless given. */
  readonly sentAt?: Date;
}

/** A LaunchRequest as Alexa sends it, opening a new session. */
export function launchEnvelope(options: EnvelopeOptions = {}): RequestEnvelope {
  const user = { userId: options.userId ?? 'amzn1.ask.account.envelope-test' };
  const application = { applicationId: options.applicationId ?? 'amzn1.ask.skill.envelope-test' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.envelope-test', application, user },
    context: {
      System: { application, user, device: { deviceId: 'amzn1.ask.device.envelope-test', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:1' },
    },
    request: {
      type: 'LaunchRequest',
      requestId: 'amzn1.echo-api.request.envelope-test',
      timestamp: (options.sentAt ?? new Date()).toISOString(),
      locale: options.locale ?? 'en-US',
    },
  } as RequestEnvelope;
}
