import type { HandlerInput } from 'ask-sdk-core';
import { stepAt, stepCount, type PlacedStep, type Recipe } from '../recipe';
import type { Speech } from '../speech';
import type { TurnBudget } from '../services/budget';
import type { Log } from '../services/logger';
import type { CookState } from '../state/cook-state';
import type { SpeechContext } from '../speech/types';
import type { UnitSystem } from '../recipe';
import type { Talk } from '../state/talk';

/**
 * Everything a handler needs about this turn, built once by the request interceptor and kept
 * in the request attributes: the recipe, the cook's state, and how to talk to this cook.
 */
export interface Turn {
  readonly recipe: Recipe;
  readonly speech: Speech;
  readonly log: Log;
  /** The cook's state as it stands now in this turn. */
  cook: CookState;
  /** True once a step has been spoken in this session (so "yes" or "continue" moves on, not repeats). */
  heardStep: boolean;
  /** The time of this turn, from `SkillDeps.now` (tests pass a fixed clock). */
  readonly now: Date;
  /** The request's locale, which picks the units a cook hears first. */
  readonly locale: string | undefined;
  /**
   * True when storage could not be read (or holds a record of a newer version) and the session
   * holds no state either: the cook may have a saved place this turn cannot see. Such a turn
   * never moves the cook (see handlers/place-unknown.ts) and nothing of it is saved.
   */
  readonly placeUnknown: boolean;
  /** What is left of this turn's time: every storage and Alexa API call draws on it. */
  readonly budget: TurnBudget;
  /**
   * What this turn's answer was about, for the screen (a fact, not a rendering): written by the
   * handlers that speak a step or the ingredients; read by the screen interceptor. Absent for any
   * other answer, which the screen shows as the spoken text.
   */
  screen?: ScreenFact;
  /**
   * What has been said in this session, as facts (state/talk.ts): set by the talk interceptor
   * before any handler runs; read by answers for their hand-back, by the fallback and by repeat.
   */
  talk?: Talk;
  /**
   * True while the first of two questions asked at once is answered (handlers/questions/two-questions.ts):
   * its answer leaves the hand-back to the second's. Set and cleared by that handler alone.
   */
  firstOfTwo?: boolean;
}

/** What the screen should show for this turn's answer. */
export type ScreenFact =
  /** The step at this 0-based index was spoken. */
  | { readonly kind: 'step'; readonly index: number }
  /** The ingredients were listed: all groups, or only `groupId`; `highlightId` is the one asked about. */
  | { readonly kind: 'ingredients'; readonly groupId?: string; readonly highlightId?: string }
  /** The dinner plan was made, moved or told: the timeline of its clock times. */
  | { readonly kind: 'plan' };

const TURN_KEY = 'turn';

/** Called once per request by the state interceptor; handlers are handed the turn (handlers/respond.ts). */
export function setTurn(h: HandlerInput, turn: Turn): void {
  h.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

/** The turn of this request, for the wrapper that hands it to handlers and for the interceptors. */
export function turnOf(h: HandlerInput): Turn {
  const turn = h.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error('turn not loaded: the state interceptor did not run');
  return turn;
}

/**
 * True while the skill remembers a timer it paused for the cook (state/cook-state.ts `pausedTimer`):
 * "resume" then goes to that timer, not on with the recipe. Read by the two handlers' `canHandle`,
 * which must not throw: a request with no turn (no session, so no cook) has no paused timer.
 */
export function hasPausedTimer(h: HandlerInput): boolean {
  const turn = h.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  return (turn?.cook.pausedTimer ?? null) !== null;
}

/** True when the saved state remembers a timer the skill set (a request with no turn has none). */
export function hasTimer(h: HandlerInput): boolean {
  const turn = h.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  return turn?.cook.alerts.some((a) => a.kind === 'timer') ?? false;
}

/** Imperial first in the US and Canada, metric first elsewhere, unless the cook chose. */
export function unitSystem(turn: Turn): UnitSystem {
  if (turn.cook.prefs.units) return turn.cook.prefs.units;
  return turn.locale === 'en-US' || turn.locale === 'en-CA' || !turn.locale ? 'imperial' : 'metric';
}

/** How to talk to this cook now (worked out each time: a turn may change the cook's units). */
export function speechContext(turn: Turn): SpeechContext {
  const { porkKg, porkSaid } = turn.cook.prefs;
  return { recipe: turn.recipe, system: unitSystem(turn), mainKg: porkKg, mainSaid: porkKg === undefined ? undefined : porkSaid };
}

/** The step the cook is on, or undefined before they start. */
export function currentStep(turn: Turn): PlacedStep | undefined {
  return turn.cook.step === null ? undefined : stepAt(turn.recipe, turn.cook.step);
}

export function totalSteps(turn: Turn): number {
  return stepCount(turn.recipe);
}
