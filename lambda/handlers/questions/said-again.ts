import type { HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import type { Intent as IntentValue, IntentRequest } from 'ask-sdk-model';
import { lengthIn } from '../../facts/lengths';
import { Intent, Slot, type IntentName } from '../../intents';
import { getSlot } from '../../sdk';
import { secondsToIso } from '../../services/alerts/iso-duration';
import { requestAsked, saidAgain, type SaidAgain, type SaidAgainRequest } from '../../vocabulary';
import { numbersIn } from '../../vocabulary/numbers';
import { hasTimer } from '../../turn/turn';
import { isIntent } from '../respond';
import { slotsInOwnWords } from '../slots';
import { intent, QUESTIONS, requestIntent } from './request-asked';

/**
 * A request said again after the skill took it wrong: "no I said next not repeat", "that's not
 * what I asked how long does it roast", "no I said forty five minutes not five". The frame's
 * carrier ("no I said {query}") chose SaidAgainIntent; lambda/vocabulary/said-again.ts takes off
 * what is left of the frame and the "not Y", and the request left becomes the intent that carries
 * it out, before any handler is chosen, so the place guard, "repeat" and every handler see the
 * request as if said alone. A question is answered in its own words, as a question asked again
 * after a self-correction is (asked-again.ts). A question intent whose slot caught the frame keeps its
 * intent, the slot holding only the words meant.
 */

const INTENT_OF: Readonly<Record<SaidAgainRequest, IntentName>> = {
  next: Intent.NextStep,
  back: Intent.PreviousStep,
  // The last answer was the wrong one: "repeat" said again means the step.
  repeat: Intent.RepeatStep,
  where: Intent.WhereAmI,
  hold: Intent.HoldOn,
  pause: Intent.PauseTimer,
  resume: Intent.ResumeTimer,
  cancel: Intent.CancelTimer,
  timeLeft: Intent.TimeLeft,
  stop: Intent.Stop,
};

/**
 * The intent the request said again is; a question, or words that name nothing to do, stay
 * SaidAgainIntent holding only the words meant (answered in them by index.ts, or, with none, by
 * conversation/small-words.ts).
 */
function intentFor(again: SaidAgain, timing: boolean): IntentValue {
  const asked = requestAsked(again.words);
  const request = asked && requestIntent(asked, timing);
  if (request) return request;
  if (again.request) return intent(INTENT_OF[again.request]);
  if (again.step !== undefined) return intent(Intent.GoToStep, { [Slot.StepNumber]: String(again.step) });
  // "four minutes six minutes" (its "not" went with the carrier "no not {query}"): the last length said is the one meant.
  const said = again.words.split(' ');
  const length = again.asks ? undefined : numbersIn(said).map((n) => lengthIn(said.slice(n.start).join(' '))).filter(Boolean).pop();
  if (length) return intent(Intent.SetTimer, { [Slot.Duration]: secondsToIso(length) });
  return intent(again.part && !again.asks ? Intent.GoToWords : Intent.SaidAgain, { [Slot.Query]: again.words });
}

/** Makes a request said again the request itself, before a handler is chosen. */
export const saidAgainInterceptor: RequestInterceptor = {
  process(h) {
    const request = h.requestEnvelope.request as IntentRequest;
    if (isIntent(h, Intent.SaidAgain)) {
      const again = saidAgain(getSlot(h.requestEnvelope, Slot.Query)?.value ?? '', true);
      if (again) request.intent = intentFor(again, hasTimer(h));
      return;
    }
    if (!isIntent(h, ...QUESTIONS)) return;
    for (const { name, value } of slotsInOwnWords(h)) {
      const words = saidAgain(value, false)?.words;
      const slot = request.intent.slots?.[name];
      if (words && slot) slot.value = words;
    }
  },
};

/** The words a SaidAgainIntent holds once read: '' when the cook said only that the skill got it wrong. */
export const saidWords = (h: HandlerInput): string => getSlot(h.requestEnvelope, Slot.Query)?.value ?? '';
