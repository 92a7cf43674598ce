import { Intent, Slot, SlotType } from '../../lambda/intents';
import { timedSteps, type Recipe } from '../../lambda/recipe';
import { grammar } from './fillers';
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
        ...grammar(
          [
            'set a timer for {duration}', 'start a timer for {duration}', 'set a {duration} timer', 'start a {duration} timer',
            'give me a {duration} timer', 'can you set a timer for {duration}', 'put a timer on for {duration}', 'timer for {duration}',
            'set a timer', 'start the timer', 'start a timer', 'set the timer', 'time this step', 'set a timer for this step',
            'set a timer for the {timerName}', 'start the {timerName} timer', 'set the {timerName} timer',
            'start a timer for the {timerName}', 'time the {timerName}', 'can you set a timer for the {timerName}',
            'timer {duration}', 'pop a timer on for {duration}', 'pop a timer on for the {timerName}', 'timer for this step',
            'timer for this one', 'timer', 'start the timer for the {timerName}', 'set a timer for the {timerName} bit',
            'have a timer for {duration}', 'a timer for {duration}', 'time this',
          ],
          [
            'time it', 'start the timer for this step', 'start timing', 'timer please', 'remind me in {duration}',
            'set a timer for {timerName}', 'timer for the {timerName}', 'start timing the {timerName}',
            'set a reminder for the {timerName}', 'remind me when the {timerName} is done', 'set the timer for the {timerName}',
            'set me a timer for {duration}', 'set me a {duration} timer', 'make a timer for {duration}', 'a {duration} timer',
            'put a timer on', 'put a timer on for the {timerName}', 'can you time this step', 'can you start a timer',
            'set a timer for {duration} please', 'can you time the {timerName}', 'I need a timer for {duration}',
            'I need a {duration} timer', 'set a timer for the {timerName} please',
          ],
        ),
      },
      {
        name: Intent.TimeLeft,
        slots: [name],
        ...grammar(
          [
            'how much time is left', 'how much time\'s left', 'how long is left', 'how long\'s left', 'how long left',
            'how much longer', 'check the timer', 'what\'s left on the timer', 'how long is left on the timer',
            'how much time is left on the timer', 'how long until the timer goes off', 'how much time left',
            'how long is left on the {timerName}', 'how much time is left on the {timerName}',
            'how much longer for the {timerName}', 'how long on the {timerName} timer',
            'how much longer does the timer have', 'is there much time left', 'is there much time left on the timer',
            'how long have I got left', 'how long has the timer got left', 'how long is left on the {timerName} timer',
          ],
          [
            'check the timers', 'how much time is on the timer', 'time left', 'how are my timers', 'what timers are running',
            'are any timers running', 'when does the timer go off', 'how long until the {timerName} is done',
            'check the {timerName} timer', 'when is the {timerName} done', 'time left on the {timerName}',
            'how long have I got left', 'how much time have I got', 'how long\'s left on the timer',
            'how much time\'s left on the timer', 'how long is left on the {timerName} timer',
            'how much time is left on the {timerName} timer', 'what\'s the timer at', 'how\'s the timer doing',
            'how long has the timer got', 'how much longer on the timer',
          ],
        ),
      },
      {
        name: Intent.CancelTimer,
        slots: [name, duration],
        ...grammar(
          [
            'cancel the timer', 'stop the timer', 'get rid of the timer', 'delete the timer', 'turn off the timer',
            'remove the timer', 'clear the timer', 'cancel that timer', 'cancel my timer', 'I don\'t need the timer',
            'cancel the {timerName} timer', 'cancel the {timerName}', 'get rid of the {timerName} timer', 'stop the {timerName} timer',
            'cancel timer', 'cancel the timer I set', 'I set the timer by mistake',
          ],
          [
            'cancel timer', 'turn off the timer', 'cancel the timers', 'I don\'t need the timer anymore', 'turn the timer off',
            'delete the {timerName} timer', 'turn off the {timerName} timer', 'cancel the timer for the {timerName}',
            'remove the {timerName} timer', 'cancel the {duration} timer', 'stop the {duration} timer',
            'delete the {duration} timer', 'get rid of the {duration} timer', 'scrap the timer', 'kill the timer',
            'can you cancel the timer', 'get rid of that timer', 'switch off the timer', 'switch the timer off',
          ],
        ),
      },
      {
        name: Intent.PauseTimer,
        slots: [name, duration],
        ...grammar(
          [
            'pause the timer', 'pause timer', 'pause my timer', 'hold the timer', 'freeze the timer', 'put the timer on hold',
            'can you pause the timer', 'stop the timer for a moment', 'pause that timer', 'pause the {timerName} timer',
          ],
          [
            'pause the timers', 'please pause the timer', 'pause the kitchen timer', 'wait pause the timer',
            'hold on pause the timer', 'pause the timer for the {timerName}', 'hold the {timerName} timer',
            'freeze the {timerName} timer', 'put the {timerName} timer on hold', 'pause the {duration} timer',
            'hold the {duration} timer', 'stop the timer for a minute', 'stop the timer for a second',
          ],
        ),
      },
      {
        name: Intent.ResumeTimer,
        slots: [name, duration],
        ...grammar(
          [
            'resume the timer', 'unpause the timer', 'continue the timer', 'start the timer again', 'keep the timer going',
            'carry on with the timer', 'get the timer going again', 'resume my timer', 'let the timer run',
            'resume the {timerName} timer', 'unpause the {timerName} timer', 'start the timer going again',
          ],
          [
            'resume timer', 'unfreeze the timer', 'resume the timers', 'please resume the timer', 'can you resume the timer',
            'continue the {timerName} timer', 'start the {timerName} timer again', 'resume the timer for the {timerName}',
            'resume the {duration} timer', 'unpause the {duration} timer', 'restart the paused timer', 'let the timer carry on',
          ],
        ),
      },
      {
        // The answer to "which one?" after cancel, pause or resume found several timers. No sample
        // is the slot alone: on a device that would catch anything the model does not know.
        name: Intent.WhichTimer,
        slots: [name, duration],
        samples: [
          'the {timerName}', 'the {timerName} timer', 'the {timerName} one', '{timerName} timer',
          'the one for the {timerName}', 'the timer for the {timerName}', 'that {timerName} timer',
          'I mean the {timerName}', 'I meant the {timerName} timer', 'I mean the {timerName} timer',
          'I meant the {timerName}', 'the {timerName} please', 'the {timerName} timer please',
          'it\'s the {timerName}', 'it\'s the {timerName} timer', 'the {duration} one', 'the {duration} timer',
          'I mean the {duration} timer', 'the {duration} timer please', 'the one for {duration}', 'the {timerName} one please',
        ],
      },
    ],
  };
}
