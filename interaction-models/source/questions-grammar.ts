import { Slot } from '../../lambda/intents';
import { samples } from './expand';
import { wrapped } from './fillers';

/**
 * The pieces question samples are built from. People wrap the same question in different words
 * ("so how much salt goes on the skin again"); writing those choices once, here, lets every
 * intent offer them without hand-listing each combination.
 */

export const ING = `{${Slot.Ingredient}}`;
export const EQUIP = `{${Slot.Equipment}}`;

/** Words people put before a question. */
export const LEADS = '(okay|ok|so|um|hey|wait|sorry|hang on|quick question|and|alright|right)';

/** Where an ingredient goes, said after it ("on the skin", "in the glaze"). */
export const WHERE = '[in the glaze|in the rub|on the skin|on the meat|for the glaze|for the rub|in it]';

/** What the cook calls the thing they are cooking. */
export const PORK = '(it|the pork|the pork belly|the meat|the belly|this)';

/** Softeners and intensifiers that change nothing ("is the ginger really necessary"). */
export const REALLY = '[really|actually|definitely|absolutely]';

/**
 * The commonest ways to ask, each lead-in taught with one of them in turn ("hang on, how much salt";
 * a lead-in is learnt for the whole intent, Amazon's guidance and tools/wrapped-match.ts, so writing
 * it before every phrasing cost the model 22,000 characters for nothing), and taught the casual
 * words, whole-phrase wrappers and question frames every intent takes ("excuse me how much salt",
 * "could you tell me why I rest it"; fillers.ts).
 */
export function core(...templates: readonly string[]): string[] {
  const asked = samples(...templates);
  const leads = LEADS.slice(1, -1).split('|');
  return [...new Set([...asked, ...leads.map((l, i) => `${l} ${asked[i % asked.length] ?? ''}`), ...wrapped(asked)])];
}
