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

/** Each figure in the words, in minutes, by the first unit said after it: "two to two and a half hours" is 120 and 150. */
function minutesQuoted(words: readonly string[]): number[] {
  return numbersIn(words).flatMap((n) => {
    const unit = words.slice(n.end).map(secondsPer).find(Boolean);
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
      if (!seconds) continue;
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
  const wait = placed?.step.duration;
  const words = wordsOf(heardPhrase(h, Slot.Query).words);
  // "timer for six": a figure said last without its unit is in the unit of the step's wait (six minutes at the glaze, two hours at the roast).
  if (numbersIn(words)[0]?.end === words.length) words.push(wait && wait.minutes.min > 59 ? 'hr' : 'min');
  const quoted = minutesQuoted(words);
  if (placed && wait) {
    // Its longest when only the longest was quoted (`longest: false` is the shortest, as unset is).
    const shortest = quoted.includes(wait.minutes.min);
    if (shortest || quoted.includes(wait.minutes.max)) return fulfil(h, turn, deps, { stepId: placed.step.id, longest: !shortest });
  }
  const sentence = quoted.length && factIndex(vocabularyFor(), turn.recipe).lengthSaid(words.join(' '), placed);
  if (sentence) return fulfil(h, turn, deps, { seconds: sentence.seconds });
  const seconds = lengthIn(words);
  if (seconds) return fulfil(h, turn, deps, { seconds });
  // "for however long it needs to rest", "the shortest time it says": this step's wait, its longest only when asked.
  if (placed && wait) return fulfil(h, turn, deps, { stepId: placed.step.id, longest: asksLongest(words) });
  return say(h, turn.speech.noWaitHere(speechContext(turn), placed));
}
