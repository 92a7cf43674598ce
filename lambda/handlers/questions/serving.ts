import { Intent, Slot } from '../../intents';
import { isIntent, type TurnHandler } from '../respond';
import { askContext, reply, resolveSlot } from './common';

/** "the miso-maple glaze": that variation; "any variations": all of them. */
export const VariationHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Variation),
  handle(h, turn) {
    const { recipe, speech } = turn;
    const { found } = resolveSlot(h, turn, Slot.Variation, 'variation');
    return reply(h, turn, speech.variations(askContext(turn), found.length ? found : recipe.variations));
  },
};

export const PairingHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Pairing),
  handle: (h, turn) => reply(h, turn, turn.speech.pairing(askContext(turn))),
};

export const ServiceTipHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.ServiceTip),
  handle: (h, turn) => reply(h, turn, turn.speech.serviceTip(askContext(turn))),
};

export const servingHandlers: readonly TurnHandler[] = [VariationHandler, PairingHandler, ServiceTipHandler];
