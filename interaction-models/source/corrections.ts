import { Intent, Slot } from '../../lambda/intents';
import { samples } from './expand';
import type { IntentDef, ModelFragment } from './types';

/**
 * A cook who corrects themselves mid-sentence: "go back, no sorry, next", "go to step nine, no,
 * step eight", "timer for six minutes, sorry, four minutes". Where a built-in or number slot cannot
 * carry the cook's words as spoken (the way a custom slot carries "pepper sorry i mean how much
 * salt", read by lambda/vocabulary/corrections.ts), the model itself must know the shape: a request
 * taken back, a correction, then the request meant. These samples teach it to the intent meant;
 * for a step or a length, the number taken back fills a slot of its own that the handler never
 * reads, so the slot the handler reads holds the one meant.
 *
 * The samples are a grammar: every request taken back with every correction and the request meant
 * in its commonest ways, its other ways in turn, so no one phrasing is learnt alone. They are merged into the
 * intents the other fragments define (index.ts).
 */

/** What a cook says between the request taken back and the one meant. */
const CORRECTIONS = ['no', 'no sorry', 'sorry', 'actually no', 'no wait', 'sorry I mean', 'I mean', 'um no', 'no no'];

/** Short requests a cook starts and takes back, for the walkthrough and for the timers. */
const MOVES = ['next', 'go back', 'back', 'repeat that', 'repeat', 'start over', 'stop', 'where am I', 'pause'];
const TIMER_MOVES = ['cancel the timer', 'cancel it', 'pause it', 'pause the timer', 'pause', 'resume the timer', 'how long is left'];

/**
 * Every request taken back (but the meant one itself) with every correction and each of the meant
 * request's first `every` ways of saying it ("go back no next", "go back no sorry just next"); its
 * other ways in turn, so each is learnt without multiplying the model.
 */
function takenBack(from: readonly string[], meant: readonly string[], every: number): string[] {
  const out: string[] = [];
  const rest = meant.slice(every);
  let turn = 0;
  for (const back of from) {
    if (meant.includes(back)) continue;
    for (const correction of CORRECTIONS) {
      for (const said of meant.slice(0, every)) out.push(`${back} ${correction} ${said}`);
      if (rest.length) out.push(`${back} ${correction} ${rest[turn++ % rest.length] ?? ''}`);
    }
  }
  return out;
}

/** Intents meant after a correction, each with the ways it is said then ("just next", "keep going"). */
const MEANT: readonly { readonly name: string; readonly from: readonly string[]; readonly meant: readonly string[]; readonly every?: number }[] = [
  { name: Intent.NextStep, from: MOVES, meant: ['next', 'just next', 'keep going', 'keep going next', 'next step', 'carry on', 'go on'], every: 2 },
  { name: Intent.PreviousStep, from: MOVES, meant: ['go back', 'just go back', 'back one', 'go back one', 'previous step'], every: 2 },
  { name: Intent.Repeat, from: MOVES, meant: ['repeat that', 'repeat', 'read that one again', 'say that again', 'just repeat that'], every: 2 },
  { name: Intent.WhereAmI, from: MOVES, meant: ['which step is this', 'where am I', 'what step am I on'] },
  { name: Intent.HoldOn, from: MOVES, meant: ['hold on', 'hang on', 'wait a minute', 'just hold on'] },
  { name: Intent.PauseTimer, from: TIMER_MOVES, meant: ['pause it', 'pause the timer', 'just pause it', 'pause the timer instead'] },
  { name: Intent.ResumeTimer, from: TIMER_MOVES, meant: ['resume the timer', 'resume it', 'start the timer again', 'just resume it'] },
  { name: Intent.CancelTimer, from: TIMER_MOVES, meant: ['cancel the timer', 'cancel it', 'just cancel it', 'stop the timer'] },
  { name: Intent.TimeLeft, from: TIMER_MOVES, meant: ['how much time is left', 'how long is left', 'how long is left on the timer', 'just tell me how long is left'] },
];

/** Asking for a step: "go to step {takenBackStep} no step {stepNumber}". */
const STEP_ASKS = ['go to step', 'skip to step', 'jump to step', 'go back to step', 'take me to step', 'step'];
const STEP_MEANT = ['step {stepNumber}', '{stepNumber}', 'just step {stepNumber}'];

/** Asking for a length: "set a timer for {takenBackDuration} sorry {duration}". */
const TIMER_ASKS = ['set a timer for', 'timer for', 'start a timer for', 'set the timer for', 'can you set a timer for'];
const TIMER_MEANT = ['{duration}', 'make that {duration}', 'just {duration}'];

/** Every way of asking with every correction and every way of saying the one meant. */
function withSlots(asks: readonly string[], first: string, meant: readonly string[]): string[] {
  return asks.flatMap((ask) => CORRECTIONS.flatMap((correction) => meant.map((said) => `${ask} ${first} ${correction} ${said}`)));
}

/**
 * The skill took the cook wrong and they say the request again: "no I said {query}", "that's not
 * what I asked {query}", "you misheard me {query}", "no not {query}". The frame is the carrier; the
 * phrase slot holds the request, maybe with "not" and what the skill took, which the skill reads
 * off (lambda/vocabulary/said-again.ts) before carrying the request out as if said alone.
 */
const SAID_AGAIN = [
  '[no] I (said|asked|meant|wanted) {query}', 'I (asked|was asking) (about|for) {query}', "I didn't (say|ask|mean) that {query}",
  "(that's|that is) not what I (said|asked|meant|wanted) {query}", 'not what I (said|asked|meant|wanted) {query}',
  'you (misheard|misunderstood) [me] {query}', 'you got (it|that) wrong {query}', "(wrong|that's wrong) {query}", 'no not {query}',
];

export function correctionsModel(): ModelFragment {
  const intents: IntentDef[] = MEANT.map(({ name, from, meant, every }) => ({ name, samples: takenBack(from, meant, every ?? 1) }));
  intents.push(
    { name: Intent.SaidAgain, slots: [{ name: Slot.Query, type: 'AMAZON.SearchQuery' }], samples: samples(...SAID_AGAIN) },
    {
      name: Intent.GoToStep,
      slots: [{ name: Slot.TakenBackStep, type: 'AMAZON.NUMBER' }],
      samples: withSlots(STEP_ASKS, '{takenBackStep}', STEP_MEANT),
    },
    {
      name: Intent.SetTimer,
      slots: [{ name: Slot.TakenBackDuration, type: 'AMAZON.DURATION' }],
      // "no wait make it ten minutes": after each correction that says no.
      samples: [...withSlots(TIMER_ASKS, '{takenBackDuration}', TIMER_MEANT), ...TIMER_ASKS.flatMap((ask) => CORRECTIONS.filter((c) => c.includes('no')).map((c) => `${ask} {takenBackDuration} ${c} make it {duration}`))],
    },
  );
  return { intents };
}
