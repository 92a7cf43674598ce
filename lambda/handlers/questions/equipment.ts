import type { RequestHandler } from 'ask-sdk-core';
import { Intent, Slot } from '../../intents';
import { byName, equipmentNames, mentionOf, stepsUsingEquipment } from '../../recipe';
import { turnOf } from '../../state/turn';
import { isIntent } from '../respond';
import { askContext, reply, resolveSlot } from './common';

export const EquipmentListHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.EquipmentList),
  handle: (h) => reply(h, turnOf(h).speech.equipmentList(askContext(h))),
};

/** "is a thermometer necessary": what the recipe lists and where it uses it; honest about anything else. */
export const EquipmentAboutHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.EquipmentAbout),
  handle(h) {
    const { recipe, speech } = turnOf(h);
    const { found, heard } = resolveSlot(
      h,
      Slot.Equipment,
      (id) => recipe.equipment.find((e) => e.id === id),
      (words) => byName(recipe.equipment, equipmentNames, words),
    );
    if (found.length) {
      const items = found.map((equipment) => ({ equipment, steps: stepsUsingEquipment(recipe, equipment.id) }));
      return reply(h, speech.equipmentAbout(askContext(h), items));
    }
    if (heard.words) return reply(h, speech.equipmentNotListed(askContext(h), mentionOf(recipe, heard.words)));
    return reply(h, speech.whichEquipment(askContext(h)));
  },
};

export const equipmentHandlers: readonly RequestHandler[] = [EquipmentListHandler, EquipmentAboutHandler];
