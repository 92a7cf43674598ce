export { en, type Speech } from './en/index';
export type * from './types';
export { escapeXml, ssmlToText, toSsml } from './ssml';
export { convertsFor, hasUnits, speakable } from './text';
export { stepTextFor } from './cook-text';
export * from './quantities';
export * from './numbers';
export * from './clock';

import { en, type Speech } from './en/index';

/** The table of sentences for a locale. Every supported locale is English for now. */
export function speechFor(_locale: string | undefined): Speech {
  return en;
}
