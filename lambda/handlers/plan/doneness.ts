import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { getSlot } from '../../sdk';
import { Intent, Slot } from '../../intents';
import { allSteps, type DonenessCue, type PlacedStep } from '../../recipe';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { say } from '../respond';
import { offer } from './offer';
import { heardSlot, resolveSlot } from '../slots';
import { openFromSlot } from '../questions/open';

/**
 * Doneness by conversation: "it's at 146" or "63 degrees" judged against the recipe's internal
 * temperature; "puffed and golden", "not puffing yet", "some bits are black", "it's syrupy" judged
 * by the recipe's cues. The cook's word moves them on or keeps them on the step; every number comes
 * from the recipe.
 */

/**
 * Below this a reading without a unit is Celsius: after hours in the oven the pork is never under
 * 100°F, and no Celsius reading of cooked pork reaches 100.
 */
const CELSIUS_BELOW = 100;
/** Readings outside this (in either unit) are not the pork's: a mishearing, asked again. */
const PLAUSIBLE = { min: 10, max: 250 };

function moveTo(turn: Turn, placed: PlacedStep): void {
  turn.cook = { ...turn.cook, step: placed.index, finished: false };
  turn.heardStep = true;
  turn.screen = { kind: 'step', index: placed.index };
}

function number(h: HandlerInput, name: string): number | undefined {
  const value = getSlot(h.requestEnvelope, name)?.value;
  const n = value === undefined ? NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The reading and its unit: as said, or told apart by its size. */
function reading(h: HandlerInput): { value: number; unit: 'F' | 'C' } | undefined {
  const c = number(h, Slot.Celsius);
  if (c !== undefined) return { value: c, unit: 'C' };
  const f = number(h, Slot.Fahrenheit);
  if (f !== undefined) return { value: f, unit: 'F' };
  const n = number(h, Slot.Reading);
  return n === undefined ? undefined : { value: n, unit: n < CELSIUS_BELOW ? 'C' : 'F' };
}

/**
 * The cue the cook described, by the one resolver (its resolved id, else the words as spoken); a
 * cue only some of the words fit is no cue: "ready" must not be guessed.
 */
function cueOf(h: HandlerInput, turn: Turn): { cue: DonenessCue; at: PlacedStep } | undefined {
  const { found, nearest } = resolveSlot(h, turn, Slot.Cue, 'cue');
  return nearest ? undefined : found[0];
}

/** Judges a thermometer reading against the recipe's internal target; also for a reading said in an open question ("it's only at 140 inside"). */
export function judgeReading(h: HandlerInput, turn: Turn, read: { value: number; unit: 'F' | 'C' }): Response {
  const steps = allSteps(turn.recipe);
  const checkAt = steps.find((s) => s.step.internalTemp);
  if (!checkAt?.step.internalTemp || read.value < PLAUSIBLE.min || read.value > PLAUSIBLE.max) {
    return say(h, turn.speech.readingUnclear(read.value));
  }
  const target = read.unit === 'C' ? checkAt.step.internalTemp.c : checkAt.step.internalTemp.f;
  const next = steps[checkAt.index + 1];
  if (read.value < target.min || !next) {
    moveTo(turn, checkAt);
    const minutes = checkAt.step.recheckMinutes ?? 1;
    offer(h, { kind: 'recheck', minutes });
    return say(h, turn.speech.readingBelow(read.value, read.unit, target, minutes));
  }
  moveTo(turn, next);
  const ctx = speechContext(turn);
  if (read.value > target.max) return say(h, turn.speech.readingAbove(ctx, read.value, read.unit, target, next));
  return say(h, turn.speech.readingOnTarget(ctx, read.value, read.unit, target, next));
}

function judgeCue(h: HandlerInput, turn: Turn, found: { cue: DonenessCue; at: PlacedStep }): Response {
  const ctx = speechContext(turn);
  const then = found.cue.thenStepId ? allSteps(turn.recipe).find((s) => s.step.id === found.cue.thenStepId) : undefined;
  if (found.cue.verdict !== 'not-yet' && then) {
    moveTo(turn, then);
    return say(h, found.cue.verdict === 'stop' ? turn.speech.cueStop(ctx, then) : turn.speech.cueReady(ctx, then));
  }
  moveTo(turn, found.at);
  const minutes = found.at.step.recheckMinutes ?? 1;
  offer(h, { kind: 'recheck', minutes });
  return say(h, turn.speech.cueNotYet(ctx, found.at.step.duration?.check, found.at.step.warnings ?? [], minutes));
}

export function doneness(h: HandlerInput, turn: Turn): Response | Promise<Response> {
  const read = reading(h);
  if (read) return judgeReading(h, turn, read);
  const found = cueOf(h, turn);
  if (found) return judgeCue(h, turn, found);
  // Words that are no cue ("the skin is starting to burn"): what the cook sees, answered from the recipe's advice.
  return openFromSlot(h, turn, heardSlot(h, Slot.Cue), Intent.Tell) ?? say(h, turn.speech.donenessUnclear(currentStep(turn)));
}
