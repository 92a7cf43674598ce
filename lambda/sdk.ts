/**
 * The parts of ask-sdk-core the skill runs, imported from their own modules. The package's index
 * also loads `DefaultApiClient`, whose `https` import alone costs several milliseconds of every
 * cold start (see `npm run bench`); the client is loaded on first use instead
 * (lambda/services/alerts/deadline-client.ts). Types still come from 'ask-sdk-core' itself; a lint
 * rule keeps value imports of the index out of lambda/.
 */
export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
export { getIntentName, getRequestType, getSlot, getSlotValue } from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
/** A fresh response builder, for an answer built beside another in the same turn (handlers/questions/two-questions.ts). */
export { ResponseFactory } from 'ask-sdk-core/dist/response/ResponseFactory';
