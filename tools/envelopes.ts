/**
 * Small factories for request envelopes as Alexa sends them, for the benchmark and for tests that
 * talk to the handler without the interaction model.
 */
import type { RequestEnvelope } from 'ask-sdk-model';

export interface EnvelopeOptions {
  readonly userId?: string;
  /** The speaker Alexa recognised (`context.System.person`), when it recognised one. */
  readonly personId?: string;
  readonly sessionId?: string;
  readonly newSession?: boolean;
  readonly attributes?: Record<string, unknown>;
  readonly locale?: string;
  readonly applicationId?: string;
}

let counter = 0;

function base(options: EnvelopeOptions): Omit<RequestEnvelope, 'request'> {
  const user = { userId: options.userId ?? 'amzn1.ask.account.envelope-user' };
  const application = { applicationId: options.applicationId ?? 'amzn1.ask.skill.envelope-skill' };
  return {
    version: '1.0',
    session: {
      new: options.newSession ?? true,
      sessionId: options.sessionId ?? 'amzn1.echo-api.session.envelope',
      application,
      user,
      attributes: options.attributes ?? {},
    },
    context: {
      System: {
        application,
        user,
        ...(options.personId ? { person: { personId: options.personId } } : {}),
        device: { deviceId: 'amzn1.ask.device.envelope', supportedInterfaces: {} },
        // A closed loopback port: nothing built from these envelopes may reach outside.
        apiEndpoint: 'http://127.0.0.1:1',
      },
    },
  };
}

function requestFields(locale: string | undefined) {
  counter += 1;
  return { requestId: `amzn1.echo-api.request.${counter}`, timestamp: new Date().toISOString(), locale: locale ?? 'en-US' };
}

export function launchRequest(options: EnvelopeOptions = {}): RequestEnvelope {
  return { ...base(options), request: { type: 'LaunchRequest', ...requestFields(options.locale) } };
}

export function intentRequest(name: string, slots: Record<string, string> = {}, options: EnvelopeOptions = {}): RequestEnvelope {
  return {
    ...base({ newSession: false, ...options }),
    request: {
      type: 'IntentRequest',
      ...requestFields(options.locale),
      dialogState: 'COMPLETED',
      intent: {
        name,
        confirmationStatus: 'NONE',
        slots: Object.fromEntries(
          Object.entries(slots).map(([slotName, value]) => [slotName, { name: slotName, value, confirmationStatus: 'NONE' }]),
        ),
      },
    },
  };
}

/** The event Alexa sends, outside any session, when a customer disables the skill. */
export function skillDisabledEvent(options: EnvelopeOptions = {}): RequestEnvelope {
  const { context, version } = base(options);
  const now = new Date().toISOString();
  return {
    version,
    context,
    request: {
      type: 'AlexaSkillEvent.SkillDisabled',
      ...requestFields(options.locale),
      eventCreationTime: now,
      eventPublishingTime: now,
      body: { userInformationPersistenceStatus: 'NOT_PERSISTED' },
    },
  } as unknown as RequestEnvelope;
}
