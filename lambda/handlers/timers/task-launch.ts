import type { LaunchRequest } from 'ask-sdk-model';
import { getRequestType } from '../../sdk';
import { allSteps, timedStepById, type Recipe } from '../../recipe';
import { speechContext } from '../../turn/turn';
import type { HandlerInput } from 'ask-sdk-core';
import { say, type TurnHandler } from '../respond';
import { checkTaskStep } from './check-task';

/** The task a LaunchRequest carries, when it is this skill's check task ("<skill id>.CheckTheWait"). */
function checkTask(h: HandlerInput): { stepId?: string } | undefined {
  const skillId = h.requestEnvelope.context?.System?.application?.applicationId;
  return checkTaskStep((h.requestEnvelope.request as LaunchRequest).task, skillId);
}

/**
 * A recipe wait's timer rang and the cook said yes to coming back: the skill opens at the step after
 * the wait (its check), at any time, with or without a saved place. A task naming no step the recipe
 * has is an ordinary launch (the welcome), handled after this.
 */
export function taskLaunchHandler(recipe: Recipe): TurnHandler {
  return {
    canHandle: (h) => {
      if (getRequestType(h.requestEnvelope) !== 'LaunchRequest') return false;
      const task = checkTask(h);
      return task?.stepId !== undefined && timedStepById(recipe, task.stepId) !== undefined;
    },
    handle(h, turn) {
      const task = checkTask(h);
      const timed = task?.stepId ? timedStepById(turn.recipe, task.stepId) : undefined;
      if (!timed) throw new Error('task launch without a known step');
      const next = allSteps(turn.recipe)[timed.index + 1] ?? timed;
      turn.cook = { ...turn.cook, step: next.index, finished: false };
      turn.heardStep = true;
      turn.screen = { kind: 'step', index: next.index };
      return say(h, turn.speech.taskLaunched(speechContext(turn), timed.step.duration.label, next));
    },
  };
}
