import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Slot } from '../../intents';
import { currentStep, speechContext, type Turn } from '../../turn/turn';
import { factIndex, numbersIn, secondsPer } from '../../facts';
import { asksLongest, vocabularyFor, wordsOf } from '../../vocabulary';
import { say } from '../respond';
import { heardPhrase } from '../slots';
import type { TimerDeps } from './deps';
import { fulfil } from './set-timer';
import { secondsSaid } from './spoken-length';
import type { Want } from './want';

/** Each figure in the words, in minutes, by the first unit said after it: "two to two and a half hours" is 120 and 150. */
function minutesQuoted(words: readonly string[]): number[] {
  return numbersIn(words).flatMap((n) => {
    const unit = words.slice(n.end).map(secondsPer).find((seconds) => seconds !== undefined);
    return unit ? [(n.value * unit) / 60] : [];
  });
}

/**
 * The last length said anywhere in the words, the longest run of each ("my notes say seven minutes for
 * the sauce"): "a quarter of an hour no wait make it ten minutes" is ten minutes.
 */
function lengthIn(words: readonly string[]): number | undefined {
  let last: number | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = words.length; j > i; j--) {
      const seconds = secondsSaid(words.slice(i, j));
      if (seconds === undefined) continue;
      [last, i] = [seconds, j - 1];
      break;
    }
  }
  return last;
}

/**
 * "the recipe says two to two and a half hours, set a timer for that", "it says rest ten minutes,
 * can you time that": a length quoted from the recipe, then a timer asked for it. A quote of the
 * cook's step's own wait is that step's timer (its longest when only the longest was quoted); a
 * sentence of the recipe with a length ("five minutes under a towel") is timed by its length; else
 * the length as said, else the step's wait.
 */
export function setTimerSaid(h: HandlerInput, turn: Turn, deps: TimerDeps): Response | Promise<Response> {
  const placed = currentStep(turn);
  const words = wordsOf(heardPhrase(h, Slot.Query).words);
  const quoted = minutesQuoted(words);
  const wait = placed?.step.duration;
  if (placed && wait && quoted.length) {
    const own: Want | undefined = quoted.includes(wait.minutes.min)
      ? { stepId: placed.step.id }
      : quoted.includes(wait.minutes.max) ? { stepId: placed.step.id, longest: true } : undefined;
    if (own) return fulfil(h, turn, deps, own);
  }
  const sentence = quoted.length ? factIndex(vocabularyFor(), turn.recipe).lengthSaid(words.join(' '), placed) : undefined;
  if (sentence) return fulfil(h, turn, deps, { seconds: sentence.seconds });
  const seconds = lengthIn(words);
  if (seconds !== undefined) return fulfil(h, turn, deps, { seconds });
  // "for however long it needs to rest", "the shortest time it says": this step's wait, its longest only when asked.
  if (placed && wait) return fulfil(h, turn, deps, { stepId: placed.step.id, ...(asksLongest(words) ? { longest: true } : {}) });
  return say(h, turn.speech.noWaitHere(speechContext(turn), placed));
}
