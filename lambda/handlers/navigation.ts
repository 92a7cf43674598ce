import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { getRequestType, getSlot, getSlotValue } from '../sdk';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../intents';
import { findPhase, firstStepOfPhase, phaseById, stepAt, type Phase } from '../recipe';
import { awayFacts } from '../state/away';
import { currentStep, speechContext, totalSteps, turnOf } from '../state/turn';
import { isIntent, say } from './respond';

/** Moves the cook to a step and speaks it. */
function goTo(h: HandlerInput, index: number): Response {
  const turn = turnOf(h);
  turn.cook = { ...turn.cook, step: index, finished: false };
  turn.heardStep = true;
  turn.screen = { kind: 'step', index };
  const placed = stepAt(turn.recipe, index);
  if (!placed) throw new Error(`no step at index ${index}`);
  return say(h, turn.speech.step(speechContext(h), placed));
}

function finish(h: HandlerInput): Response {
  const turn = turnOf(h);
  turn.cook = { ...turn.cook, finished: true };
  return say(h, turn.speech.finished(speechContext(h)));
}

/** Speaks the step the cook is on, or offers to start when there is none. */
function current(h: HandlerInput): Response {
  const turn = turnOf(h);
  if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(h)));
  if (turn.cook.step === null) return say(h, turn.speech.notStarted());
  return goTo(h, turn.cook.step);
}

function forward(h: HandlerInput): Response {
  const turn = turnOf(h);
  if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(h)));
  if (turn.cook.step === null) return goTo(h, 0);
  if (turn.cook.step + 1 >= totalSteps(turn)) return finish(h);
  return goTo(h, turn.cook.step + 1);
}

export const LaunchHandler: RequestHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle(h) {
    const turn = turnOf(h);
    const ctx = speechContext(h);
    if (turn.placeUnknown) return say(h, turn.speech.welcomePlaceUnknown(ctx));
    if (turn.cook.finished) return say(h, turn.speech.welcomeBackFinished(ctx));
    const placed = currentStep(turn);
    if (placed) return say(h, turn.speech.welcomeBack(ctx, placed, awayFacts(turn.cook, turn.now)));
    return say(h, turn.speech.welcome(ctx));
  },
};

/** "start", "let's get cooking": step 1 for a new or finished cook; a cook mid-recipe hears their step. */
export const StartCookingHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.StartCooking),
  handle(h) {
    const turn = turnOf(h);
    if (turn.cook.step === null || turn.cook.finished) return goTo(h, 0);
    return goTo(h, turn.cook.step);
  },
};

/** "continue", "resume": back to the step the cook left, or on to the next once they have heard it. */
export const ResumeHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Resume),
  handle(h) {
    const turn = turnOf(h);
    if (turn.placeUnknown) return say(h, turn.speech.resumePlaceUnknown());
    if (turn.cook.step === null) return goTo(h, 0);
    if (turn.heardStep) return forward(h);
    return current(h);
  },
};

/** "yes" answers the last offer: start, start over after the end, continue, or move on. */
export const YesHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Yes),
  handle(h) {
    const turn = turnOf(h);
    if (turn.cook.step === null || turn.cook.finished) return goTo(h, 0);
    if (!turn.heardStep) return current(h);
    return forward(h);
  },
};

export const NextHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Next, Intent.NextStep),
  handle: forward,
};

export const PreviousHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Previous, Intent.PreviousStep),
  handle(h) {
    const turn = turnOf(h);
    if (turn.cook.step === null) return say(h, turn.speech.notStarted());
    if (turn.cook.finished) return goTo(h, turn.cook.step);
    if (turn.cook.step === 0) {
      const first = currentStep(turn);
      turn.heardStep = true;
      turn.screen = { kind: 'step', index: 0 };
      if (first) return say(h, turn.speech.alreadyAtFirst(speechContext(h), first));
    }
    return goTo(h, turn.cook.step - 1);
  },
};

export const RepeatHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Repeat, Intent.RepeatStep),
  handle: current,
};

export const StartOverHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.StartOver),
  handle: (h) => goTo(h, 0),
};

/** Reads a step number the way Alexa sends AMAZON.NUMBER ("7"); "?" or words are not a number. */
function spokenStepNumber(h: HandlerInput): number | undefined {
  const value = getSlotValue(h.requestEnvelope, Slot.StepNumber);
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

export const GoToStepHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToStep),
  handle(h) {
    const turn = turnOf(h);
    const asked = spokenStepNumber(h);
    if (asked === undefined || asked < 1 || asked > totalSteps(turn)) {
      return say(h, turn.speech.noSuchStep(speechContext(h), asked));
    }
    return goTo(h, asked - 1);
  },
};

/** The phase a slot names: its resolved id first, then the recipe's own names for what was heard. */
export function phaseFromSlot(h: HandlerInput, slotName: string): Phase | undefined {
  const { recipe } = turnOf(h);
  const slot = getSlot(h.requestEnvelope, slotName);
  if (!slot) return undefined;
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status.code !== 'ER_SUCCESS_MATCH') continue;
    for (const { value } of authority.values) {
      const phase = phaseById(recipe, value.id);
      if (phase) return phase;
    }
  }
  return slot.value ? findPhase(recipe, slot.value) : undefined;
}

export const GoToPhaseHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToPhase),
  handle(h) {
    const turn = turnOf(h);
    const phase = phaseFromSlot(h, Slot.Phase);
    const index = phase ? firstStepOfPhase(turn.recipe, phase.id) : undefined;
    if (index === undefined) return say(h, turn.speech.unknownPart(speechContext(h)));
    return goTo(h, index);
  },
};

export const WhereAmIHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.WhereAmI),
  handle(h) {
    const turn = turnOf(h);
    if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(h)));
    const placed = currentStep(turn);
    if (!placed) return say(h, turn.speech.notStarted());
    return say(h, turn.speech.where(speechContext(h), placed));
  },
};

export const OverviewHandler: RequestHandler = {
  canHandle: (h) => isIntent(h, Intent.Overview),
  handle: (h) => say(h, turnOf(h).speech.overview(speechContext(h))),
};

export const navigationHandlers: readonly RequestHandler[] = [
  LaunchHandler,
  StartCookingHandler,
  ResumeHandler,
  YesHandler,
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  StartOverHandler,
  GoToStepHandler,
  GoToPhaseHandler,
  WhereAmIHandler,
  OverviewHandler,
];
