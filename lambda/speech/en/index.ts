import { conversation } from './conversation';
import { resume } from './resume';
import { screens } from './screens';
import { walkthrough } from './walkthrough';
import type { later } from './en-answers';

/** The sentences index.js says itself: the steps, coming back, the screens, the conversation around them. */
const spokenFirst = { ...walkthrough, ...resume, ...screens, ...conversation };

/** Every sentence the skill says in English, one table per capability: the type every locale's table must match. */
export type Speech = typeof spokenFirst & typeof later;

/** No sentence is in both parts, so it never matters which part is asked first. */
type InBoth = keyof typeof spokenFirst & keyof typeof later;
const inBoth: [InBoth] extends [never] ? 'none' : InBoth = 'none';
void inBoth;

const table = spokenFirst as Speech;
let completed = false;

/** The whole table: the answers (en-answers.ts) added to it the first time one is asked for. */
function whole(): Speech {
  if (!completed) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Object.assign(table, (require('./en-answers') as typeof import('./en-answers')).later);
    completed = true;
  }
  return table;
}

/**
 * Every sentence the skill says in English. Most of them (the answers to questions, timers, the
 * plan, doneness) are said only by the handlers loaded on first use (tools/build.ts ON_DEMAND), so
 * they are in dist/answers.js too, required the first time the table is asked for a sentence
 * it does not hold yet: a launch or "next" never compiles them. A Proxy, so every caller keeps
 * `speech.sentence(...)` with its types; once completed, the table answers from itself.
 */
export const en: Speech = new Proxy(table, {
  get: (target, key, receiver) => Reflect.get(typeof key === 'string' && !(key in target) ? whole() : target, key, receiver),
  has: (_target, key) => Reflect.has(whole(), key),
  ownKeys: () => Reflect.ownKeys(whole()),
  getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(whole(), key),
});
