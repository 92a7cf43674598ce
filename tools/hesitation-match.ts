/**
 * The fifth part of matching as Alexa does it: a hesitation inside the request, not only before it
 * ("set a um a timer for uh eight minutes", "what's the er the temperature", "how long is uh how
 * much is left"). A filled pause is a pause, not a word: speech recognisers leave "um" and "uh" out
 * of what they write unless asked to keep them (Deepgram's and AssemblyAI's defaults, Whisper's
 * normaliser), and where one is written Alexa's model has learnt it as a lead-in that carries nothing
 * (wrapped-match.ts). virtual-core only matches whole samples, so the driver reads a sentence with a
 * hesitation once without it, and no more than that:
 * - only the sounds of a pause (HESITATIONS): "okay", "wait" or "no" inside a sentence are words a
 *   recogniser writes, and stay;
 * - a word said again right after a hesitation is a restart: what was said from its first saying up
 *   to the pause is dropped ("the um the meat", "what's the uh what's the first thing", "how long is
 *   uh how much is left"), when the restart is near (MAX_RESTART words back): a speaker going back
 *   to start a sentence again says it again, and the recogniser hears the words both times;
 * - a word said twice in a row in such a sentence is read once ("for the the second bit");
 * - what is left must still match the model on its own (conversation.ts matches it as any phrase),
 *   and `--strict` runs (only what a device is sure to do) take no such reading.
 * A sentence without a hesitation is left to the other readings.
 */
import { TIDY_WORDS } from '../lambda/vocabulary/en/tidy';
import { words } from './loose-match';

/** The sounds of a pause, as a recogniser may write them: the vocabulary's, which the skill reads away too (tidy.ts). */
export const HESITATIONS: ReadonlySet<string> = new Set(TIDY_WORDS.hesitations);

/** How far back a restart may reach: "how long is uh how" starts again three words back. */
const MAX_RESTART = 4;

/**
 * The phrase without its hesitations and what they abandoned, or undefined when it has none or
 * nothing would be left.
 */
export function unhesitated(phrase: string): string | undefined {
  const said = words(phrase);
  if (!said.some((w) => HESITATIONS.has(w))) return undefined;
  const out: string[] = [];
  let paused = false;
  for (const word of said) {
    if (HESITATIONS.has(word)) {
      paused = out.length > 0;
      continue;
    }
    if (paused) {
      const back = out.lastIndexOf(word);
      if (back >= 0 && out.length - back <= MAX_RESTART) out.length = back;
    }
    paused = false;
    if (out[out.length - 1] !== word) out.push(word);
  }
  return out.length > 0 ? out.join(' ') : undefined;
}
