import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { readStatement, type SkipNote, type StatementRead } from '../../facts/statement';
import { stepAt, type PlacedStep } from '../../recipe';
import { ResponseFactory } from '../../sdk';
import type { Line } from '../../speech/types';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { vocabularyFor } from '../../vocabulary';
import { speakStep } from '../navigation';
import { HoldOnHandler } from '../conversation/hold';
import { judgeReading } from '../plan/doneness';
import { say, sayBoth } from '../respond';
import { askContext, reply } from './common';

/**
 * What a cook says rather than asks ("i brushed it all on", "mine came already scored",
 * "thermometer says a hundred and forty"), read by lambda/facts/statement.ts against the cook's
 * step: a step done or skipped is acknowledged and the next step read, as next reads it; a reading
 * is judged; a statement only about the step hears how the step is done. Undefined for a question
 * or a worry: the open answer finds the recipe's advice for those.
 */
export function answerStatement(h: HandlerInput, turn: Turn, words: string): Response | Promise<Response> | undefined {
  return answerRead(h, turn, statementAt(turn, words));
}

/**
 * A statement its carrier denied ("I didn't put it on the rack", "I forgot to brush it all on"):
 * what would have been the step done or skipped is how the step is done, and the cook stays on it.
 * Undefined for a question or a worry, as for any statement.
 */
export function answerDenied(h: HandlerInput, turn: Turn, words: string): Response | Promise<Response> | undefined {
  // "we didn't put it on the rack yet": the closing "yet" only repeats the denial the carrier made.
  const read = statementAt(turn, words.replace(/\s+(yet|still|at all|either)\s*$/, ''));
  // "I can't do the overnight bit so skip it" still asks to skip: the denial is of the step, the skip is asked outright.
  const skipAsked = read?.kind === 'skip' && /\bskip\b/.test(words);
  if (read?.kind === 'done' || (read?.kind === 'skip' && !skipAsked)) return answerRead(h, turn, { kind: 'cue', placed: read.placed });
  return answerRead(h, turn, read);
}

/** The statement read at the cook's step (none once the recipe is finished). */
export function statementAt(turn: Turn, words: string): StatementRead | undefined {
  return readStatement(vocabularyFor(), turn.recipe, turn.cook.finished ? undefined : currentStep(turn), words);
}

/** The answer to a statement read, or undefined for a question or a worry. */
export function answerRead(h: HandlerInput, turn: Turn, read: StatementRead | undefined): Response | Promise<Response> | undefined {
  switch (read?.kind) {
    case 'reading':
      return judgeReading(h, turn, read);
    case 'away':
      return HoldOnHandler.handle(h, turn);
    case 'done':
      return moveOn(h, turn, turn.speech.stepDone(speechContext(turn), read.placed), stepAfter(turn, read.placed));
    case 'skip':
      return moveOn(h, turn, skipLine(turn, read.placed, read.to, read.note), read.to);
    case 'ovenShort':
      return reply(h, turn, turn.speech.ovenShort(askContext(turn), read.alternative), { kind: 'step-text', stepIds: [read.placed.step.id] });
    case 'cue':
      return reply(h, turn, turn.speech.stepCue(askContext(turn), read.placed), { kind: 'step-text', stepIds: [read.placed.step.id] });
    default:
      return undefined;
  }
}

function stepAfter(turn: Turn, placed: PlacedStep): PlacedStep | undefined {
  return stepAt(turn.recipe, placed.index + 1);
}

function skipLine(turn: Turn, placed: PlacedStep, to: PlacedStep | undefined, note: SkipNote | undefined): Line {
  const ctx = speechContext(turn);
  switch (note?.kind) {
    case 'optional':
      return turn.speech.skipOptional(ctx, note.ingredient);
    case 'swap':
      return turn.speech.skipSwap(ctx, note.ingredient, note.alternative);
    case 'shortcut':
      return turn.speech.skipShortcut(ctx, note.shortcut);
    case 'oven':
      return turn.speech.skipOven(ctx, note.alternative);
    default:
      return turn.speech.stepSkipped(ctx, placed, to);
  }
}

/**
 * The acknowledgement, then the step gone to, read as next reads it (with its timer offer), in one
 * turn; past the last step, the recipe's end.
 */
function moveOn(h: HandlerInput, turn: Turn, said: Line, to: PlacedStep | undefined): Response {
  const first = say({ ...h, responseBuilder: ResponseFactory.init() }, said);
  if (!to) {
    turn.cook = { ...turn.cook, finished: true };
    return sayBoth(h, first, say(h, turn.speech.finished(speechContext(turn))));
  }
  return sayBoth(h, first, speakStep(h, turn, to.index));
}
