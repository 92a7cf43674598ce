import { equipmentAnswers } from './equipment';
import { ingredientAnswers } from './ingredients';
import { momentAnswers } from './moment';
import { openAnswers } from './open';
import { servingAnswers } from './serving';
import { sizeAnswers } from './size';
import { techniqueAnswers } from './technique';
import { temperatureAnswers } from './temperatures';
import { timingAnswers } from './timings';
import { troubleshootingAnswers } from './troubleshooting';
import { unitAnswers } from './units';

/** Every answer to a cook's question; each ends by handing the cook back to their place. */
export const questions = {
  ...ingredientAnswers,
  ...equipmentAnswers,
  ...temperatureAnswers,
  ...timingAnswers,
  ...techniqueAnswers,
  ...troubleshootingAnswers,
  ...servingAnswers,
  ...sizeAnswers,
  ...unitAnswers,
  ...momentAnswers,
  ...openAnswers,
};

