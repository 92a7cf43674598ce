import { check } from 'ssml-check-core';

/** Alexa's limit on the characters of speech in one response. */
export const MAX_SPEECH_CHARS = 8000;

/** Fails with the checker's findings when an SSML string is not valid for Alexa. */
export async function expectValidSsml(ssml: string): Promise<void> {
  const errors = await check(ssml, { platform: 'amazon' });
  if (errors && errors.length > 0) {
    throw new Error(`invalid SSML: ${JSON.stringify(errors)}\n${ssml}`);
  }
  if (ssml.length > MAX_SPEECH_CHARS) throw new Error(`speech is ${ssml.length} characters, over ${MAX_SPEECH_CHARS}`);
}
