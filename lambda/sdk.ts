/**
 * The parts of ask-sdk-core the skill runs, imported from their own modules. The package's index
 * also loads `DefaultApiClient`, whose `https` import alone costs several milliseconds of every
 * cold start (see `npm run bench`); the client is loaded on first use instead
 * (lambda/services/alerts/deadline-client.ts). Types still come from 'ask-sdk-core' itself; a lint
 * rule keeps value imports of the index out of lambda/.
 *
 * The skill is the SDK's own `CustomSkill`, given the configuration `SkillBuilders.custom()` would
 * make of the same handlers (`customSkill` below): the builder's chain of setters and
 * ask-sdk-runtime's configuration builder are code every cold start parses for one call, and the
 * shipped code is held to a size (test/artifacts/bundle.test.ts). The four request readers are the
 * SDK's (RequestEnvelopeUtils), written here for the same reason: that module holds twelve more.
 */
import type { ErrorHandler, PersistenceAdapter, RequestHandler, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot } from 'ask-sdk-model';
import { CustomSkill } from 'ask-sdk-core/dist/skill/CustomSkill';
import { GenericErrorMapper } from 'ask-sdk-runtime/dist/dispatcher/error/mapper/GenericErrorMapper';
import { GenericHandlerAdapter } from 'ask-sdk-runtime/dist/dispatcher/request/handler/GenericHandlerAdapter';
import { GenericRequestHandlerChain } from 'ask-sdk-runtime/dist/dispatcher/request/handler/GenericRequestHandlerChain';
import { GenericRequestMapper } from 'ask-sdk-runtime/dist/dispatcher/request/mapper/GenericRequestMapper';
import { createAskSdkError } from 'ask-sdk-runtime/dist/util/AskSdkUtils';

/** A fresh response builder, for an answer built beside another in the same turn (handlers/questions/two-questions.ts). */
export { ResponseFactory } from 'ask-sdk-core/dist/response/ResponseFactory';

/** What `SkillBuilders.custom()` is told of this skill, in one object. */
export interface SkillParts {
  readonly requestHandlers: readonly RequestHandler[];
  readonly requestInterceptors: readonly RequestInterceptor[];
  readonly responseInterceptors: readonly ResponseInterceptor[];
  readonly errorHandlers: readonly ErrorHandler[];
  readonly customUserAgent?: string;
  readonly persistenceAdapter?: PersistenceAdapter;
  readonly skillId?: string;
}

/**
 * The skill `SkillBuilders.custom()` builds from the same parts: one handler chain per handler, in
 * order, one adapter, an error mapper when there are error handlers, no API client (the alert
 * service makes its own, services/alerts/sdk.ts).
 */
export function customSkill(parts: SkillParts): CustomSkill {
  return new CustomSkill({
    requestMappers: [new GenericRequestMapper({ requestHandlerChains: parts.requestHandlers.map((requestHandler) => new GenericRequestHandlerChain({ requestHandler })) })],
    handlerAdapters: [new GenericHandlerAdapter()],
    errorMapper: parts.errorHandlers.length ? new GenericErrorMapper({ errorHandlers: [...parts.errorHandlers] }) : undefined,
    requestInterceptors: [...parts.requestInterceptors],
    responseInterceptors: [...parts.responseInterceptors],
    customUserAgent: parts.customUserAgent,
    skillId: parts.skillId,
    persistenceAdapter: parts.persistenceAdapter,
    apiClient: undefined,
  });
}

/** The request's type ('LaunchRequest', 'IntentRequest', ...). */
export const getRequestType = (envelope: RequestEnvelope): string => envelope.request.type;

/** The request itself, when it is an intent; the SDK's error otherwise, as its readers throw. */
function intentRequest(envelope: RequestEnvelope): IntentRequest {
  if (envelope.request.type === 'IntentRequest') return envelope.request;
  throw createAskSdkError('RequestEnvelopeUtils', `Expecting request type of IntentRequest but got ${envelope.request.type}.`);
}

/** The intent's name; throws for a request that is not an intent. */
export const getIntentName = (envelope: RequestEnvelope): string => intentRequest(envelope).intent.name;

/** One slot of the intent (null when the intent has no slots); throws for a request that is not an intent. */
export function getSlot(envelope: RequestEnvelope, name: string): Slot | null {
  const slots = intentRequest(envelope).intent.slots;
  return slots != null ? (slots[name] ?? null) : null;
}

/** The words of one slot (null when it is missing); throws for a request that is not an intent. */
export function getSlotValue(envelope: RequestEnvelope, name: string): string | null {
  const slot = getSlot(envelope, name);
  return slot ? slot.value! : null;
}
