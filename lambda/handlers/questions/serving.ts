import type { RequestHandler } from 'ask-sdk-core';
import { Intent, Slot } from '../../intents';
import { byName, variationNames } from '../../recipe';
import { turnOf } from '../../state/turn';
import { isIntent } from '../respond';
import { askContext, reply, resolveSlot } from './common';

/** "the miso-maple glaze": that variation; "any variations": all of them. */
export const VariationHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Variation),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const { found } = resolveSlot(
      h,
      Slot.Variation,
      (id) => recipe.variations.find((v) => v.id === id),
      (words) => byName(recipe.variations, variationNames, words),
    );
    return reply(h, speech.variations(askContext(h), found.length ? found : recipe.variations));
  },
};

export const PairingHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Pairing),
  handle: (h) => reply(h, turnOf(h).speech.pairing(askContext(h))),
};

export const ServiceTipHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.ServiceTip),
  handle: (h) => reply(h, turnOf(h).speech.serviceTip(askContext(h))),
};

export const servingHandlers: readonly RequestHandler[] = [VariationHandler, PairingHandler, ServiceTipHandler];
