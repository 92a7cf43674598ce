import { equipmentHandlers } from './equipment';
import { followUpHandlers } from './follow-up';
import { ingredientHandlers } from './ingredients';
import { momentHandlers } from './moment';
import { servingHandlers } from './serving';
import { ConfirmSizeHandler, sizeHandlers } from './size';
import { techniqueHandlers } from './technique';
import { temperatureHandlers } from './temperatures';
import { timingHandlers } from './timings';
import { troubleshootingHandlers } from './troubleshooting';
import { unitHandlers } from './units';
import { OpenQuestionHandler } from './open';
import { AskedAgainHandler } from './asked-again';
import { twoQuestionsHandler } from './two-questions';
import type { TurnHandler } from '../respond';

/** The handlers that answer one question each. */
const answering: readonly TurnHandler[] = [
  ...ingredientHandlers,
  ...equipmentHandlers,
  ...temperatureHandlers,
  ...unitHandlers,
  ...timingHandlers,
  ...techniqueHandlers,
  ...troubleshootingHandlers,
  ...momentHandlers,
  ...followUpHandlers,
  ...servingHandlers,
  ...sizeHandlers,
  OpenQuestionHandler,
];

/** Every question a cook can ask mid-recipe. None of them moves the cook's place. */
export const questionHandlers: readonly TurnHandler[] = [
  // First: a question taken back and asked again is answered as asked the second time, whatever the intent;
  // then two questions asked at once, each by the handler its words choose.
  AskedAgainHandler,
  twoQuestionsHandler(() => answering),
  ...answering,
];

/** Answers to a question the skill just asked ("Did you say 15 kilograms?"): ahead of navigation's yes and no. */
export const answerHandlers: readonly TurnHandler[] = [ConfirmSizeHandler];
