import type { RequestEnvelope } from 'ask-sdk-model';

/** Who sends a request: the parts of an envelope these tests vary. */
export interface EnvelopeOptions {
  readonly applicationId?: string;
  readonly userId?: string;
  readonly locale?: string;
}

/** A LaunchRequest as Alexa sends it, opening a new session, sent now. */
export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  const user = { userId: options.userId ?? 'amzn1.ask.account.envelope-test' };
  const application = { applicationId: options.applicationId ?? 'amzn1.ask.skill.envelope-test' };
  return {
    version: '1.0',
    session: { new: true, sessionId: 'amzn1.echo-api.session.envelope-test', application, user },
    context: {
      System: { application, user, device: { deviceId: 'amzn1.ask.device.envelope-test', supportedInterfaces: {} }, apiEndpoint: 'http://127.0.0.1:1' },
    },
    request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.envelope-test', timestamp: new Date().toISOString(), locale: options.locale ?? 'en-US' },
  } as RequestEnvelope;
}
