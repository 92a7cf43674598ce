import { check } from 'ssml-check-core';
import type { Outcome } from './bundle-host';

/** Alexa's limits on one response (Alexa Skills Kit, "Request and response JSON reference"). */
export const MAX_SPEECH_CHARS = 8000;
export const MAX_RESPONSE_BYTES = 24 * 1024;

/** What Alexa says when a skill's answer fails or is invalid; a cook must never hear it. */
const ALEXA_FAILURE = /there was a problem/i;

/**
 * Signs of the skill's insides in what a cook hears: stack frames, source paths, error names, and
 * JavaScript's words for a missing value. Each counts only when the request did not carry it.
 */
const INTERNALS = [
  /\bat [\w.<>]+ \(/,
  /\.(?:ts|js|cjs):\d+/,
  /\/(?:work|home|tmp|var|opt)\//,
  /node_modules/,
  /\b\w*Error\b:/,
  /\bundefined\b/,
  /\bNaN\b/,
  /\bnull\b/,
  /\bInfinity\b/,
  /\[object \w+\]/,
  /\bfunction\s*\(/,
];

type Json = Record<string, unknown>;

function record(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function requestType(event: Json): unknown {
  return record(event.request)?.type;
}

async function checkSpeech(where: string, speech: unknown, requestText: string, problems: string[]): Promise<void> {
  const s = record(speech);
  if (!s) {
    problems.push(`${where} is not an object`);
    return;
  }
  if (s.type !== 'SSML' || typeof s.ssml !== 'string') {
    problems.push(`${where} is not SSML (${JSON.stringify(s).slice(0, 200)})`);
    return;
  }
  const ssml = s.ssml;
  if (ssml.length > MAX_SPEECH_CHARS) problems.push(`${where} is ${ssml.length} characters, over ${MAX_SPEECH_CHARS}`);
  const errors = await check(ssml, { platform: 'amazon' });
  if (errors && errors.length > 0) problems.push(`${where} is not valid SSML: ${JSON.stringify(errors).slice(0, 300)}`);
  for (const pattern of INTERNALS) {
    const found = pattern.exec(ssml)?.[0];
    if (found && !requestText.includes(found)) problems.push(`${where} says "${found}": ${ssml.slice(0, 300)}`);
  }
}

/**
 * True for a response Alexa keeps on a screen: `shouldEndSession` unset, visual content (an APL
 * document) and a device that shows it. Alexa documents that such a session stays open for up to
 * 30 seconds without opening the microphone, and "Alexa, next" reaches the skill meanwhile ("Manage
 * the skill session and session attributes"); on a device without a screen an unset value ends the
 * session, so there it counts as neither ended nor reprompted.
 */
export function leftOnScreen(event: Json, response: Json): boolean {
  const system = record(record(event.context)?.System);
  const screen = record(record(record(system?.device)?.supportedInterfaces)?.['Alexa.Presentation.APL']) !== undefined;
  const visual = Array.isArray(response.directives) && response.directives.some((d) => record(d)?.type === 'Alexa.Presentation.APL.RenderDocument');
  return screen && visual && response.reprompt === undefined;
}

/**
 * Every property a response must have, whatever the request: the invocation resolved; the answer is
 * a response envelope (version and response object) inside 24 KB; speech and reprompt are SSML that
 * passes ssml-check-core, each under 8,000 characters, with none of the skill's insides in it; never
 * Alexa's "There was a problem"; a session left open has a reprompt, and one left to the device is on a screen showing the skill; and a request that cannot be
 * answered in speech (a session's end, a skill event) gets none. Returns what is wrong, or nothing.
 */
export async function responseProblems(event: Json, outcome: Outcome): Promise<string[]> {
  if ('error' in outcome) return [`the invocation failed: ${outcome.error}`];
  const problems: string[] = [];
  const envelope = record(outcome.response);
  if (!envelope) return [`the answer is not an object: ${JSON.stringify(outcome.response)?.slice(0, 200)}`];
  const text = JSON.stringify(envelope);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_RESPONSE_BYTES) {
    const parts = [...Object.entries(record(envelope.sessionAttributes) ?? {}).map(([k, v]) => [`session attribute ${k}`, v]), ...Object.entries(record(envelope.response) ?? {})]
      .map(([name, part]) => `${String(name)} ${Buffer.byteLength(JSON.stringify(part) ?? '', 'utf8')}`)
      .join(', ');
    problems.push(`the response is ${bytes} bytes, over ${MAX_RESPONSE_BYTES} (${parts})`);
  }
  if (envelope.version !== '1.0') problems.push(`the response's version is ${JSON.stringify(envelope.version)}`);
  const response = record(envelope.response);
  if (!response) return [...problems, 'the response has no response object'];
  if (ALEXA_FAILURE.test(text)) problems.push('the response says "There was a problem"');
  const requestText = JSON.stringify(event);
  if (response.outputSpeech !== undefined) await checkSpeech('outputSpeech', response.outputSpeech, requestText, problems);
  const reprompt = record(response.reprompt);
  if (response.reprompt !== undefined) await checkSpeech('the reprompt', reprompt?.outputSpeech, requestText, problems);
  if (response.shouldEndSession === false && !reprompt) problems.push('the session is left open without a reprompt');
  const handsOver = Array.isArray(response.directives) && response.directives.some((d) => /^(?:Connections|Dialog)\./.test(String(record(d)?.type)));
  if (response.shouldEndSession === undefined && response.outputSpeech !== undefined && !handsOver && !reprompt && !leftOnScreen(event, response)) {
    problems.push('speech with the session neither ended nor reprompted, nor left on a screen');
  }
  const type = requestType(event);
  const unspoken = type === 'SessionEndedRequest' || (typeof type === 'string' && type.startsWith('AlexaSkillEvent.'));
  if (unspoken && (response.outputSpeech !== undefined || response.reprompt !== undefined)) {
    problems.push(`a ${String(type)} is answered with speech`);
  }
  return problems;
}

/** The spoken text of a response (its outputSpeech's SSML), or '' when there is none. */
export function speechOf(outcome: Outcome): string {
  if (!('response' in outcome)) return '';
  const ssml = record(record(record(outcome.response)?.response)?.outputSpeech)?.ssml;
  return typeof ssml === 'string' ? ssml : '';
}

/** The session attributes a response sets (Alexa hands them back on the session's next request). */
export function sessionAttributesOf(outcome: Outcome): Json | undefined {
  if (!('response' in outcome)) return undefined;
  return record(record(outcome.response)?.sessionAttributes);
}

/** True when the response ends the session (or says nothing of it and has no reprompt). */
export function endsSession(outcome: Outcome): boolean {
  if (!('response' in outcome)) return true;
  const response = record(record(outcome.response)?.response);
  return response?.shouldEndSession !== false;
}
