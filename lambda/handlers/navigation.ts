import type { HandlerInput } from 'ask-sdk-core';
import { getRequestType, getSlotValue, ResponseFactory } from '../sdk';
import type { Response } from 'ask-sdk-model';
import { Intent, Slot } from '../intents';
import { allSteps, firstStepOfPhase, stepAt, type Phase } from '../recipe';
import { wordsOf } from '../vocabulary';
import { heardPhrase, resolveSlot } from './slots';
import { placeFromWords } from './step-by-words';
import { awayFacts } from '../state/away';
import { offer } from '../state/talk';
import { backForDayTwo, endsDayOne } from './conversation/days';
import { currentStep, hasPausedTimer, speechContext, totalSteps, type Turn } from '../turn/turn';
import { keptPlan } from '../turn/kept-plan';
import type { Line } from '../speech/types';
import { isIntent, say, sayBoth, type TurnHandler } from './respond';

/**
 * Moves the cook to a step and speaks it. A step with a wait offers its timer ("Want a 2-hour roast
 * timer?"); the last step done ahead (the overnight drying) closes the day and offers a reminder.
 */
export function speakStep(h: HandlerInput, turn: Turn, index: number): Response {
  turn.cook = { ...turn.cook, step: index, finished: false };
  turn.heardStep = true;
  turn.screen = { kind: 'step', index };
  const placed = stepAt(turn.recipe, index);
  if (!placed) throw new Error(`no step at index ${index}`);
  const ctx = speechContext(turn);
  const spoken = turn.speech.step(ctx, placed);
  if (!placed.step.duration) return say(h, spoken);
  offer(h, { kind: 'timer', stepId: placed.step.id });
  if (endsDayOne(turn.recipe, placed)) return say(h, turn.speech.dayOneDone(ctx, placed, spoken));
  return say(h, turn.speech.timerOffer(ctx, placed, spoken));
}

const goTo = speakStep;

function finish(h: HandlerInput, turn: Turn): Response {
  turn.cook = { ...turn.cook, finished: true };
  return say(h, turn.speech.finished(speechContext(turn)));
}

/** Speaks the step the cook is on, or offers to start when there is none. */
function current(h: HandlerInput, turn: Turn): Response {
  if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(turn)));
  if (turn.cook.step === null) return say(h, turn.speech.notStarted());
  return goTo(h, turn, turn.cook.step);
}

function forward(h: HandlerInput, turn: Turn): Response {
  if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(turn)));
  if (turn.cook.step === null) return goTo(h, turn, 0);
  if (turn.cook.step + 1 >= totalSteps(turn)) return finish(h, turn);
  return goTo(h, turn, turn.cook.step + 1);
}

export const LaunchHandler: TurnHandler = {
  canHandle: (h) => getRequestType(h.requestEnvelope) === 'LaunchRequest',
  handle(h, turn) {
    const ctx = speechContext(turn);
    if (turn.placeUnknown) return say(h, turn.speech.welcomePlaceUnknown(ctx));
    if (turn.cook.finished) return say(h, turn.speech.welcomeBackFinished(ctx));
    const placed = currentStep(turn);
    if (placed && backForDayTwo(turn, placed)) {
      offer(h, { kind: 'dried' });
      return say(h, withPlan(turn, turn.speech.dayTwo(ctx)));
    }
    if (!placed) offer(h, { kind: 'start-or-ingredients' });
    const welcome = placed ? turn.speech.welcomeBack(ctx, placed, awayFacts(turn.cook, turn.now)) : turn.speech.welcome(ctx);
    return say(h, withPlan(turn, welcome));
  },
};

/** The welcome with a word on the cook's dinner plan, when one is set: dinner, and the next thing to do. */
function withPlan(turn: Turn, welcome: Line): Line {
  const kept = keptPlan(turn);
  if (!kept) return welcome;
  const next = kept.plan.moments.find((m) => m.at.getTime() > turn.now.getTime());
  return turn.speech.withPlanNote(welcome, turn.speech.planNote(kept.clock, kept.plan.dinner, next));
}

/** "start", "let's get cooking": step 1 for a new or finished cook; a cook mid-recipe hears their step. */
export const StartCookingHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.StartCooking),
  handle(h, turn) {
    if (turn.cook.step === null || turn.cook.finished) return goTo(h, turn, 0);
    return goTo(h, turn, turn.cook.step);
  },
};

/**
 * "continue", "resume": back to the step the cook left, or on to the next once they have heard it.
 * While a timer the skill paused may still be paused, a bare "resume" is the timers' (timers/index.ts);
 * "resume the recipe" (ResumeRecipeIntent) names the recipe, so it is always this.
 */
export const ResumeHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.ResumeRecipe) || (isIntent(h, Intent.Resume) && !hasPausedTimer(h)),
  handle(h, turn) {
    if (turn.cook.step === null) return goTo(h, turn, 0);
    if (turn.heardStep) return forward(h, turn);
    return current(h, turn);
  },
};

/** "yes" answers the last offer: start, start over after the end, continue, or move on. */
export const YesHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Yes),
  handle(h, turn) {
    if (turn.cook.step === null || turn.cook.finished) return goTo(h, turn, 0);
    if (!turn.heardStep) return current(h, turn);
    return forward(h, turn);
  },
};

/** A line said before the step a move reads, built apart so the step's own response is not written over. */
function note(h: HandlerInput, line: Line): Response {
  return say({ ...h, responseBuilder: ResponseFactory.init() }, line);
}

/**
 * "advance three steps": on by that many. A count past the last step stops there and says so; the
 * last step itself moves on to the end, as "next" does.
 */
function forwardBy(h: HandlerInput, turn: Turn, count: number): Response {
  const at = turn.cook.step;
  const last = totalSteps(turn) - 1;
  if (count <= 1 || at === null || turn.cook.finished || at >= last) return forward(h, turn);
  if (at + count <= last) return goTo(h, turn, at + count);
  return sayBoth(h, note(h, turn.speech.movedToLast(count, last - at)), goTo(h, turn, last));
}

/** "go back two steps": back by that many. A count past step 1 stops there and says so. */
function backBy(h: HandlerInput, turn: Turn, count: number): Response {
  const at = turn.cook.step;
  if (at === null || turn.cook.finished || at === 0) return back(h, turn);
  if (count <= 1) return back(h, turn);
  if (at - count >= 0) return goTo(h, turn, at - count);
  return sayBoth(h, note(h, turn.speech.movedToFirst(count, at)), goTo(h, turn, 0));
}

/** "next", and "next" said after narration ("ok it's reduced next"): the narration changes nothing. */
export const NextHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Next, Intent.NextStep, Intent.NextSaid),
  handle: (h, turn) => forwardBy(h, turn, spokenStepNumber(h, Slot.StepCount) ?? 1),
};

function back(h: HandlerInput, turn: Turn): Response {
  if (turn.cook.step === null) return say(h, turn.speech.notStarted());
  if (turn.cook.finished) return goTo(h, turn, turn.cook.step);
  if (turn.cook.step === 0) {
    const first = currentStep(turn);
    turn.heardStep = true;
    turn.screen = { kind: 'step', index: 0 };
    if (first) return say(h, turn.speech.alreadyAtFirst(speechContext(turn), first));
  }
  return goTo(h, turn, turn.cook.step - 1);
}

export const PreviousHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Previous, Intent.PreviousStep),
  handle: (h, turn) => backBy(h, turn, spokenStepNumber(h, Slot.StepCount) ?? 1),
};

export const RepeatHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Repeat, Intent.RepeatStep),
  handle: current,
};

export const StartOverHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.StartOver),
  handle: (h, turn) => goTo(h, turn, 0),
};

/** Reads a number the way Alexa sends AMAZON.NUMBER ("7"); "?" or words are not a number. */
function spokenStepNumber(h: HandlerInput, slot: string = Slot.StepNumber): number | undefined {
  // A touch on the screen's next or back button reaches the same handlers, without slots.
  if (getRequestType(h.requestEnvelope) !== 'IntentRequest') return undefined;
  const value = getSlotValue(h.requestEnvelope, slot);
  // null when the intent declares no such slot (AMAZON.NextIntent has no count).
  if (value == null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

export const GoToStepHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToStep),
  handle(h, turn) {
    const asked = spokenStepNumber(h);
    if (asked === undefined || asked < 1 || asked > totalSteps(turn)) {
      return say(h, turn.speech.noSuchStep(speechContext(turn), asked));
    }
    return goTo(h, turn, asked - 1);
  },
};

/** The phase a slot names, by the one resolver: its resolved id, else the words as spoken (lambda/vocabulary). */
export function phaseFromSlot(h: HandlerInput, turn: Turn, slotName: string): Phase | undefined {
  return resolveSlot(h, turn, slotName, 'phase').found[0];
}

/**
 * "go to the glaze": the part named, at its first step. Words that name no part outright may
 * describe one step ("go to the resting under foil step", "the start of section four"): that
 * step, found as the cook's own words are (step-by-words.ts).
 */
export const GoToPhaseHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToPhase),
  handle(h, turn) {
    const slot = resolveSlot(h, turn, Slot.Phase, 'phase');
    const phase = slot.found[0];
    // A part Alexa matched by name is that part, unless the words say "step" ("the scoring step" is the step
    // that scores); the cook's own words may name a step inside a part ("where you place it on the rack").
    if (phase && slot.heard.ids.length && !wordsOf(slot.heard.words ?? '').includes('step')) return goTo(h, turn, firstStepOfPhase(turn.recipe, phase.id) ?? 0);
    const described = slot.heard.words ? placeFromWords(turn.recipe, slot.heard.words, turn.cook.step) : undefined;
    if (described !== undefined) return goTo(h, turn, described);
    const index = phase ? firstStepOfPhase(turn.recipe, phase.id) : undefined;
    if (index === undefined) return say(h, turn.speech.unknownPart(speechContext(turn)));
    return goTo(h, turn, index);
  },
};

/**
 * "can we skip the fridge part", "skip the scoring step": the step after the part named (its last
 * step's next), or after the step the words describe (step-by-words.ts).
 */
export const SkipPartHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.SkipPart),
  handle(h, turn) {
    const slot = resolveSlot(h, turn, Slot.Phase, 'phase');
    const words = slot.heard.words ?? heardPhrase(h, Slot.Query).words;
    const phase = wordsOf(words).includes('step') ? undefined : slot.found[0];
    const last = phase ? allSteps(turn.recipe).filter((s) => s.phase.id === phase.id).at(-1)?.index : placeFromWords(turn.recipe, words, turn.cook.step);
    if (last === undefined) return say(h, turn.speech.unknownPart(speechContext(turn)));
    return last + 1 >= totalSteps(turn) ? finish(h, turn) : goTo(h, turn, last + 1);
  },
};

/**
 * "go back to the preheat step", "what did it say about the oven again", "the tent with foil bit in
 * section four": a step or part named in the cook's own words (a phrase slot), read out.
 */
export const GoToWordsHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToWords),
  handle(h, turn) {
    const { words } = heardPhrase(h, Slot.Query);
    const index = words ? placeFromWords(turn.recipe, words, turn.cook.step) : undefined;
    if (index === undefined) return say(h, turn.speech.noStepSays(speechContext(turn)));
    return goTo(h, turn, index);
  },
};

/**
 * "section five", "step five of the recipe": the printed recipe numbers its parts, which are the
 * recipe's phases in order; the first step of that part is read.
 */
export const GoToSectionHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToSection),
  handle(h, turn) {
    const asked = spokenStepNumber(h, Slot.Section);
    const phase = asked === undefined ? undefined : turn.recipe.phases[asked - 1];
    const index = phase ? firstStepOfPhase(turn.recipe, phase.id) : undefined;
    if (index === undefined) return say(h, turn.speech.noSuchSection(speechContext(turn), asked));
    return goTo(h, turn, index);
  },
};

/**
 * "last step", "the final step", "skip to the very last step": the recipe's last step. Said as a
 * request, "last step" means the end of the recipe; "go back to the last step" and "what was the
 * last step" are the step before (PreviousStepIntent's samples), because they say back or was.
 */
export const GoToLastHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.GoToLast),
  handle: (h, turn) => goTo(h, turn, totalSteps(turn) - 1),
};

export const WhereAmIHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.WhereAmI),
  handle(h, turn) {
    if (turn.cook.finished) return say(h, turn.speech.finished(speechContext(turn)));
    const placed = currentStep(turn);
    if (!placed) return say(h, turn.speech.notStarted());
    return say(h, turn.speech.where(speechContext(turn), placed));
  },
};

export const OverviewHandler: TurnHandler = {
  canHandle: (h) => isIntent(h, Intent.Overview),
  handle: (h, turn) => say(h, turn.speech.overview(speechContext(turn))),
};

export const navigationHandlers: readonly TurnHandler[] = [
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
  GoToWordsHandler,
  GoToSectionHandler,
  GoToLastHandler,
  SkipPartHandler,
  WhereAmIHandler,
  OverviewHandler,
];
