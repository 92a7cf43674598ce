import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from '../../sdk';
import { Intent } from '../../intents';
import { talkOf } from '../../state/talk';
import type { Turn } from '../../turn/turn';

/**
 * Requests that are not answered again on "repeat": repeat itself, answers to a question (their
 * question is gone by then), misses, goodbyes, timer actions (repeating one would set or cancel a
 * second time) and moves. After these, "repeat" says what came before them, or the step.
 */
const NOT_REPEATED: readonly string[] = [
  Intent.Repeat, Intent.RepeatStep, Intent.Fallback, Intent.Yes, Intent.No, Intent.Stop, Intent.StopSaid, Intent.Cancel,
  Intent.Pause, Intent.PauseRecipe, Intent.NavigateHome, Intent.HoldOn, Intent.HoldOnReason, Intent.More, Intent.SetTimer, Intent.SetTimerSaid, Intent.CancelTimer,
  Intent.PauseTimer, Intent.ResumeTimer, Intent.WhichTimer, Intent.Acknowledge, Intent.Thanks,
  // Moves are remembered as the step they reach; a move that went nowhere ("there's no step 90") is not.
  Intent.Next, Intent.NextStep, Intent.NextSaid, Intent.Previous, Intent.PreviousStep, Intent.GoToStep, Intent.GoToPhase, Intent.GoToSection, Intent.GoToWords, Intent.GoToLast, Intent.SkipPart,
  Intent.StartOver, Intent.StartCooking, Intent.Resume, Intent.ResumeRecipe,
];

/** The largest request kept for "repeat", as JSON: the session rides in every response, which Alexa caps at 24 KB. */
const MAX_KEPT = 2000;

/** Turns after which "repeat" still means what came before them: a miss, holding on, a small word, repeat itself. */
const KEEP_LAST: readonly string[] = [Intent.Fallback, Intent.HoldOn, Intent.HoldOnReason, Intent.Repeat, Intent.Acknowledge, Intent.Thanks];

/**
 * After a turn is answered: what was said, as facts ("repeat" answers the same request again, or
 * reads the same step), misses in a row, and how often the cook has moved on by voice. `before` is
 * the cook's state as the turn began, as JSON: a request that changed it is never answered twice.
 */
export function rememberTurn(h: HandlerInput, turn: Turn, before: string): void {
  if (!h.requestEnvelope.session) return;
  const talk = talkOf(h);
  const type = getRequestType(h.requestEnvelope);
  const request = h.requestEnvelope.request;
  const intent = request.type === 'IntentRequest' ? request.intent : undefined;
  if (intent?.name !== Intent.Fallback) talk.misses = 0;
  if (intent?.name === Intent.Next || intent?.name === Intent.NextStep || intent?.name === Intent.NextSaid) talk.nexts += 1;
  if (turn.screen?.kind === 'step') talk.last = { kind: 'step', index: turn.screen.index };
  else if (type === 'LaunchRequest') talk.last = { kind: 'launch' };
  else if (intent && !NOT_REPEATED.includes(intent.name) && JSON.stringify(turn.cook) === before && JSON.stringify(intent).length <= MAX_KEPT) {
    talk.last = { kind: 'intent', intent };
  } else if (!intent || !KEEP_LAST.includes(intent.name)) {
    // What was said can't be said again as it was (a move that went nowhere, a timer set): "repeat" reads the step.
    delete talk.last;
  }
}
