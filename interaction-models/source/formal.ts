import { Intent, Slot, SlotType } from '../../lambda/intents';
import { samples } from './expand';
import type { IntentDef, ModelFragment } from './types';

/**
 * The formal, technical register (issue 11, list E): "advance three steps", "proceed to the low
 * temperature roast", "terminate the session", "please suspend until I return", "report the
 * remaining time on the countdown", "suspend the timer". Verbs and nouns of that register beside
 * the model's own plain ones, written once each without wrapped copies (the intents' grammars
 * already teach their lead-ins and tails) to stay inside the model's size limit. Moves by a count
 * of steps carry an AMAZON.NUMBER the handler reads (lambda/handlers/navigation.ts).
 */
const COUNT = { name: Slot.StepCount, type: 'AMAZON.NUMBER' };
const PHASE = { name: Slot.Phase, type: SlotType.Phase };
const TIMER = { name: Slot.TimerName, type: SlotType.Timer };
const DURATION = { name: Slot.Duration, type: 'AMAZON.DURATION' };

const INTENTS: readonly IntentDef[] = [
  {
    name: Intent.NextStep,
    slots: [COUNT],
    samples: samples(
      '(advance|go forward|move forward|skip ahead|skip forward|jump ahead|skip) {stepCount} steps', '{stepCount} steps (forward|ahead)',
      '(advance|proceed|progress) to the next (step|instruction)', 'advance', 'what (to do|is to be done|should be done) next',
    ),
  },
  {
    name: Intent.PreviousStep,
    slots: [COUNT],
    samples: samples(
      '(go back|move back|skip back|jump back|step back|back up|rewind|back) {stepCount} steps', '{stepCount} steps back',
      // A rough count said casually ("go back like two steps") is still the count.
      '(go back|back|take me back) (like|about|maybe) {stepCount} steps',
      '(repeat|read|restate) the (previous|preceding) instruction', '(return to|read|repeat) the preceding step', 'return to the previous step',
    ),
  },
  {
    name: Intent.GoToLast,
    samples: samples('[the] [very] (last|final) step', '(go|skip|jump|take me) to the [very] (last|final) step', 'what is the final step'),
  },
  {
    name: Intent.GoToPhase,
    slots: [PHASE],
    samples: samples('(advance|proceed|progress) to the {phase} [section|phase]', '[the] {phase} section'),
  },
  {
    name: Intent.StartCooking,
    samples: samples(
      'what is the first step', 'where do I (start|begin) with (the pork belly|the pork|it|this)',
      'commence [the recipe|cooking]',
    ),
  },
  { name: Intent.WhereAmI, samples: samples('(what|which) step [number] am I currently on', 'what is the current step number') },
  {
    name: Intent.Repeat,
    samples: samples('say (that|it) again slowly', 'repeat (that|it) slowly', 'say again (slowly|more slowly)', '(say|read) it (more slowly|slower)'),
  },
  { name: Intent.RepeatStep, samples: samples('(read|repeat) (that|it|the step) one more time', 'read (that|it) once more') },
  {
    name: Intent.HoldOn,
    samples: samples(
      '(suspend|wait|hold on) until I (return|come back|get back)', 'suspend [the (session|recipe)] [for now]',
      'hold on hold on [hold on]', 'hang on hang on [hang on]', 'wait wait [wait]',
    ),
  },
  {
    name: Intent.Stop,
    samples: samples('(terminate|end|close|exit) the (session|skill)', 'terminate [it|the recipe]', '(close|end) it', 'enough for (now|today) [close it|stop|goodbye]'),
  },
  {
    name: Intent.SetTimer,
    slots: [TIMER, DURATION],
    samples: samples('(set|start) a countdown of {duration}', 'set a countdown for {duration}', '(set|start) a {duration} countdown [for the {timerName}]'),
  },
  {
    name: Intent.TimeLeft,
    slots: [TIMER],
    samples: samples(
      '(report|state|what is) the remaining time [on the (countdown|timer)]', 'time remaining on the countdown',
      'how much longer has it got', 'is the {timerName} timer still (going|running)',
    ),
  },
  { name: Intent.CancelTimer, samples: samples('(cancel|stop|terminate) the (active|current|running) timer', 'terminate the (timer|countdown)') },
  { name: Intent.PauseTimer, samples: samples('(suspend|halt) (the|my|the active|the current) timer', 'suspend the countdown', '(pause|hold) the (active|current|running) timer') },
];

export function formalModel(): ModelFragment {
  return { intents: INTENTS };
}
