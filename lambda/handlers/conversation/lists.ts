import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { offer } from '../../state/talk';
import type { Turn } from '../../turn/turn';
import { askContext } from '../questions/common';
import { say } from '../respond';

/**
 * The ingredients a group at a time: one group, then "Say more for the glaze." A whole list in
 * one breath is more than a cook at the counter can hold.
 */
export function speakGroup(h: HandlerInput, turn: Turn, index: number): Response {
  const groups = turn.recipe.ingredientGroups;
  const group = groups[index];
  if (!group) return say(h, turn.speech.nothingMore(askContext(turn)));
  const next = groups[index + 1];
  turn.screen = { kind: 'ingredients', groupId: group.id };
  const listed = turn.speech.groups({ ...askContext(turn), bare: next !== undefined }, [group]);
  if (!next) return say(h, listed);
  offer(h, { kind: 'more-ingredients', group: index + 1 });
  return say(h, turn.speech.groupThenMore(askContext(turn), listed.prompt, next));
}
