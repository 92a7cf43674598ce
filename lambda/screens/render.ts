import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { interfaces, Response } from 'ask-sdk-model';
import type { Log } from '../services/logger';
import { ssmlToText } from '../speech';
import { speechContext, turnOf } from '../turn/turn';
import { answerPayload, ingredientsPayload, planPayload, stepPayload } from './data';
import { keptPlan } from '../turn/kept-plan';
import { APL_VERSION } from './apl-version';
import { screenToken, type ScreenStamp } from './token';

/** What the screens need from outside: the clock (so tests can say which timers still run) and the log. */
export interface ScreenDeps {
  readonly now?: () => Date;
  readonly log: Log;
}

const RENDER = 'Alexa.Presentation.APL.RenderDocument';

/** "2023.3" against "1.8": numerically, part by part. */
function versionAtLeast(have: string, need: string): boolean {
  const a = have.split('.').map(Number);
  const b = need.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    if (x !== y) return x > y;
  }
  return true;
}

/**
 * True when the device has a screen that can draw our documents: it reports the APL interface,
 * and its runtime is not older than the documents (a device that says nothing of its version is
 * trusted). Devices without it get exactly the voice responses they always did.
 */
export function supportsScreens(h: HandlerInput): boolean {
  const interfaces = h.requestEnvelope.context?.System?.device?.supportedInterfaces as
    | Record<string, { runtime?: { maxVersion?: string } } | undefined>
    | undefined;
  const apl = interfaces?.['Alexa.Presentation.APL'];
  // A malformed value (a list, not the interface's object) declares no screen: the fuzz sends one.
  if (!apl || typeof apl !== 'object' || Array.isArray(apl)) return false;
  const max = apl.runtime?.maxVersion;
  return max === undefined || versionAtLeast(max, APL_VERSION);
}

function spokenText(response: Response): string {
  const speech = response.outputSpeech;
  if (!speech) return '';
  return speech.type === 'SSML' ? ssmlToText(speech.ssml) : speech.text;
}

/** The screen for this turn's answer: what the handler said it spoke about, or the spoken answer. */
function screenFor(h: HandlerInput, response: Response, now: Date): { stamp: ScreenStamp; payload: unknown } {
  const turn = turnOf(h);
  const ctx = speechContext(turn);
  const fact = turn.screen;
  const step = turn.cook.step;
  if (fact?.kind === 'step') return { stamp: { kind: 'step', step }, payload: stepPayload(turn, ctx, fact.index, now) };
  if (fact?.kind === 'ingredients') {
    return { stamp: { kind: 'ingredients', step, group: fact.groupId }, payload: ingredientsPayload(turn, ctx, fact) };
  }
  const kept = fact?.kind === 'plan' ? keptPlan(turn) : undefined;
  if (kept) return { stamp: { kind: 'plan', step }, payload: planPayload(turn, kept) };
  return { stamp: { kind: 'answer', step }, payload: answerPayload(turn, ctx, spokenText(response)) };
}

/**
 * True for a response that keeps the session open, or leaves it to the device while saying
 * something without handing over to Alexa ("hold on": the skill stays on screen).
 */
function keepsScreen(response: Response): boolean {
  if (response.shouldEndSession === false) return true;
  return response.shouldEndSession === undefined && response.outputSpeech !== undefined && !response.directives?.length;
}

/**
 * Adds the screen to every response that keeps the session open on a device with a screen, so the
 * screen always matches what was just said: the step spoken, the ingredients listed, or the
 * answer's words. Responses that end the session get none (the device goes home). A screen that
 * cannot be built is logged and left out; the cook still hears the answer.
 */
export function screenInterceptor(deps: ScreenDeps): ResponseInterceptor {
  const clock = deps.now ?? (() => new Date());
  return {
    async process(h, response?: Response) {
      if (!response || !keepsScreen(response) || !supportsScreens(h)) return;
      if (response.directives?.some((d) => d.type === RENDER)) return;
      try {
        const { stamp, payload } = screenFor(h, response, clock());
        // Loaded at the first screen (documents.ts): a device without one never pays for them.
        const { documents } = await import('./documents');
        const directive: interfaces.alexa.presentation.apl.RenderDocumentDirective = {
          type: RENDER,
          token: screenToken(stamp),
          document: documents[stamp.kind],
          datasources: { payload },
        };
        response.directives = [...(response.directives ?? []), directive];
      } catch (err) {
        deps.log.error('screen not rendered', { error: String(err) });
      }
    },
  };
}
