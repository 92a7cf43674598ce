import type { HandlerInput } from 'ask-sdk-core';
import { Intent, type IntentName } from '../../intents';
import { readPendingWeight } from '../../state/pending-weight';
import { isIntent, type TurnHandle, type TurnHandler } from '../respond';
import { askedAgain } from './asked-again';
import { splitOf } from './split';
import { saidWords } from './said-again';
export { requestAskedInterceptor } from './request-asked';
export { saidAgainInterceptor } from './said-again';

type QuestionTurns = typeof import('./question-turns');
let loaded: QuestionTurns | undefined;

/**
 * The question handlers' work, loaded at the first question: here stays only what chooses a handler
 * (intent names, and the words that make a question asked again or two at once), so a cold start
 * that asks nothing never compiles the rest (tools/build.ts).
 */
function questionTurns(): QuestionTurns {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./question-turns') as QuestionTurns;
  return loaded;
}

/** A question handler: chosen here, by `canHandle`; what it does is in question-turns.ts. */
function on(canHandle: (h: HandlerInput) => boolean, handle: (turns: QuestionTurns) => TurnHandle): TurnHandler {
  return { canHandle, handle: (h, turn) => handle(questionTurns()).handle(h, turn) };
}

/** The question handler for these intents. */
const asked = (intents: IntentName | readonly IntentName[], handle: (turns: QuestionTurns) => TurnHandle): TurnHandler =>
  on((h) => isIntent(h, ...(typeof intents === 'string' ? [intents] : intents)), handle);

/** The open questions' carriers: whatever the words ask, answered from the recipe's facts (open.ts). */
const OPEN = [Intent.AskWhat, Intent.AskHow, Intent.AskTime, Intent.AskAmount, Intent.AskTemperature, Intent.AskWhy, Intent.AskYesNo, Intent.AskSide, Intent.Tell, Intent.TellNot, Intent.AskMetric, Intent.AskImperial, Intent.AskLength] as const;

/** The handlers that answer one question each. */
const answering: readonly TurnHandler[] = [
  asked(Intent.IngredientAmount, (t) => t.IngredientAmountHandler),
  asked(Intent.IngredientAbout, (t) => t.IngredientAboutHandler),
  asked(Intent.IngredientOptional, (t) => t.IngredientOptionalHandler),
  asked(Intent.Substitute, (t) => t.SubstituteHandler),
  asked(Intent.IngredientPurpose, (t) => t.IngredientPurposeHandler),
  asked(Intent.StepIngredients, (t) => t.StepIngredientsHandler),
  asked(Intent.ListIngredients, (t) => t.ListIngredientsHandler),
  asked(Intent.GroupIngredients, (t) => t.GroupIngredientsHandler),
  asked(Intent.Diet, (t) => t.DietHandler),
  asked(Intent.EquipmentList, (t) => t.EquipmentListHandler),
  asked(Intent.EquipmentAbout, (t) => t.EquipmentAboutHandler),
  asked(Intent.OvenTemperature, (t) => t.OvenTemperatureHandler),
  asked(Intent.InternalTemperature, (t) => t.InternalTemperatureHandler),
  asked(Intent.ConvertUnits, (t) => t.ConvertUnitsHandler),
  asked(Intent.SetUnits, (t) => t.SetUnitsHandler),
  asked(Intent.HowLong, (t) => t.HowLongHandler),
  asked(Intent.TotalTime, (t) => t.TotalTimeHandler),
  asked(Intent.Why, (t) => t.WhyHandler),
  asked(Intent.HowTo, (t) => t.HowToHandler),
  asked(Intent.Troubleshoot, (t) => t.TroubleshootHandler),
  asked(Intent.IsItDone, (t) => t.IsItDoneHandler),
  asked(Intent.WhileWaiting, (t) => t.WhileWaitingHandler),
  asked(Intent.FollowUp, (t) => t.FollowUpHandler),
  asked(Intent.Variation, (t) => t.VariationHandler),
  asked(Intent.Pairing, (t) => t.PairingHandler),
  asked(Intent.ServiceTip, (t) => t.ServiceTipHandler),
  asked(Intent.PorkSize, (t) => t.PorkSizeHandler),
  asked(OPEN, (t) => t.OpenQuestionHandler),
];

/** Every question a cook can ask mid-recipe. None of them moves the cook's place. */
export const questionHandlers: readonly TurnHandler[] = [
  // First: a question taken back and asked again is answered as asked the second time, whatever the intent;
  // then two questions asked at once, each by the handler its words choose.
  { canHandle: (h) => askedAgain(h) !== undefined, handle: (h, turn) => questionTurns().answerOpen(h, turn, askedAgain(h) ?? '') },
  // A question said again after the skill took it wrong (said-again.ts left only its words): answered in them.
  { canHandle: (h) => isIntent(h, Intent.SaidAgain), handle: (h, turn) => questionTurns().answerOpen(h, turn, saidWords(h)) },
  { canHandle: (h) => splitOf(h) !== undefined, handle: (h, turn) => questionTurns().answerTwo(h, turn, answering) },
  ...answering,
];

/** "What are the ingredients", for a touch on the screen's ingredients button (touch.ts). */
export const ListIngredientsHandler: TurnHandle = { handle: (h, turn) => questionTurns().ListIngredientsHandler.handle(h, turn) };

/** Answers to a question the skill just asked ("Did you say 15 kilograms?"): ahead of navigation's yes and no. */
export const answerHandlers: readonly TurnHandler[] = [
  on((h) => isIntent(h, Intent.Yes, Intent.No) && readPendingWeight(h) !== undefined, (t) => t.ConfirmSizeHandler),
];
