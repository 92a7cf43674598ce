import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Intent } from '../../intents';
import { placedStepById, problems, stepAt, type PlacedStep } from '../../recipe';
import { readTopic } from '../../state/last-topic';
import { offer, offerAnswered, offerOf, talkOf, type Offer } from '../../state/talk';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { askContext } from '../questions/common';
import { isIntent, say, type TurnHandler } from '../respond';
import { fulfil } from '../timers';
import type { TimerDeps } from '../timers/deps';
import { speakStep } from '../navigation';
import { firstOfDayTwo } from './days';
import { answerDiagnosis } from './diagnose';
import { speakGroup } from './lists';

/**
 * The step whose tips "more" means: the step last spoken, else the one step the last answer was
 * about ("how do I glaze it"), else the cook's own; only a step that has tips.
 */
function lastTipped(h: HandlerInput, turn: Turn): PlacedStep | undefined {
  const last = talkOf(h).last;
  const topic = readTopic(h)?.topic;
  let placed: PlacedStep | undefined;
  if (last?.kind === 'step') placed = stepAt(turn.recipe, last.index);
  else if (topic?.kind === 'step-text' && topic.stepIds.length === 1) placed = placedStepById(turn.recipe, topic.stepIds[0] ?? '');
  placed ??= turn.cook.finished ? undefined : currentStep(turn);
  return placed?.step.tips?.length ? placed : undefined;
}

/** A step's tips one at a time, each offering the next ("For another tip, say more."). */
function speakTip(h: HandlerInput, turn: Turn, placed: PlacedStep, tip: number): Response {
  const tips = placed.step.tips ?? [];
  if (tip >= tips.length) return say(h, turn.speech.nothingMore(askContext(turn)));
  const more = tip + 1 < tips.length;
  // After the last tip the offer stays for one turn, so "more" then says that's all rather than starting again.
  offer(h, { kind: 'more-tips', stepId: placed.step.id, tip: tip + 1 });
  return say(h, turn.speech.stepTip(askContext(turn), placed, tip, more));
}

/** "yes" to what the skill just asked: set the offered timer, ask which of an either/or, go on. */
function yesTo(h: HandlerInput, turn: Turn, deps: TimerDeps, asked: Offer): Response | Promise<Response> {
  switch (asked.kind) {
    case 'start-or-ingredients':
      offer(h, asked);
      return say(h, turn.speech.whichFirst());
    case 'timer':
      return fulfil(h, turn, deps, { stepId: asked.stepId });
    case 'more-ingredients':
      return speakGroup(h, turn, asked.group);
    case 'more-tips': {
      const placed = placedStepById(turn.recipe, asked.stepId);
      return placed ? speakTip(h, turn, placed, asked.tip) : say(h, turn.speech.nothingMore(askContext(turn)));
    }
    case 'dried': {
      const next = firstOfDayTwo(turn.recipe);
      return speakStep(h, turn, next ? next.index : (turn.cook.step ?? 0));
    }
    case 'diagnose':
      return answerDiagnosis(h, turn, asked, true);
  }
}

/** "no" to what the skill just asked, where no means more than "not now". */
function noTo(h: HandlerInput, turn: Turn, asked: Offer): Response | undefined {
  if (asked.kind === 'diagnose') return answerDiagnosis(h, turn, asked, false);
  if (asked.kind === 'dried') {
    // The recipe's own quick way for a skin that didn't get its night in the fridge.
    const quick = problems(turn.recipe).find((p) => p.phaseIds?.includes(currentStep(turn)?.phase.id ?? ''));
    if (quick) return say(h, turn.speech.notDried(speechContext(turn), quick.advice));
  }
  return undefined;
}

/**
 * Answers to the question the skill asked on its last turn (state/talk.ts). "continue" after the
 * day-two question means it dried; "more" takes up a list given a group at a time.
 */
export function offerHandlers(deps: TimerDeps): readonly TurnHandler[] {
  return [
    {
      canHandle: (h) => {
        const asked = offerOf(h);
        if (!asked) return false;
        // "okay", "alright" to a question are a yes.
        if (isIntent(h, Intent.Yes, Intent.Acknowledge)) return true;
        if (isIntent(h, Intent.No)) return asked.kind === 'diagnose' || asked.kind === 'dried';
        if (isIntent(h, Intent.Resume, Intent.ResumeRecipe)) return asked.kind === 'dried';
        return isIntent(h, Intent.More) && (asked.kind === 'more-ingredients' || asked.kind === 'more-tips');
      },
      handle(h, turn) {
        const asked = offerOf(h)!;
        offerAnswered(h);
        if (isIntent(h, Intent.No)) return noTo(h, turn, asked) ?? say(h, turn.speech.notNow(currentStep(turn)));
        return yesTo(h, turn, deps, asked);
      },
    },
    {
      // "more" after a step or how-to that offered its tips: the tips; with nothing left to give, say so.
      canHandle: (h) => isIntent(h, Intent.More),
      handle(h, turn) {
        const tipped = lastTipped(h, turn);
        if (tipped) return speakTip(h, turn, tipped, 0);
        return say(h, turn.speech.nothingMore(askContext(turn)));
      },
    },
  ];
}
