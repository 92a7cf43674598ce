import type { RequestInterceptor } from 'ask-sdk-core';
import type { Intent as IntentValue, IntentRequest } from 'ask-sdk-model';
import { Intent, Slot, type IntentName } from '../../intents';
import { meant, requestAfterAside, requestAsked, type RequestAsked } from '../../vocabulary';
import { isIntent } from '../respond';
import { slotsInOwnWords } from '../slots';
import { hasTimer } from '../../turn/turn';

/**
 * A request asked as a question (issue 11): "can start from beginning again or not", "can put timer
 * for six minutes or not", "what did you what did you say", "how long's left on the", "how much
 * time is balance in the timer". The question's carrier chose a question intent and its slot holds
 * the request (lambda/vocabulary/requests.ts); the request is what the cook asked for. It is read
 * before any handler is chosen, and the request becomes the intent it asks for, so every handler,
 * the place guard and "repeat" see the request the cook made, not the question it was put in.
 */

/** The question intents whose slots hold the cook's own words. */
export const QUESTIONS: readonly IntentName[] = [
  Intent.AskWhat, Intent.AskHow, Intent.AskTime, Intent.AskAmount, Intent.AskYesNo, Intent.Tell, Intent.IngredientAmount,
  Intent.IngredientAbout, Intent.HowLong, Intent.GoToWords, Intent.GoToPhase, Intent.Troubleshoot, Intent.AskTemperature,
];

/** An intent as Alexa would have sent it, its slots holding these words. */
export function intent(name: IntentName, values: Readonly<Record<string, string>> = {}): IntentValue {
  const slots = Object.fromEntries(Object.entries(values).map(([n, value]) => [n, { name: n, value, confirmationStatus: 'NONE' as const }]));
  return { name, confirmationStatus: 'NONE', slots };
}

/** The requests carried out by an intent without slots, by kind. */
const PLAIN: Partial<Record<RequestAsked['kind'], IntentName>> = {
  'start-over': Intent.StartOver, repeat: Intent.Repeat, 'time-left': Intent.TimeLeft, next: Intent.NextStep, previous: Intent.PreviousStep,
  where: Intent.WhereAmI, 'cancel-timer': Intent.CancelTimer, 'resume-timer': Intent.ResumeTimer, 'pause-timer': Intent.PauseTimer,
  ingredients: Intent.ListIngredients, stop: Intent.Stop, equipment: Intent.EquipmentList, start: Intent.StartCooking,
};

/** The intent (and slots) that carry a request out. */
/** `timing`: a timer the skill set is running, so "how long till it's done" asks the time left. */
export function requestIntent(asked: RequestAsked, timing: boolean): IntentValue | undefined {
  const plain = PLAIN[asked.kind];
  if (plain) return intent(plain);
  switch (asked.kind) {
    case 'time-until':
      return timing ? intent(Intent.TimeLeft) : undefined;
    case 'first':
      return intent(Intent.GoToStep, { [Slot.StepNumber]: '1' });
    case 'after':
      // The step after the one the words describe is what skipping that step reaches (navigation.ts).
      return intent(Intent.SkipPart, { [Slot.Query]: asked.words });
    case 'step':
      return intent(Intent.GoToStep, { [Slot.StepNumber]: String(asked.number) });
    case 'timer':
      // A length said, or the recipe's own (lambda/vocabulary/en/requests.ts): "put timer for the glaze" is the timer's own request.
      return intent(Intent.SetTimerSaid, { [Slot.Query]: asked.length });
    default:
      return undefined;
  }
}

/** The request a question's slot holds, as the intent that carries it out; undefined when the words ask a question. */
export function requestInQuestion(h: Parameters<RequestInterceptor['process']>[0]): IntentValue | undefined {
  if (!isIntent(h, ...QUESTIONS)) return undefined;
  // A timer the skill set is running (the saved state's, loaded before this reads it).
  const timing = hasTimer(h);
  const going = isIntent(h, Intent.GoToWords, Intent.GoToPhase);
  for (const slot of slotsInOwnWords(h)) {
    const words = meant(slot.value).words;
    // "the bit about the towel how long does it stay on": a question after the part it is about, answered; not "where" or "when", which name a step.
    if (going && requestAfterAside(words)?.request.match(/^(?!whe)/)) return intent(Intent.AskWhat, { [Slot.Query]: words });
    const asked = requestAsked(words, going);
    const request = asked && requestIntent(asked, timing);
    if (request) return request;
  }
  return undefined;
}

/** Makes a request asked as a question the request itself, before a handler is chosen. */
export const requestAskedInterceptor: RequestInterceptor = {
  process(h) {
    const intent = requestInQuestion(h);
    if (intent) (h.requestEnvelope.request as IntentRequest).intent = intent;
  },
};
