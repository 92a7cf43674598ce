/**
 * The readers of the cook's own words: what they meant after a correction, tidied of openers and
 * tags, said again, two questions in one, an aside before a request, a request asked as a question,
 * a batch size. Built into a file of their own (readers.js, tools/build.ts), required at the first
 * words read (index.ts): their tables (regular expressions, sets, phrase lists split into words)
 * are built when the module loads, and a launch or "next" reads no words, so a cold start neither
 * parses this code nor builds them. Import them from index.ts, never from here or their modules:
 * that keeps them out of index.js. A new reader is exported here and wrapped there.
 */
export { asksAgain, meant } from './corrections';
export { tidied, tidiedPhrase } from './tidy';
export { addressed, afterWake } from './addressed';
export { saidAgain } from './said-again';
export { figureThenQuestion, questionBeforeJoin, subjectOf, twoQuestions } from './two-questions';
export { namesDish, questionAtEnd, requestAfterAside, requestInAside, withoutDish } from './asides';
export { asksLongest, requestAsked } from './requests';
export { batchSaid } from './batch';
