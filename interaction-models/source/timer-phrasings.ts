import { Intent, Slot, SlotType } from '../../lambda/intents';
import { TIMER_BOUNDS } from '../../lambda/vocabulary/en/requests';
import { samples } from './expand';
import type { ModelFragment } from './types';

const name = { name: Slot.TimerName, type: SlotType.Timer };
const duration = { name: Slot.Duration, type: 'AMAZON.DURATION' };
const bound = { name: Slot.TimerBound, type: SlotType.TimerBound };

/**
 * Timer requests in other Englishes and word orders (issue 11, list D): "put the clock for six
 * minutes", "start alarm of ten minutes", "the timer make pause", "how many minutes still are
 * missing", and an end of the step's range ("set a timer for the longest it says", "set it for the
 * minimum"), whose length the handler reads from the recipe. Written once each, without wrapped
 * copies: the timer intents' grammars (timers.ts) already teach their lead-ins and tails, and the
 * model is near its size limit.
 */
export function timerPhrasingsModel(): ModelFragment {
  return {
    types: [
      {
        name: SlotType.TimerBound,
        // The same words the skill reads a timer in the cook's own words by (vocabulary/en/requests.ts).
        values: (['longest', 'shortest'] as const).map((id) => {
          const [value = id, ...synonyms] = TIMER_BOUNDS[id];
          return { id, name: { value, synonyms } };
        }),
      },
    ],
    intents: [
      {
        name: Intent.SetTimer,
        slots: [name, duration, bound],
        samples: samples(
          '(set|start) (a|the) timer for the {timerBound} [time] [it says]', 'set it for the {timerBound} [time] [on this one]',
          '[a] timer for the {timerBound} [time] [it says]', '[a] timer (for|matching) the {timerBound} {timerName} time', 'time (it|this) for the {timerBound} [time] [it says]', '(put|set) the clock (for|on) {duration}',
          '(start|set) [an|the] alarm (of|for) {duration}', '(put|set) a timer of {duration}', 'start alarm of {duration} for the {timerName}',
          '(go on and|just) set {duration}', 'set {duration}', 'give it (another|an extra) {duration} [on a timer]',
          // Other verbs for setting one: "initiate a timer of", "count me down six minutes", "thirty minutes on the clock".
          '(put|initiate|do) a (timer|countdown) (for|of) {duration}', 'count (me|us|it) down [from] {duration}',
          '[give me] {duration} on (a|the) clock', '[give me] {duration} on a timer', 'give me {duration} on the timer', 'remind me in (like|about) {duration} [to check (it|on it)]',
          // A timer said as "one" after the step's wait was read: "set one for that", "start one for the rest".
          '(set|start) one for (that|this)', 'set one for the {timerName}',
        ),
      },
      {
        // A length quoted from the recipe, then a timer for it: the handler reads the quote (timers/set-timer-said.ts).
        name: Intent.SetTimerSaid,
        slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }],
        samples: samples(
          `{${Slot.Query}} [so|and] (set a timer for that|set a timer for it|start a timer|start a timer for that|time that|can you time that|can you set a timer for that)`,
          // A length with more said after it, or one Alexa cannot read as a duration: "set it for six minutes yeah i'll check it then", "timer for a couple of hours";
          // a figure without its unit, read in the unit of the step's wait: "timer for six" at the glaze (it had set the shortest).
          `(set it|timer) for {${Slot.Query}}`,
          // Jamaican English: "gimme a timer fi six minutes fi di glaze", "put a timer fi two hours nuh" (the length is read from the words).
          `(put|set|gimme) a timer fi {${Slot.Query}}`,
        ),
      },
      {
        name: Intent.TimeLeft,
        slots: [name],
        samples: samples(
          'how much longer (we got|have we got) on (that thing|that|it)', 'how many minutes (are|still are|are still) (left|missing)',
          'how much time is left on (that|that thing|it)',
          // Filipino English "how many minutes more"; a check that it runs, then the question: "the timer's still going right how long".
          'how many (minutes|hours) more', "(the timer's|it's) still going [right] how long [left]", '(query|check) the remaining time on the [active|running|current] timer', "(what's|what is|how much is|how much time is|how long is|how long's|how long|how much time) left on (the|my) clock", 'how long left on the {timerName} timer',
        ),
      },
      { name: Intent.CancelTimer, samples: samples('(cut|shut) (that|the|my) timer off') },
      { name: Intent.PauseTimer, samples: samples('the timer (make pause|on pause) [please]', '(stop|pause) (for a while|first) (the|my) timer', 'stop the timer for a while') },
      { name: Intent.ResumeTimer, samples: samples('the timer [again] continue [please]') },
    ],
  };
}
