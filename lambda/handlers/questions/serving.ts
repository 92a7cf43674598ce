import { Slot } from '../../intents';
import type { TurnHandle } from '../respond';
import { askContext, reply, resolveSlot } from './common';

/** "the miso-maple glaze": that variation; "any variations": all of them. */
export const VariationHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const { found } = resolveSlot(h, turn, Slot.Variation, 'variation');
    return reply(h, turn, speech.variations(askContext(turn), found.length ? found : recipe.variations));
  },
};

export const PairingHandler: TurnHandle = {
  handle: (h, turn) => reply(h, turn, turn.speech.pairing(askContext(turn))),
};

export const ServiceTipHandler: TurnHandle = {
  handle: (h, turn) => reply(h, turn, turn.speech.serviceTip(askContext(turn))),
};

