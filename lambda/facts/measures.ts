/**
 * Which facts can answer a question for a measure. A question whose form asks "how long" or "what
 * temperature" must be answered with a length or a temperature: a fact that only shares its other
 * words ("in the oven on the low heat" shares the oven's setting) would be a confident wrong answer,
 * worse than none (the cook's place then answers, or the honest "not in the recipe").
 */
import type { Want } from '../vocabulary';
import type { Fact } from './index';
import { lengthIn } from './lengths';

/** A sentence that gives a temperature, as a figure ("275°F", "to 500 degrees") or by name ("toward room temperature"). */
const SAYS_TEMPERATURE = /\u00B0|\bdegrees\b|\btemperature\b/i;

/** The wants that are measures, each with the facts that give that measure. */
const GIVES: Readonly<Partial<Record<Want, (fact: Fact) => boolean>>> = {
  time: (fact) => fact.kind === 'wait' || (fact.kind === 'sentence' && lengthIn(fact.text) !== undefined),
  temperature: (fact) => fact.kind === 'oven' || fact.kind === 'inside' || (fact.kind === 'sentence' && SAYS_TEMPERATURE.test(fact.text)),
};

/** True for a want that is a measure (time, temperature): only facts that give one may answer it. */
export function isMeasure(want: Want | undefined): boolean {
  return want !== undefined && GIVES[want] !== undefined;
}

/** True when the fact gives the measure the want asks for; every fact answers a want that is no measure. */
export function givesMeasure(fact: Fact, want: Want | undefined): boolean {
  const gives = want ? GIVES[want] : undefined;
  return gives ? gives(fact) : true;
}
