import type { Task } from 'ask-sdk-model';
import { CheckTask } from '../../intents';

/**
 * The names of the skill's check task, in the three places they appear. Amazon spells them
 * differently in each, so they are written in one place:
 *
 * - In the manifest, `apis.custom.tasks[].name` is the bare task name, "CheckTheWait", beside its
 *   version "1"; the definition is tasks/CheckTheWait.1.json, whose single path is /CheckTheWait
 *   ("Implement Custom Tasks in Your Skill": the file is {TaskName}.{TaskVersion}.json and "the name
 *   of the task is represented as a path", developer.amazon.com/en-US/docs/alexa/custom-skills/
 *   implement-custom-tasks-in-your-skill.html; Amazon's sample alexa-labs/skill-sample-nodejs-task-buddy,
 *   skill-package/skill.json, declares `{ "name": "CountDown", "version": "1" }`).
 * - In a Timers API LAUNCH_TASK operation, `task.name` is the skill id, a dot, and the task name:
 *   "amzn1.ask.skill.<id>.CheckTheWait" (Amazon's timers sample writes `name: '<SKILL_ID>.<TASK_NAME>'`;
 *   the task-buddy sample's lambda/timer.js sends `${providerSkillID}.${providerTaskName}`), with
 *   `version` "1" and the `input` the definition describes.
 * - The LaunchRequest Alexa sends when the cook says yes carries `request.task` with the same full
 *   name, the version and the input (the task-buddy sample's tests/countdown-input.json:
 *   `"task": { "name": "amzn1.ask.skill.421a75f9-….CountDown", "version": "1", "input": {…} }`).
 */

/** The task's name as a LAUNCH_TASK timer sends it and the LaunchRequest brings it back. */
export function checkTaskName(skillId: string): string {
  return `${skillId}.${CheckTask.name}`;
}

/**
 * The wait a LaunchRequest's task asks to check, when the task is this skill's check task (its full
 * name, for the skill id the request is for, at the declared version); undefined otherwise.
 */
export function checkTaskStep(task: Task | undefined, skillId: string | undefined): { stepId?: string } | undefined {
  if (!task || !skillId || task.name !== checkTaskName(skillId) || task.version !== CheckTask.version) return undefined;
  const input = (task.input ?? {}) as { stepId?: unknown };
  return { stepId: typeof input.stepId === 'string' ? input.stepId : undefined };
}
