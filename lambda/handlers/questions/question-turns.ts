/**
 * What the question handlers do once chosen: in dist/answers.js, not index.js (tools/build.ts
 * ON_DEMAND), required by index.ts at the first question, so a launch or "next" never compiles it.
 */
export { EquipmentAboutHandler, EquipmentListHandler } from './equipment';
export { FollowUpHandler } from './follow-up';
export {
  DietHandler,
  GroupIngredientsHandler,
  IngredientAboutHandler,
  IngredientAmountHandler,
  IngredientOptionalHandler,
  IngredientPurposeHandler,
  ListIngredientsHandler,
  StepIngredientsHandler,
  SubstituteHandler,
} from './ingredients';
export { IsItDoneHandler, WhileWaitingHandler } from './moment';
export { answerOpen, OpenQuestionHandler } from './open';
export { PairingHandler, ServiceTipHandler, VariationHandler } from './serving';
export { ConfirmSizeHandler, PorkSizeHandler } from './size';
export { HowToHandler, WhyHandler } from './technique';
export { InternalTemperatureHandler, OvenTemperatureHandler } from './temperatures';
export { HowLongHandler, TotalTimeHandler } from './timings';
export { TroubleshootHandler } from './troubleshooting';
export { answerTwo } from './two-questions';
export { ConvertUnitsHandler, SetUnitsHandler } from './units';
