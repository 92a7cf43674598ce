import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, RequestEnvelope, Slot as SlotValue } from 'ask-sdk-model';
import { lengthIn } from '../../facts/lengths';
import { Intent, Slot } from '../../intents';
import { getSlot, ResponseFactory } from '../../sdk';
import { secondsToIso } from '../../services/alerts/iso-duration';
import { requestInAside, type AsideRequest, type AsideRequestKind } from '../../vocabulary';
import { isIntent, type TurnHandler } from '../respond';
import { stepFromWords } from '../step-by-words';
import { HoldOnHandler } from './hold';

/**
 * A request said after an aside about another dish (issue 11): "while i baste the chicken read that
 * step once more", "the potatoes are boiling over give me a sec", "i'm carving the lamb set a timer
 * for seven minutes for the skin". On a device the aside's carrier ("while I", "the potatoes are",
 * "I'm") chooses TellIntent and its phrase slot carries the request; the skill reads the request
 * (lambda/vocabulary/asides.ts) and does it as that request's own intent would, so the aside's
 * foods and figures are never taken for the recipe's. A question after an aside is the open
 * question handler's (handlers/questions/open.ts).
 */

/** The intent each kind of request is, when said on its own. */
const INTENT_OF: Readonly<Record<AsideRequestKind, string>> = {
  next: Intent.Next,
  repeat: Intent.RepeatStep,
  back: Intent.Previous,
  where: Intent.WhereAmI,
  hold: Intent.HoldOn,
  stop: Intent.Stop,
  start: Intent.StartCooking,
  timeLeft: Intent.TimeLeft,
  goTo: Intent.GoToWords,
  setTimer: Intent.SetTimer,
};

/** The request in a statement's phrase slot, when it holds one this handler can carry out. */
function asideRequest(h: HandlerInput): AsideRequest | undefined {
  if (!isIntent(h, Intent.Tell, Intent.TellNot, Intent.Troubleshoot)) return undefined;
  // A ramble that a problem's words began ("it's going in the fridge now ... so i guess just stop for now") carries it in the problem's slots.
  const said = [Slot.Query, Slot.ProblemThing, Slot.ProblemState].map((s) => getSlot(h.requestEnvelope, s)?.value ?? '');
  const found = requestInAside(said.join(' '));
  if (!found) return undefined;
  // A timer needs its length said, and a place to go its words.
  if (found.kind === 'setTimer' && lengthIn(found.rest) === undefined) return undefined;
  if (found.kind === 'goTo' && !found.rest) return undefined;
  return found;
}

/** The slots the request's own intent would have carried. */
function slotsOf(request: AsideRequest): Record<string, string> {
  if (request.kind === 'goTo') return { [Slot.Query]: request.rest };
  if (request.kind === 'setTimer') return { [Slot.Duration]: secondsToIso(lengthIn(request.rest) ?? 0) };
  return {};
}

/** The request as its own intent would have arrived, with its slots. */
function asIntent(h: HandlerInput, intent: string, values: Readonly<Record<string, string>>): HandlerInput {
  const envelope = JSON.parse(JSON.stringify(h.requestEnvelope)) as RequestEnvelope;
  const request = envelope.request as IntentRequest;
  const slots: Record<string, SlotValue> = {};
  for (const [name, value] of Object.entries(values)) slots[name] = { name, value, confirmationStatus: 'NONE' };
  request.intent = { name: intent, confirmationStatus: 'NONE', slots };
  return { ...h, requestEnvelope: envelope, responseBuilder: ResponseFactory.init() };
}

/** `others`: the handlers a request may go to once read (the skill's answering handlers). */
export function asideRequestHandler(others: () => readonly TurnHandler[]): TurnHandler {
  const target = (h: HandlerInput) => {
    const request = asideRequest(h);
    if (!request) return undefined;
    const asked = asIntent(h, INTENT_OF[request.kind], slotsOf(request));
    const handler = [HoldOnHandler, ...others()].find((x) => x.canHandle(asked));
    return handler && { asked, handler };
  };
  return {
    canHandle: (h) => target(h) !== undefined,
    handle(h, turn) {
      const found = target(h);
      if (!found) throw new Error('asideRequestHandler: handle without canHandle');
      // "can we go to that part now": words that name no step are the statement's, read whole by its own handler.
      const request = asideRequest(h);
      if (request?.kind === 'goTo' && !stepFromWords(turn.recipe, request.rest)) {
        const own = others().find((x) => x.canHandle(h));
        if (own) return own.handle(h, turn);
      }
      return found.handler.handle(found.asked, turn);
    },
  };
}
