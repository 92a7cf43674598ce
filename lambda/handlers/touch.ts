import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType } from '../sdk';
import type { interfaces, Response } from 'ask-sdk-model';
import { ingredientById } from '../recipe';
import { amountFor, parseScreenToken, type ScreenStamp, type TouchAction } from '../screens';
import { currentStep, speechContext, type Turn } from '../turn/turn';
import { NextHandler, PreviousHandler, RepeatHandler, StartCookingHandler, StartOverHandler } from './navigation';
import { ListIngredientsHandler } from './questions';
import { say, type TurnHandler } from './respond';

/**
 * Touches on the Echo Show screens. Each button does what its spoken command does, by calling
 * that command's own handler. A touch that would move the cook carries (in the screen's token)
 * the step the screen was drawn for; when the cook has moved since (a tap racing a spoken
 * "next", or a screen left from before), nothing moves: the cook's own step is shown and said
 * again with a short note, so a stale screen can never skip or undo a step.
 */

const USER_EVENT = 'Alexa.Presentation.APL.UserEvent';

/** The touches that move the cook or re-read their step, and the voice handler each one is. */
const MOVES = new Map<TouchAction, TurnHandler>([
  ['next', NextHandler],
  ['back', PreviousHandler],
  ['repeat', RepeatHandler],
  ['current', RepeatHandler],
  ['start', StartCookingHandler],
  ['startOver', StartOverHandler],
]);

function userEvent(h: HandlerInput): interfaces.alexa.presentation.apl.UserEvent {
  return h.requestEnvelope.request as interfaces.alexa.presentation.apl.UserEvent;
}

/** The touch came from a screen drawn for another step: keep the place and show it again. */
function staleTouch(h: HandlerInput, turn: Turn): Response {
  const ctx = speechContext(turn);
  if (turn.cook.finished) return say(h, turn.speech.finished(ctx));
  const placed = currentStep(turn);
  if (!placed) return say(h, turn.speech.notStarted());
  turn.heardStep = true;
  turn.screen = { kind: 'step', index: placed.index };
  return say(h, turn.speech.staleTouch(ctx, placed));
}

/** A touch on an ingredient: how much of it, with the list kept on screen and that one marked. */
function howMuch(h: HandlerInput, turn: Turn, id: unknown, stamp: ScreenStamp | undefined): Response {
  const ingredient = typeof id === 'string' ? ingredientById(turn.recipe, id) : undefined;
  if (!ingredient) return say(h, turn.speech.unknownTouch(speechContext(turn), currentStep(turn), turn.cook.finished));
  const ctx = speechContext(turn);
  turn.screen = { kind: 'ingredients', groupId: stamp?.group, highlightId: ingredient.id };
  const amount = amountFor(turn.recipe, ingredient, turn.cook.prefs, ctx.system);
  return say(h, turn.speech.howMuch(ctx, ingredient, amount, currentStep(turn)));
}

export const TouchHandler: TurnHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === USER_EVENT,
  handle(h, turn) {
    const event = userEvent(h);
    const [action, argument] = event.arguments ?? [];
    const stamp = parseScreenToken(event.token);
    if (action === 'ingredients') return ListIngredientsHandler.handle(h, turn);
    if (action === 'ingredient') return howMuch(h, turn, argument, stamp);
    const voice = typeof action === 'string' ? MOVES.get(action as TouchAction) : undefined;
    if (!voice) {
      turn.log.warn('unknown touch', { action: String(action) });
      return say(h, turn.speech.unknownTouch(speechContext(turn), currentStep(turn), turn.cook.finished));
    }
    if (!stamp || stamp.step !== turn.cook.step) return staleTouch(h, turn);
    return voice.handle(h, turn);
  },
};

export const touchHandlers: readonly TurnHandler[] = [TouchHandler];
