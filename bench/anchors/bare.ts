/**
 * Anchor for `npm run bench`: the least a Lambda handler for Alexa can be. It loads nothing and
 * answers every request with a fixed response, so its cold start is Node's own start-up plus
 * Lambda's way of loading a handler, and nothing else.
 */
export const handler = async () => ({
  version: '1.0',
  response: { outputSpeech: { type: 'PlainText', text: 'Hello.' }, shouldEndSession: false },
});
