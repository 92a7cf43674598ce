import { Intent, Slot, SlotType } from '../../lambda/intents';
import { timedSteps, type Recipe } from '../../lambda/recipe';
import { slotWords, type ModelFragment } from './types';

const name = { name: Slot.TimerName, type: SlotType.Timer };
const duration = { name: Slot.Duration, type: 'AMAZON.DURATION' };

/**
 * Timers and reminders: set one for a step by its name or for a length, ask what is left,
 * cancel, pause and resume. Every sample of pause and resume says "timer", so "pause" alone
 * stays the walkthrough's AMAZON.PauseIntent.
 */
export function timersModel(recipe: Recipe): ModelFragment {
  return {
    types: [
      {
        // Built from the recipe's timed steps, so entity resolution ids are step ids.
        name: SlotType.Timer,
        values: timedSteps(recipe).map(({ step }) => {
          const value = slotWords(step.duration.label);
          const synonyms = [...new Set((step.duration.aliases ?? []).map(slotWords))].filter((s) => s && s !== value);
          return { id: step.id, name: { value, synonyms } };
        }),
      },
    ],
    intents: [
      {
        name: Intent.SetTimer,
        slots: [name, duration],
        samples: [
          'start the timer', 'set a timer', 'set the timer', 'start a timer', 'time this step', 'time it',
          'set a timer for this step', 'start the timer for this step', 'start timing', 'timer please',
          'set a timer for {duration}', 'start a timer for {duration}', 'set a {duration} timer',
          'start a {duration} timer', 'timer for {duration}', 'remind me in {duration}',
          'set a timer for the {timerName}', 'set a timer for {timerName}', 'start the {timerName} timer',
          'set the {timerName} timer', 'start a timer for the {timerName}', 'time the {timerName}',
          'timer for the {timerName}', 'start timing the {timerName}', 'set a reminder for the {timerName}',
          'remind me when the {timerName} is done', 'set the timer for the {timerName}',
        ],
      },
      {
        name: Intent.TimeLeft,
        slots: [name],
        samples: [
          'how much time is left', 'how much time left', 'how long is left', 'how long left', 'check the timer',
          'check the timers', 'what\'s left on the timer', 'how much longer', 'how long until the timer goes off',
          'how much time is on the timer', 'time left', 'how are my timers', 'what timers are running',
          'are any timers running', 'when does the timer go off', 'how long is left on the {timerName}',
          'how much time is left on the {timerName}', 'how long until the {timerName} is done',
          'how much longer for the {timerName}', 'check the {timerName} timer', 'when is the {timerName} done',
          'time left on the {timerName}', 'how long on the {timerName} timer',
        ],
      },
      {
        name: Intent.CancelTimer,
        slots: [name, duration],
        samples: [
          'cancel the timer', 'cancel timer', 'cancel my timer', 'stop the timer', 'delete the timer',
          'turn off the timer', 'cancel the timers', 'remove the timer', 'clear the timer', 'cancel that timer',
          'I don\'t need the timer', 'cancel the {timerName} timer', 'cancel the {timerName}',
          'stop the {timerName} timer', 'delete the {timerName} timer', 'turn off the {timerName} timer',
          'cancel the timer for the {timerName}', 'remove the {timerName} timer', 'cancel the {duration} timer',
          'stop the {duration} timer', 'delete the {duration} timer',
        ],
      },
      {
        name: Intent.PauseTimer,
        slots: [name, duration],
        samples: [
          'pause the timer', 'pause timer', 'pause my timer', 'hold the timer', 'freeze the timer',
          'pause the timers', 'pause that timer', 'put the timer on hold', 'can you pause the timer',
          'please pause the timer', 'pause the kitchen timer', 'wait pause the timer', 'hold on pause the timer',
          'stop the timer for a moment', 'pause the {timerName} timer', 'pause the timer for the {timerName}',
          'hold the {timerName} timer', 'freeze the {timerName} timer', 'put the {timerName} timer on hold',
          'pause the {duration} timer', 'hold the {duration} timer',
        ],
      },
      {
        name: Intent.ResumeTimer,
        slots: [name, duration],
        samples: [
          'resume the timer', 'resume timer', 'unpause the timer', 'continue the timer', 'start the timer again',
          'keep the timer going', 'resume my timer', 'let the timer run', 'carry on with the timer',
          'unfreeze the timer', 'resume the timers', 'please resume the timer', 'can you resume the timer',
          'get the timer going again', 'resume the {timerName} timer', 'unpause the {timerName} timer',
          'continue the {timerName} timer', 'start the {timerName} timer again', 'resume the timer for the {timerName}',
          'resume the {duration} timer', 'unpause the {duration} timer',
        ],
      },
      {
        // The answer to "which one?" after cancel, pause or resume found several timers.
        name: Intent.WhichTimer,
        slots: [name, duration],
        samples: [
          '{timerName}', 'the {timerName}', 'the {timerName} timer', 'the {timerName} one', '{timerName} timer',
          'the one for the {timerName}', 'the timer for the {timerName}', 'that {timerName} timer',
          'I mean the {timerName}', 'I meant the {timerName} timer', 'I mean the {timerName} timer',
          'I meant the {timerName}', 'the {timerName} please', 'the {timerName} timer please',
          'it\'s the {timerName}', 'it\'s the {timerName} timer', 'the {duration} one', 'the {duration} timer',
          'I mean the {duration} timer', 'the {duration} timer please', 'the one for {duration}',
        ],
      },
    ],
  };
}
