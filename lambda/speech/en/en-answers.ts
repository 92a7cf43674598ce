import { doneness } from './doneness';
import { plan } from './plan';
import { questions } from './questions';
import { statements } from './statements';
import { timers } from './timers';

/**
 * The English answers to questions (statements too), timers, the dinner plan and doneness: said
 * only by the handlers loaded on first use, so they are in dist/answers.js with them (tools/build.ts
 * ON_DEMAND), which the table in index.ts requires the first time it is asked for one of them.
 */
export const later = { ...questions, ...timers, ...plan, ...doneness, ...statements };
