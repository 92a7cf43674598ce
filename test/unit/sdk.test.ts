import { SkillBuilders, getIntentName, getRequestType, getSlot, getSlotValue, ResponseFactory as SdkResponseFactory, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { readFileSync } from 'node:fs';
import { customSkill, getIntentName as intentName, getRequestType as requestType, getSlot as slot, getSlotValue as slotValue } from '../../lambda/sdk';
import { intentRequest, launchRequest } from '../../tools/envelopes';
import { FACTORIES, namesIn, trimFactory } from '../../tools/trim-sdk';

/**
 * lambda/sdk.ts builds the skill without the SDK's builder, and reads requests without its
 * RequestEnvelopeUtils, to ship less code: the same parts given to `SkillBuilders.custom()` must
 * answer every request the same, and the readers must return (or throw) what the SDK's do.
 */

/** A request the readers get wrong at their peril: an intent without slots, a slot without words, an event. */
const ENVELOPES: RequestEnvelope[] = [
  launchRequest(),
  intentRequest('AMAZON.NextIntent'),
  intentRequest('SetTimerIntent', { duration: 'PT10M' }),
  intentRequest('GoToStepIntent', { step: '' }),
  { ...launchRequest(), request: { type: 'AlexaSkillEvent.SkillDisabled', requestId: 'r', timestamp: '2026-12-07T00:00:00Z' } } as unknown as RequestEnvelope,
];
const noSlots = intentRequest('AMAZON.HelpIntent');
delete (noSlots.request as { intent: { slots?: unknown } }).intent.slots;
ENVELOPES.push(noSlots);

/** What a reader did: its value, or the error it threw (name and message). */
function outcome(read: () => unknown): unknown {
  try {
    return { value: read() ?? null };
  } catch (err) {
    return { threw: (err as Error).name, message: (err as Error).message };
  }
}

describe('the request readers (lambda/sdk.ts)', () => {
  it.each(ENVELOPES.map((envelope) => [envelope.request.type, envelope] as const))('read a %s as the SDK does, throwing what it throws', (_type, envelope) => {
    for (const name of ['duration', 'step', 'missing']) {
      expect(outcome(() => slot(envelope, name))).toEqual(outcome(() => getSlot(envelope, name)));
      expect(outcome(() => slotValue(envelope, name))).toEqual(outcome(() => getSlotValue(envelope, name)));
    }
    expect(outcome(() => intentName(envelope))).toEqual(outcome(() => getIntentName(envelope)));
    expect(requestType(envelope)).toBe(getRequestType(envelope));
  });
});

describe('customSkill (lambda/sdk.ts)', () => {
  /** A skill's parts: handlers that say which answered, interceptors that leave a mark, an error handler. */
  function parts() {
    const said = (h: HandlerInput, what: string) => h.responseBuilder.speak(`${what} ${JSON.stringify(h.attributesManager.getRequestAttributes())}`).reprompt('again').getResponse();
    const handlers: RequestHandler[] = [
      { canHandle: (h) => getRequestType(h.requestEnvelope) === 'LaunchRequest', handle: (h) => said(h, 'welcome') },
      { canHandle: (h) => getRequestType(h.requestEnvelope) === 'IntentRequest' && getIntentName(h.requestEnvelope) === 'AMAZON.HelpIntent', handle: () => { throw new Error('help broke'); } },
      { canHandle: (h) => getRequestType(h.requestEnvelope) === 'IntentRequest', handle: (h) => said(h, getIntentName(h.requestEnvelope)) },
    ];
    return {
      requestHandlers: handlers,
      requestInterceptors: [{ process: (h: HandlerInput) => { h.attributesManager.setSessionAttributes({ seen: true }); h.attributesManager.getRequestAttributes().mark = 'in'; } }],
      responseInterceptors: [{ process: (h: HandlerInput) => { h.attributesManager.getRequestAttributes().out = true; } }],
      errorHandlers: [{ canHandle: () => true, handle: (h: HandlerInput, err: Error) => h.responseBuilder.speak(`sorry: ${err.message}`).withShouldEndSession(true).getResponse() }],
      customUserAgent: 'crispy-pork-belly',
    };
  }

  it('answers every request as SkillBuilders.custom() built from the same parts does: handlers in order, interceptors, error handler, user agent, session', async () => {
    const ours = customSkill(parts());
    const p = parts();
    const theirs = SkillBuilders.custom()
      .addRequestHandlers(...p.requestHandlers)
      .addRequestInterceptors(...p.requestInterceptors)
      .addResponseInterceptors(...p.responseInterceptors)
      .addErrorHandlers(...p.errorHandlers)
      .withCustomUserAgent(p.customUserAgent)
      .create();
    for (const envelope of ENVELOPES) {
      const [a, b] = await Promise.all([ours, theirs].map((skill) => skill.invoke(envelope).then((r) => ({ r }), (err: Error) => ({ threw: err.message }))));
      expect(a).toEqual(b);
    }
    // What the comparison covered: the error handler answered a handler's error and a request no handler takes.
    const speech = async (envelope: RequestEnvelope) => ((await ours.invoke(envelope)).response.outputSpeech as { ssml: string }).ssml;
    expect(await speech(noSlots)).toBe('<speak>sorry: help broke</speak>');
    expect(await speech(ENVELOPES[4]!)).toBe('<speak>sorry: Unable to find a suitable request handler.</speak>');
    expect(await speech(ENVELOPES[0]!)).toBe('<speak>welcome {"mark":"in"}</speak>');
  });

  it('refuses a request for another skill id, as the builder withSkillId does', async () => {
    const envelope = launchRequest();
    await expect(customSkill({ ...parts(), skillId: 'amzn1.ask.skill.other' }).invoke(envelope)).rejects.toThrow('CustomSkill ID verification failed!');
    await expect(customSkill({ ...parts(), skillId: envelope.context.System.application.applicationId }).invoke(envelope)).resolves.toMatchObject({ version: '1.0' });
  });
});

describe('trimFactory (tools/trim-sdk.ts)', () => {
  const load = (text: string) => {
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', text)(module, module.exports, require);
    return module.exports;
  };
  const [responsePath] = FACTORIES.map((path) => require.resolve(`ask-sdk-core/${path}`));
  const trimmed = trimFactory(readFileSync(responsePath!, 'utf8'), namesIn('lambda'));

  it("leaves out of the response builder what the skill never names, and keeps what it does and what that calls", () => {
    const builder = (load(trimmed).ResponseFactory as typeof SdkResponseFactory).init() as unknown as Record<string, unknown>;
    expect(Object.keys(builder).sort()).toEqual(['addDirective', 'getResponse', 'reprompt', 'speak', 'withAskForPermissionsConsentCard', 'withShouldEndSession']);
  });

  it('builds the same response as the SDK for every call it keeps', () => {
    const build = (factory: typeof SdkResponseFactory) =>
      factory
        .init()
        .speak('<speak> hi </speak>')
        .reprompt('again', 'REPLACE_ALL')
        .addDirective({ type: 'Dialog.Delegate' })
        .withAskForPermissionsConsentCard(['alexa::alerts:timers:skill:readwrite'])
        .withShouldEndSession(true)
        .getResponse();
    expect(build(load(trimmed).ResponseFactory as typeof SdkResponseFactory)).toEqual(build(SdkResponseFactory));
  });

  it('keeps a method the skill names, even one nothing else calls', () => {
    const names = new Set([...namesIn('lambda'), 'withSimpleCard']);
    const builder = (load(trimFactory(readFileSync(responsePath!, 'utf8'), names)).ResponseFactory as typeof SdkResponseFactory).init();
    expect(builder.withSimpleCard('a', 'b').getResponse()).toEqual({ card: { type: 'Simple', title: 'a', content: 'b' } });
  });
});
