/**
 * Nigerian Pidgin, and the West African and Caribbean English near it (and clipped American and
 * South African words, en/spoken.ts), read as the English the
 * skill's readers know (issue 11): "abeg repeat am" is "repeat it", "which step i dey now" is
 * "which step i am now", "i no get apple cider vinegar" is "i don't have apple cider vinegar". Its
 * grammar words are read (en/pidgin.ts), not its sentences, so a request or question nobody wrote
 * down yet reads the same way. Called by tidy.ts for every slot that holds the cook's own words.
 */
import { CARIBBEAN_WORDS } from './en/caribbean';
import { PIDGIN_WORDS } from './en/pidgin';
import { SPOKEN_WORDS } from './en/spoken';
import { ADDRESSED_WORDS } from './en/addressed';
import { FORMAL_WORDS } from './en/formal';

/**
 * Whole words only: "don" is not the start of "done", nor "e" a letter of "the". Clipped American
 * and South African words (en/spoken.ts) are read the same way, first ("gotta", "must i"), then Jamaican and
 * Trinidadian English (en/caribbean.ts: "mek we", "di", "fi"); a pet name or "no not you" said to someone
 * else inside the request (en/addressed.ts) is read away before them all, then the over-polite frame (en/formal.ts).
 * (The word order of German, Dutch, Hong Kong and Singapore English is the model's: second-language.ts.)
 */
const RULES = [[ADDRESSED_WORDS.aside, ''] as const, ...FORMAL_WORDS, ...SPOKEN_WORDS, ...CARIBBEAN_WORDS, ...PIDGIN_WORDS].map(([said, meant]) => [new RegExp(`(?<![\\w'])(?:${said})(?![\\w'])`, 'g'), meant] as const);

/** The words in English; words with no Pidgin in them come back as they were. */
export function fromPidgin(words: readonly string[]): string[] {
  return RULES.reduce((text, [said, meant]) => text.replace(said, meant), words.join(' ')).split(' ').filter(Boolean);
}
