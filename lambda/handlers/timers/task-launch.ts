import type { LaunchRequest } from 'ask-sdk-model';
import { getRequestType } from '../../sdk';
import { CheckTask } from '../../intents';
import { allSteps, timedStepById, type Recipe } from '../../recipe';
import { speechContext } from '../../turn/turn';
import { say, type TurnHandler } from '../respond';

/** The task a LaunchRequest carries, when it is this skill's check task ("<skill id>.CheckTheWait"). */
function checkTask(request: LaunchRequest): { stepId?: string } | undefined {
  const task = request.task;
  if (!task || (task.name !== CheckTask.name && !task.name.endsWith(`.${CheckTask.name}`))) return undefined;
  const input = (task.input ?? {}) as { stepId?: unknown };
  return { stepId: typeof input.stepId === 'string' ? input.stepId : undefined };
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
      const task = checkTask(h.requestEnvelope.request as LaunchRequest);
      return task?.stepId !== undefined && timedStepById(recipe, task.stepId) !== undefined;
    },
    handle(h, turn) {
      const task = checkTask(h.requestEnvelope.request as LaunchRequest);
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
