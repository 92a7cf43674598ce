/**
 * The SDK's HTTP client and ask-sdk-model's service clients, in a module of their own: loaded at the
 * first Alexa API call (and built into its own file, dist/sdk-clients.js), so a turn that calls no
 * API never loads or parses them. ask-sdk-model's index alone was about a fifth of the bundle, and
 * DefaultApiClient's `https` import costs milliseconds of its own.
 */
export { services } from 'ask-sdk-model';
export { DefaultApiClient } from 'ask-sdk-core/dist/service/DefaultApiClient';
