import { Intent, Slot } from '../../lambda/intents';
import { samples } from './expand';
import type { ModelFragment } from './types';

/**
 * The skill's key words as a recogniser writes them in a noisy kitchen (issue 11, list L): "necks
 * step", "re peat that", "paws the timer", "where am eye", "set a time her", "cancel the tie mer",
 * "go to stepped nine", "how much time is lift", "start the rest a pea". Alexa's recogniser leans
 * towards the words the model knows, but a word split in two or heard as its sound-alike reaches
 * the skill as written; each key word's mishearings are written into a few of the commonest
 * phrasings of the intents it carries (TEMPLATES), and the intents' own lead-ins and tails reach
 * them as they reach any sample (fillers.ts). Only phrasings with a mishearing in them are written:
 * the words as spelt are the intents' own samples.
 */
const HEARD: Readonly<Record<string, readonly string[]>> = {
  NEXT: ['next', 'necks', 'nex'],
  REPEAT: ['repeat', 're peat'],
  PAUSE: ['pause', 'paws'],
  EYE: ['I', 'eye'],
  TIMER: ['timer', 'time her', 'tie mer'],
  LEFT: ['left', 'lift'],
  STEP: ['step', 'stepped'],
  RECIPE: ['recipe', 'rest a pea'],
};

/** The phrasings each intent's key words are written into, the key words in capitals (HEARD). */
const TEMPLATES: readonly (readonly [string, readonly string[]])[] = [
  [Intent.NextStep, ['NEXT STEP [please]', 'NEXT one', 'go to the NEXT STEP', "what's NEXT"]],
  [Intent.Next, ['NEXT']],
  [Intent.Repeat, ['REPEAT [that|it] [again]', '(can|could) you REPEAT that']],
  [Intent.RepeatStep, ['REPEAT (the|this) STEP']],
  [Intent.Pause, ['PAUSE [it]']],
  [Intent.PauseRecipe, ['PAUSE the RECIPE']],
  [Intent.PauseTimer, ['PAUSE (the|my) TIMER', 'PAUSE timer']],
  [Intent.ResumeTimer, ['(resume|unpause) the TIMER']],
  [Intent.WhereAmI, ['where am EYE [now|up to]', 'what STEP am EYE on', 'where was EYE']],
  [
    Intent.SetTimer,
    ['(set|start) a TIMER [for {duration}]', 'set a {duration} TIMER', 'start the TIMER', 'TIMER for {duration}'],
  ],
  [Intent.CancelTimer, ['(cancel|stop|kill) the TIMER', 'cancel TIMER']],
  [Intent.TimeLeft, ['how (much time|long) is LEFT', 'how much time is left on the TIMER', 'time LEFT']],
  [Intent.GoToStep, ['[go|skip|jump] to STEP {stepNumber}', 'go back to STEP {stepNumber}', 'STEP {stepNumber}']],
  [Intent.StartCooking, ["[let's] start the RECIPE", 'begin the RECIPE']],
];

const SLOTS: Readonly<Record<string, { name: string; type: string }>> = {
  duration: { name: Slot.Duration, type: 'AMAZON.DURATION' },
  stepNumber: { name: Slot.StepNumber, type: 'AMAZON.NUMBER' },
};

/** A template's phrasings with at least one key word misheard. */
function misheard(template: string): string[] {
  const as = (pick: (forms: readonly string[]) => readonly string[]) =>
    template.replace(/\b[A-Z]{2,}\b/g, (key) => `(${pick(HEARD[key] ?? [key]).join('|')})`);
  const spelt = new Set(samples(as((forms) => forms.slice(0, 1))));
  return samples(as((forms) => forms)).filter((s) => !spelt.has(s));
}

export function misheardModel(): ModelFragment {
  return {
    intents: TEMPLATES.map(([name, templates]) => {
      const written = templates.flatMap(misheard);
      const slots = Object.entries(SLOTS).filter(([slot]) => written.some((s) => s.includes(`{${slot}}`)));
      return { name, ...(slots.length ? { slots: slots.map(([, s]) => s) } : {}), samples: written };
    }),
  };
}
