import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { problemById, type Troubleshooting } from '../../recipe';
import { offer, type Offer } from '../../state/talk';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';

/**
 * Troubleshooting as a short dialogue where the recipe names several causes: one question at a
 * time ("Was it dried uncovered overnight?"), and on the first no, what that means and the
 * recipe's fix; when every answer is yes, the fix alone.
 */

/** Starts the dialogue with the problem's first question. */
export function startDiagnosis(h: HandlerInput, turn: Turn, problem: Troubleshooting): Response {
  const first = problem.causes?.[0];
  if (!first) return say(h, turn.speech.diagnosed(speechContext(turn), problem, undefined, currentStep(turn)));
  offer(h, { kind: 'diagnose', problemId: problem.id, question: 0 });
  return say(h, turn.speech.diagnoseQuestion(speechContext(turn), first.question));
}

/** The cook's yes or no to the question asked. */
export function answerDiagnosis(h: HandlerInput, turn: Turn, asked: Extract<Offer, { kind: 'diagnose' }>, yes: boolean): Response {
  const problem = problemById(turn.recipe, asked.problemId);
  const cause = problem?.causes?.[asked.question];
  if (!problem || !cause) return say(h, turn.speech.notNow(currentStep(turn)));
  if (!yes) return say(h, turn.speech.diagnosed(speechContext(turn), problem, cause.ifNot, currentStep(turn)));
  const next = problem.causes?.[asked.question + 1];
  if (!next) return say(h, turn.speech.diagnosed(speechContext(turn), problem, undefined, currentStep(turn)));
  offer(h, { kind: 'diagnose', problemId: problem.id, question: asked.question + 1 });
  return say(h, turn.speech.diagnoseQuestion(speechContext(turn), next.question));
}
