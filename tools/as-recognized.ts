/**
 * A held-out list is written as people sound ("how long's it fixin' to take", "'fore it goes in"),
 * but a device never sends that spelling: Alexa's speech recognizer writes dictionary words, so the
 * skill hears "fixing" and "before". The scorer turns a list's eye-dialect spellings into the words
 * a recognizer would write before the phrase is matched. Only spellings, never words: "y'all",
 * "gonna" and "ain't" are words a recognizer writes as they are, and are left for the model.
 */
const CLIPPED_START: Readonly<Record<string, string>> = {
  "'fore": 'before',
  "'bout": 'about',
  "'til": 'till',
  "'till": 'till',
  "'em": 'them',
  "'cause": 'because',
  "'round": 'round',
  "'stead": 'instead',
  // A dropped h (London, Yorkshire): the recognizer writes the word the cook means.
  "'ow": 'how',
  "'ang": 'hang',
  "'alf": 'half',
  "'undred": 'hundred',
  "'ot": 'hot',
  "'old": 'hold',
  "'ere": 'here',
  "'ave": 'have',
};

export function asRecognized(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => CLIPPED_START[word] ?? word.replace(/^([a-z]{2,})in'$/, '$1ing'))
    .join(' ');
}
