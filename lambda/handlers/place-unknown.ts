import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from '../sdk';
import { Intent, type IntentName } from '../intents';
import { say, type TurnHandler } from './respond';

/**
 * Requests that read the cook's place or change what is kept: moving through the recipe, "where
 * am I", timers and reminders (they are remembered with the place), the cook's weight and units,
 * a touch on the screen, and the answer to a permission request (it sets a timer).
 */
const NEEDS_THE_PLACE: ReadonlySet<IntentName> = new Set<IntentName>([
  Intent.Next,
  Intent.NextStep,
  Intent.NextSaid,
  Intent.Previous,
  Intent.PreviousStep,
  Intent.Repeat,
  Intent.RepeatStep,
  Intent.StartOver,
  Intent.StartCooking,
  Intent.Yes,
  Intent.Resume,
  Intent.ResumeRecipe,
  Intent.GoToStep,
  Intent.GoToPhase,
  Intent.GoToSection,
  Intent.GoToWords,
  Intent.GoToLast,
  Intent.SkipPart,
  Intent.WhereAmI,
  Intent.Acknowledge,
  Intent.Thanks,
  Intent.SaidAgain,
  Intent.HoldOn,
  Intent.HoldOnReason,
  Intent.SetTimer,
  Intent.SetTimerSaid,
  Intent.TimeLeft,
  Intent.CancelTimer,
  Intent.PauseTimer,
  Intent.ResumeTimer,
  Intent.WhichTimer,
  Intent.PorkSize,
  Intent.SetUnits,
]);
const NEEDS_THE_PLACE_TYPES: ReadonlySet<string> = new Set(['Alexa.Presentation.APL.UserEvent', 'Connections.Response']);

/** True when the request would read the cook's place or change what is kept. */
function needsThePlace(h: HandlerInput): boolean {
  const type = getRequestType(h.requestEnvelope);
  if (type === 'IntentRequest') return NEEDS_THE_PLACE.has(getIntentName(h.requestEnvelope) as IntentName);
  return NEEDS_THE_PLACE_TYPES.has(type);
}

/**
 * Guards a turn handler: while the saved place cannot be read (storage down at the start of the
 * session, or a record written by a newer version), a request that would read or change the
 * place is answered honestly, "I can't reach your saved place", and changes nothing; otherwise a
 * "next" would start a fresh recipe and its save would write over the cook's step 8 once storage
 * is back. Questions about the recipe, help and stop are answered as usual.
 */
export function guardPlace(handler: TurnHandler): TurnHandler {
  return {
    canHandle: (h) => handler.canHandle(h),
    handle: (h, turn) => (turn.placeUnknown && needsThePlace(h) ? say(h, turn.speech.placeUnknown()) : handler.handle(h, turn)),
  };
}
