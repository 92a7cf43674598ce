import type { Batch, PlacedStep, Range, Recipe, UnitSystem } from '../recipe';

/**
 * The shapes the speech layer takes and gives, for every locale: handlers build these facts and a
 * locale's table turns them into words. Nothing here is English, so handlers import from this file,
 * never from a locale's folder.
 */

/** What the speech functions need to know about the cook and the recipe. */
export interface SpeechContext {
  readonly recipe: Recipe;
  readonly system: UnitSystem;
  /** Weight of the cook's main ingredient in kilograms, when they told us. */
  readonly mainKg?: number;
  /** That weight as the cook said it ("800" grams), to read it back in their words. */
  readonly mainSaid?: WeightSaid;
}

/** A weight as the cook said it: the number and its unit. */
export interface WeightSaid {
  readonly value: number;
  readonly unit: 'kg' | 'lb' | 'g';
}

/** A prompt and the reprompt heard if the cook says nothing, both plain text. */
export interface Line {
  readonly prompt: string;
  readonly reprompt: string;
}

/** The speech context of a question: the cook's place and what they told us. */
export interface AskContext extends SpeechContext {
  /** The step the cook is on, when they have started. */
  readonly placed?: PlacedStep;
  readonly finished: boolean;
  /** A remark said after the answer, before the hand-back ("That’s a standard conversion."). */
  readonly note?: string;
  /**
   * Times the cook has moved on by saying next in this session: the hand-back after an answer
   * ("When you're ready, say next") shortens, then drops away, once they have shown they know it.
   */
  readonly nexts?: number;
  /** True for an answer that is part of a longer turn (a list given a group at a time): no hand-back. */
  readonly bare?: boolean;
  /** True when the cook asked in both scales ("the setpoint in fahrenheit and in celsius"): a temperature says both. */
  readonly bothScales?: boolean;
  /** A batch or piece the cook scaled by a word in this question ("I'm doubling the glaze"): its amounts are said scaled. */
  readonly batch?: Batch;
}

/** The schedule's facts, gathered by the handler from the recipe. */
export interface Schedule {
  /** The phases of the day before, up to the last one done ahead ("the pork prep", "the skin drying"). */
  readonly dayOne: readonly string[];
  /** The phases of the cooking day. */
  readonly dayTwo: readonly string[];
  readonly waitAhead: Range;
  readonly cooking: Range;
  /** Time still ahead from the cook's step, when they have started. */
  readonly left?: Range;
}

/** What the cook asked to do with a timer, for the sentences that say what went wrong. */
export type TimerAction = 'set' | 'check' | 'cancel' | 'pause' | 'resume';

/** Why an alert call failed (the alert service's classification). */
export type AlertProblem =
  | 'no-consent' | 'rejected' | 'forbidden' | 'not-found' | 'throttled' | 'server' | 'offline' | 'timeout' | 'unreachable';

export type AlertKind = 'timer' | 'reminder';

/** A timer as the cook hears it listed: its label and what is left. */
export interface HeardTimer {
  readonly label: string;
  readonly secondsLeft: number;
  readonly paused: boolean;
}

/** A step's wait as the set sentences need it. */
export interface HeardWait {
  readonly label: string;
  /** What the timer or reminder was set for. */
  readonly seconds: number;
  /** The recipe's range for the wait, when it came from a step. */
  readonly minutes?: Range;
  /** What to check when it rings, as written in the recipe. */
  readonly check?: string;
  /** True when the cook said the length for the recipe's wait, rather than the recipe choosing it. */
  readonly asked?: boolean;
}

/** When the plan's sentences are said and where: the time now and the device's time zone. */
export interface PlanClock {
  readonly now: Date;
  readonly timeZone: string;
}
