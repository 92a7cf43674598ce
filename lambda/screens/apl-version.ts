/**
 * The APL version the screen documents are written for: each document says it (documents.ts checks
 * they agree). Kept apart from the documents so that telling whether a device can show them does
 * not load them: the documents are a file of their own, loaded at the first screen (tools/build.ts).
 */
export const APL_VERSION = '2023.3';
