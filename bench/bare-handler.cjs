// The baseline: a Node handler that returns a fixed response and loads nothing.
exports.handler = async () => ({
  version: '1.0',
  response: { outputSpeech: { type: 'PlainText', text: 'Welcome.' }, shouldEndSession: false },
});
