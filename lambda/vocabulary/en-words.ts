/**
 * The English vocabulary as one module of its own: lambda/vocabulary/index.ts requires it when a turn
 * first asks for the words (to read a slot, or answer an open question), and the build makes it a
 * file of its own (dist/en-words.js), so a cold start that reads no cook's words (a launch, the next
 * step) never loads or parses it. Data only: nothing in it has an identity that two copies could split.
 */
export { en } from './en';
