/**
 * What ask-sdk-core's CustomSkill takes from ask-sdk-model, for the Lambda bundle only: tools/build.ts
 * points that one import here. CustomSkill reads `services.ServiceClientFactory` when it loads and
 * constructs one only for a skill built `withApiClient`, which this skill is not (its alert service
 * makes its own, sdk.ts). Without this, every cold start would parse all of ask-sdk-model (about a
 * fifth of the bundle) for a class it never uses. Should it ever be constructed, it is the real one,
 * from sdk-clients.js.
 */
import type { services as model } from 'ask-sdk-model';

class ServiceClientFactory {
  constructor(configuration: model.ApiConfiguration) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const clients = require('./sdk-clients') as typeof import('./sdk-clients');
    return new clients.services.ServiceClientFactory(configuration);
  }
}

export const services = { ServiceClientFactory };
