/**
 * Anchor for `npm run bench`: the ask-sdk-core "hello" skill, as a developer starts one: the SDK
 * from its package index, a skill builder, one LaunchRequest handler and the skill's `invoke`.
 * Its cold start is what any skill built on ask-sdk-core pays before doing anything of its own.
 */
import { getRequestType, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
    handle: (input) => input.responseBuilder.speak('Hello.').reprompt('Say hello.').getResponse(),
  })
  .create();

export const handler = async (event: RequestEnvelope) => skill.invoke(event);
