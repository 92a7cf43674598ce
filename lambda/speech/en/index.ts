import { conversation } from './conversation';
import { doneness } from './doneness';
import { plan } from './plan';
import { questions } from './questions';
import { resume } from './resume';
import { screens } from './screens';
import { timers } from './timers';
import { walkthrough } from './walkthrough';
import { statements } from './statements';

/** Every sentence the skill says in English: one table per capability, merged here. */
export const en = { ...walkthrough, ...questions, ...resume, ...timers, ...screens, ...plan, ...doneness, ...conversation, ...statements };

/** The type every locale's table must match. */
export type Speech = typeof en;
