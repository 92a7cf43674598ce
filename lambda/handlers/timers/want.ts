import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from '../../sdk';
import { Slot } from '../../intents';
import { findTimedStep, timedStepById, type TimedStep } from '../../recipe';
import { isoToSeconds, Scope, type ScopeName } from '../../services/alerts';
import { type Turn } from '../../turn/turn';
import { heardSlot, resolveSlot } from '../slots';
import { wordsOf } from '../../vocabulary';
import { secondsSaid } from './spoken-length';

/**
 * What the cook asked to time: a recipe step's wait (by step id) or a plain length. Facts only,
 * small enough to ride in a consent request's token and come back unchanged.
 */
export type Want = { readonly stepId: string; readonly longest?: boolean; readonly seconds?: number } | { readonly seconds: number };

/** A permission request in flight: what to set once the cook says yes, and which scope was asked. */
export interface PendingConsent {
  readonly want: Want;
  readonly scope: ScopeName;
}

const TOKEN_PREFIX = 'crispy-alert:';

export function encodePending(pending: PendingConsent): string {
  return TOKEN_PREFIX + JSON.stringify(pending);
}

/** Reads a token back; anything not written by `encodePending` is undefined, never a crash. */
export function decodePending(token: string | undefined): PendingConsent | undefined {
  if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
  try {
    const raw = JSON.parse(token.slice(TOKEN_PREFIX.length)) as { want?: Record<string, unknown>; scope?: unknown };
    const scope = raw.scope === Scope.Timers || raw.scope === Scope.Reminders ? raw.scope : undefined;
    const want = raw.want;
    if (!scope || !want) return undefined;
    const seconds = typeof want.seconds === 'number' && Number.isFinite(want.seconds) ? { seconds: want.seconds } : undefined;
    if (typeof want.stepId === 'string') return { scope, want: { stepId: want.stepId, ...(want.longest === true ? { longest: true } : {}), ...seconds } };
    if (seconds) return { scope, want: seconds };
    return undefined;
  } catch {
    return undefined;
  }
}

/** Which timer the cook named, if any: by the recipe's name for it, or by its length. */
export interface NamedTimer {
  /** True when the cook named a timer at all. */
  readonly given: boolean;
  /** What was heard, to say back when it matches nothing. */
  readonly heard?: string;
  readonly step?: TimedStep;
  /** The length asked for; undefined when it was heard but not understood ("?"). */
  readonly seconds?: number;
}

/** The timed step a slot names: its resolved id first, then the recipe's own names for what the cook meant. */
function stepFromSlot(h: HandlerInput, turn: Turn): { heard?: string; step?: TimedStep } {
  const { recipe } = turn;
  // The words as the cook meant them: "the rest no the towel" names the towel (handlers/slots.ts).
  const heard = heardSlot(h, Slot.TimerName);
  if (!heard.words) return {};
  const byId = heard.ids.map((id) => timedStepById(recipe, id)).find(Boolean);
  if (byId) return { heard: heard.words, step: byId };
  const own = findTimedStep(recipe, heard.words);
  if (own) return { heard: heard.words, step: own };
  // What cooks call the wait ("the fridge one", "the grill"), by the one resolver; a timer is set only for a thing named.
  const { found, nearest } = resolveSlot(h, turn, Slot.TimerName, 'wait');
  const step = nearest ? undefined : found.map((s) => timedStepById(recipe, s.step.id)).find(Boolean);
  return { heard: heard.words, step };
}

/** The timer named in this request's `timerName` and `duration` slots. */
export function namedTimer(h: HandlerInput, turn: Turn): NamedTimer {
  const byName = stepFromSlot(h, turn);
  if (byName.heard && !byName.step) {
    // A length said in words that reached the name slot ("five no ten minutes" is no duration to
    // Alexa, so the cook's own words come in the name slot): that length.
    const seconds = secondsSaid(wordsOf(byName.heard));
    if (seconds !== undefined) return { given: true, seconds, heard: turn.speech.plainTimerLabel(seconds) };
  }
  const duration = getSlot(h.requestEnvelope, Slot.Duration)?.value;
  const seconds = duration ? isoToSeconds(duration) : undefined;
  // "six minutes for the glaze": the named wait, for the length the cook said. A length said for what
  // the recipe times in a sentence or not at all ("two hours for the fan", "ten minutes for the potatoes")
  // is that length too: the recipe's own figure ("1–2 hours") is never put in place of the cook's.
  if (byName.heard) return { given: true, ...byName, seconds };
  if (duration) return { given: true, seconds, heard: seconds === undefined ? undefined : turn.speech.plainTimerLabel(seconds) };
  return { given: false };
}
