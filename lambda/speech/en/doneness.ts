import type { PlacedStep, Range } from '../../recipe';
import { spokenMeasure } from '../quantities';
import { speakable } from '../text';
import type { Line, SpeechContext } from '../types';
import { NEXT_REPROMPT, plural, stepText } from './common';

/**
 * Sentences for doneness by conversation: a thermometer reading judged against the recipe's target,
 * and what the cook sees ("puffed and golden") judged by the recipe's cues. Numbers come from the
 * recipe; a check-again offer ends with a question the cook answers yes or no.
 */

const TIMER_REPROMPT = 'Say yes for a timer, or no.';

function degrees(value: number, unit: 'F' | 'C'): string {
  return spokenMeasure({ min: value, max: value }, unit);
}

function offer(minutes: number): string {
  return `Check again in ${plural(minutes, 'minute', 'minutes')}. Shall I set a ${plural(minutes, 'minute', 'minute')} timer?`;
}

export const doneness = {
  /** Below the target: keep going on this step. */
  readingBelow(reading: number, unit: 'F' | 'C', target: Range, recheckMinutes: number): Line {
    return line(
      `${degrees(reading, unit)} is below the target of ${spokenMeasure(target, unit)}, so keep roasting. ${offer(recheckMinutes)}`,
    );
  },

  /** On target: on to the next step, said in full. */
  readingOnTarget(ctx: SpeechContext, reading: number, unit: 'F' | 'C', target: Range, next: PlacedStep): Line {
    return { prompt: `${degrees(reading, unit)} is on target, ${spokenMeasure(target, unit)}. On to the next step. ${stepText(ctx, next)}`, reprompt: NEXT_REPROMPT };
  },

  /** Past the target: no more of this wait; straight on. */
  readingAbove(ctx: SpeechContext, reading: number, unit: 'F' | 'C', target: Range, next: PlacedStep): Line {
    return {
      prompt: `${degrees(reading, unit)} is past the target of ${spokenMeasure(target, unit)}, so no more roasting: go straight on. ${stepText(ctx, next)}`,
      reprompt: NEXT_REPROMPT,
    };
  },

  /** A reading too far from any cooking temperature to be what the thermometer said. */
  readingUnclear(reading: number): Line {
    return { prompt: `I heard ${reading}, which can’t be the pork’s temperature. What does the thermometer say?`, reprompt: 'Say, for example, it’s at 150.' };
  },

  /** What the cook sees means done: on to the next step. */
  cueReady(ctx: SpeechContext, next: PlacedStep): Line {
    return { prompt: `That’s it. ${stepText(ctx, next)}`, reprompt: NEXT_REPROMPT };
  },

  /** What the cook sees means act now. */
  cueStop(ctx: SpeechContext, next: PlacedStep): Line {
    return { prompt: `Stop it there, right now. ${stepText(ctx, next)}`, reprompt: NEXT_REPROMPT };
  },

  /** Not done yet: stay on the step, with what to look for. */
  cueNotYet(ctx: SpeechContext, check: string | undefined, warnings: readonly string[], recheckMinutes: number): Line {
    const look = check ? ` ${speakable(check, ctx.system)}` : '';
    const careful = warnings.map((w) => ` ${speakable(w, ctx.system)}`).join('');
    return line(`Not yet, then: keep going and keep watching.${look}${careful} ${offer(recheckMinutes)}`);
  },

  donenessUnclear(placed: PlacedStep | undefined): Line {
    return {
      prompt: 'Tell me what the thermometer says, such as it’s at 150, or what you see, such as it’s puffed and golden.',
      reprompt: placed ? NEXT_REPROMPT : 'Say, for example, it’s at 150.',
    };
  },

  recheckDeclined(placed: PlacedStep | undefined): Line {
    return { prompt: 'Okay, no timer. Tell me what you see when you check again.', reprompt: placed ? NEXT_REPROMPT : 'Say next when you’re ready.' };
  },
};

function line(prompt: string): Line {
  return { prompt, reprompt: TIMER_REPROMPT };
}
