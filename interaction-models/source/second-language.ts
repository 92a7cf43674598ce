import { Intent, Slot, SlotType } from '../../lambda/intents';
import { samples } from './expand';
import type { IntentDef, ModelFragment } from './types';

/**
 * Requests and questions in the frames and word orders of other Englishes (issue 11, list K): the
 * over-polite frame ("please inform me which step i am currently on", "i would be grateful to know
 * what colour the skin ought to become"), German and Dutch English ("further please", "at which step
 * am i now", "please a timer of four minutes"), and the topic-first order of Hong Kong and Singapore
 * English, its question word last ("inside the meat must reach how many degree", "no apple cider
 * vinegar can use what to replace", "the timer can go away"). Frames and question words only, each
 * written once without wrapped copies: what the cook says inside them stays in the phrase slot, and
 * the skill reads a formal frame away (lambda/vocabulary/en/formal.ts), so its readers see the
 * English they know, so a question nobody wrote down yet is carried the same way.
 */
const Q = `{${Slot.Query}}`;
const QUERY = { name: Slot.Query, type: 'AMAZON.SearchQuery' };
const TIMER = { name: Slot.TimerName, type: SlotType.Timer };
const DURATION = { name: Slot.Duration, type: 'AMAZON.DURATION' };
/**
 * An amount's unit said after "how many" in the topic-first order ("how many kilo", "how many gram"); not
 * degrees or minutes, whose "how many" the temperature's and the time's own carriers take.
 */
const UNIT = '(kilo|kilos|gram|grams|pound|pounds|teaspoon|teaspoons|tablespoon|tablespoons)';

const INTENTS: readonly IntentDef[] = [
  {
    name: Intent.AskWhat,
    slots: [QUERY],
    samples: samples(
      // The over-polite frame before any question or request: "please advise me on the correct technique for slicing".
      `(please|kindly|please kindly) (inform|advise|tell|remind) me ${Q}`, `(inform|advise) me ${Q}`,
      `would you (kindly|be so kind as to|be so good as to) ${Q}`, `(I would|I'd) (like|be grateful) to know ${Q}`,
      `(I understand|I gather|I believe|I'm told) ${Q}`,
      // The swap asked last, after what the cook lacks or leaves out: "i would make it without butter what can i take instead".
      `${Q} (what can I|what could I|what should I) (take|add|put in|take instead)`,
      `${Q} [can] (use what|use what to replace|what to replace|replace with what|what can replace)`,
    ),
  },
  { name: Intent.AskAmount, slots: [QUERY], samples: samples(`${Q} how many (kilo|gram|pound) [I should] (buy|use|need)`, `${Q} how many ${UNIT}`) },
  { name: Intent.AskTemperature, slots: [QUERY], samples: samples(`${Q} (must|should) (be|reach) how many (degree|degrees)`) },
  { name: Intent.AskLength, slots: [QUERY], samples: samples(`${Q} must be how many (centimetre|cm|inch|inches) [apart|thick]`) },
  { name: Intent.AskHow, slots: [QUERY], samples: samples(`${Q} (then how|so how|how to (remove|do|fix|make|cut|clean|take out))`) },
  { name: Intent.NextStep, samples: samples('further [please]', '(go|read|carry on|continue) further [please]') },
  { name: Intent.PreviousStep, samples: samples('the step just now [can] (say|read) again') },
  { name: Intent.WhereAmI, samples: samples('(at|on) which step (am I|are we) [now]') },
  { name: Intent.HoldOn, samples: samples('wait first [ah|lah]', 'moment please') },
  { name: Intent.HoldOnReason, slots: [QUERY], samples: samples(`[a|one] moment please ${Q}`) },
  { name: Intent.Stop, samples: samples('[okay] (finish|finished) already [can close]', 'can close (already|now)') },
  {
    name: Intent.SetTimer,
    slots: [TIMER, DURATION],
    samples: samples('[please] a timer of {duration}', 'please a timer for {duration}', 'I would like a timer [set] for {duration} [please]'),
  },
  {
    name: Intent.TimeLeft,
    slots: [TIMER],
    samples: samples('how much time has the [{timerName}] timer (still|yet)'),
  },
  { name: Intent.CancelTimer, slots: [TIMER], samples: samples('off the [{timerName}] timer [please]', '[the] timer can (go away|stop) [already]') },
];

export function secondLanguageModel(): ModelFragment {
  return { intents: INTENTS };
}
