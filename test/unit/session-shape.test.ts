import { AttributesManagerFactory, type HandlerInput } from 'ask-sdk-core';
import { sessionShapeInterceptor } from '../../lambda/turn/session';
import { launchRequest } from '../../tools/envelopes';

/** A real handler input (the SDK's own attributes manager) for an envelope whose session carries `attributes`. */
function inputWith(attributes: Record<string, unknown>): HandlerInput {
  const requestEnvelope = launchRequest({ userId: 'amzn1.ask.account.shape' });
  requestEnvelope.session = { ...requestEnvelope.session!, attributes };
  return { requestEnvelope, attributesManager: AttributesManagerFactory.init({ requestEnvelope }) } as HandlerInput;
}

describe('the session shape', () => {
  it('keeps the skill’s own keys and drops the rest', async () => {
    const h = inputWith({ cook: { step: 3 }, talk: { misses: 1 }, stranger: 'x' });
    await sessionShapeInterceptor(['cook', 'talk']).process(h);
    expect(h.attributesManager.getSessionAttributes()).toEqual({ cook: { step: 3 }, talk: { misses: 1 } });
  });

  it('drops a value larger than anything the skill writes, so it is never echoed past Alexa’s 24 KB', async () => {
    // The fuzz test's seed 20261130 found these: 62 KB inside the state's plan, 30 KB inside the talk facts.
    const h = inputWith({ cook: { step: 3, plan: { madeAt: { junk: 'x'.repeat(62_000) } } }, talk: { last: 'y'.repeat(30_000) }, heardStep: true });
    await sessionShapeInterceptor(['cook', 'talk', 'heardStep']).process(h);
    expect(h.attributesManager.getSessionAttributes()).toEqual({ heardStep: true });
  });
});
