import { Intent, Slot } from '../../intents';
import { mentionOf, stepsUsingEquipment } from '../../recipe';
import type { TurnHandle } from '../respond';
import { askContext, askWhich, reply, resolveSlot } from './common';
import { openFromSlot } from './open';

export const EquipmentListHandler: TurnHandle = {
  handle: (h, turn) => reply(h, turn, turn.speech.equipmentList(askContext(turn))),
};

/** "is a thermometer necessary": what the recipe lists and where it uses it; honest about anything else. */
export const EquipmentAboutHandler: TurnHandle = {
  handle(h, turn) {
    const { recipe, speech } = turn;
    const { found, heard, which } = resolveSlot(h, turn, Slot.Equipment, 'equipment');
    if (which) return askWhich(h, turn, which);
    if (found.length) {
      const items = found.map((equipment) => ({ equipment, steps: stepsUsingEquipment(recipe, equipment.id) }));
      return reply(h, turn, speech.equipmentAbout(askContext(turn), items));
    }
    const mention = heard.words ? mentionOf(recipe, heard.words) : undefined;
    if (heard.words && !mention) {
      const open = openFromSlot(h, turn, heard, Intent.AskWhat);
      if (open) return open;
    }
    if (heard.words) return reply(h, turn, speech.equipmentNotListed(askContext(turn), mention));
    return reply(h, turn, speech.whichEquipment(askContext(turn)));
  },
};

