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
            'set a timer for {duration}', 'set a timer for (like|about|around) {duration}', 'put timer of {duration}', 'start a timer for {duration}', 'set a {duration} timer', 'start a {duration} timer',
            'give me a {duration} timer', 'can you set a timer for {duration}', 'put a timer on for {duration}', 'timer for {duration}',
            'set a timer', 'start the timer', 'start a timer', 'set the timer', 'time this step', 'set a timer for this step',
            'set a timer for the {timerName}', 'start the {timerName} timer', 'set the {timerName} timer',
            'start a timer for the {timerName}', 'time the {timerName}', 'can you set a timer for the {timerName}',
            'timer {duration}', 'pop a timer on for {duration}', 'pop a timer on for the {timerName}', 'timer for this step',
            'timer for this one', 'timer', 'start the timer for the {timerName}', 'set a timer for the {timerName} bit',
            'have a timer for {duration}', '(a|the) timer for {duration}', 'time this', '{duration} timer', 'timer for the {timerName}',
            'put a {duration} timer on',
          ],
          [
            'time it', 'start the timer for this step', 'start timing', 'timer please', 'remind me in {duration}',
            'set a timer for {timerName}', 'start timing the {timerName}',
            'set a reminder for the {timerName}', 'remind me when the {timerName} is done', 'set the timer for the {timerName}',
            'set me a timer for {duration}', 'set me a {duration} timer', 'make a timer for {duration}', 'a {duration} timer',
            'put a timer on', 'put a timer on for the {timerName}', 'can you time this step', 'can you start a timer',
            'set a timer for {duration} please', 'can you time the {timerName}', 'I need a timer for {duration}',
            'I need a {duration} timer', 'set a timer for the {timerName} please',
            '(set|start|put on|give me|make|get) (a|the|my|the step|the step\'s|this step\'s) timer',
            // A length and what it is for together (list J): "set a little timer for five minutes for the glaze".
            'set (a|a little|me a|me a little) timer for {duration} for the {timerName}', '(a|a little) {duration} timer for the {timerName}',
            'start (the|a) timer for (this|this step|this one|that|that step|the step|it)', 'start step timer', 'step timer',
            'set (a|the) timer for (this|this one|that|that step|the step|it)', 'time (that|this one|that step|the step|it for me)',
            'can you time (that|this|it)', 'could I have a timer for {duration}', 'can I have a timer for {duration}',
            'could I have a {duration} timer', 'can I have a {duration} timer', 'could I get a timer for {duration}',
            'can I get a {duration} timer', 'I want a {duration} timer', 'I want a timer for {duration}', 'I\'d like a {duration} timer',
            'I\'d like a timer for {duration}', 'I need a timer', 'I want a timer', 'timer on', 'timer on for {duration}',
            'set timer for {duration}', 'set timer {duration}', 'start timer for {duration}', 'start timer {duration}',
            'put on a {duration} timer', 'put on a timer for {duration}', 'put a timer on {duration}', 'pop on a {duration} timer',
            'pop a {duration} timer on', 'count down {duration}', 'count down from {duration}', 'countdown {duration}',
            'time {duration}', 'time {duration} for me', 'time {duration} please', 'start {duration}', 'start a countdown for {duration}',
            '{duration} on the timer', 'put {duration} on the timer', 'set the timer for {duration}', 'set the timer to {duration}',
            'set a timer to {duration}', 'start the timer for {duration}', 'timer {duration} please', '{duration} timer please',
            'time the {timerName} for me', 'time the {timerName} please', 'timer for the {timerName} please',
            'set a timer for the {timerName} part', 'set a timer for the {timerName} step', 'timer for the {timerName} bit',
            'timer for the {timerName} part', 'timer for the {timerName} step', 'start a timer for the {timerName} bit',
            'pop a timer on for the {timerName} bit', '(stick|chuck|whack) a timer on for (the {timerName}|{duration})', 'put a timer on for the {timerName} bit', 'set the {timerName} timer going',
            'start timing the {timerName} now', 'time the {timerName} bit', 'time the {timerName} part', 'time the {timerName} step',
            'set a timer for how long the {timerName} needs', 'set a timer for how long the {timerName} takes',
            'start a timer for how long the {timerName} takes', 'timer for how long the {timerName} takes',
            'set a timer for that', 'set a timer for that please', 'start a timer for that', 'time that please',
            'set a timer for the {timerName} for {duration}', 'time the {timerName} for {duration}', 'set the {timerName} timer for {duration}',
            'start a timer for the {timerName} for {duration}', 'set a {duration} timer for the {timerName}',
            'set a timer for {duration} for the {timerName}', 'timer for the {timerName} {duration}',
            'give me a timer for {duration}', 'give me a timer for the {timerName}', 'give me a timer', 'can I have a timer',
            'set a {duration} timer please', 'start a {duration} timer please', 'set up a timer for {duration}', 'set up a {duration} timer',
            // A chef fires a timer: "fire a timer for the low and slow", "give me eight minutes on the blast".
            '(fire|fire off|fire up) (a|the) timer [for {duration}]', '(fire|fire off) a timer for the {timerName}', 'fire a {duration} timer',
            '(give me|fire|put|run) {duration} on the {timerName}',
            // A length and a name before "timer": "ten minute rest timer", "set a six minute glaze timer".
            '[(set|start|give me|put on)] [a] {duration} {timerName} timer',
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
            'how much longer for the {timerName}', 'how long on the {timerName} timer', 'time left', 'time remaining',
            'how much time is left on my timer', 'how much longer on the timer',
          ],
          [
            'how much longer does the timer have', 'is there much time left', 'is there much time left on the timer',
            'how long have I got left', 'how long has the timer got left', 'how long is left on the {timerName} timer',
            'check the timers', 'how much time is on the timer', 'how much time is (missing|remaining|still) (in|on) the timer',
            // Without "is" these fit "{duration} on the timer" and set a second timer (list O): "how long left on the timer".
            'how (long|much time) (left|remaining|remains|rests) on the timer', 'how much time on the timer',
            // Asked of the clock ("what time is on the timer") or with "now" or "still": list O.
            'what time is (on|in) the timer', 'how (long|many minutes|much time) (now|still|is still|are still) (on|in) the timer', 'how are my timers', 'what timers are running',
            'are any timers running', 'when does the timer go off', 'how long until the {timerName} is done',
            'check the {timerName} timer', 'when is the {timerName} done', 'time left on the {timerName}',
            'how much time have I got', 'how long\'s left on the timer',
            'how much time\'s left on the timer', 'how much time is left on the {timerName} timer', 'what\'s the timer at',
            'how\'s the timer doing', 'how long has the timer got',
            '(how much time is|how much time\'s|how long is|how long\'s|how much longer is|what\'s|how much is) left on (my|the|that|this|my|the kitchen|the step) (timer|timers)',
            'how (long|much time|much longer) (until|till|before) (the|my|that) timer (goes off|rings|is done|finishes|ends)',
            'how (long|much time) (has|does) (the|my|that) timer (got|have) [left]',
            '(check|check on) (my|that|the) (timer|timers)', 'time left on (the|my|that) timer', 'time remaining on (the|my|that) timer',
            'time left please', 'how much time remaining', 'how much time remains', 'how much time do I have left',
            '(how much time|how long|how much longer) (remains|is remaining|\'s remaining) on (the|my|that) timer',
            'how much time have I got left', 'how long do I have left', 'how long have we got', 'how long have we got left',
            'how long to go', 'how much longer to go', 'how much longer now', 'how long now', 'how long is it now', 'how long still', 'how much more time',
            'any time left', 'what\'s the time left', 'what\'s the time remaining', 'what time is left', 'time check',
            'timer check', 'timer status', 'status of the timer', 'where\'s the timer at', 'where is the timer at',
            'what\'s on the timer', 'what does the timer say', 'how\'s my timer', 'how\'s the timer', 'is the timer still going',
            'is the timer still running', 'is my timer still running', 'is the timer running', 'how long before it\'s done', 'how long till the timer', 'when will the timer go off',
            'when will it be done', 'when\'s the timer going off', 'when does my timer go off', 'how long is left on the {timerName} timer please',
            'how much time is left for the {timerName}', 'how long is left for the {timerName}', 'how much longer on the {timerName}',
            'how much longer does the {timerName} have', 'how long has the {timerName} got left', 'how long till the {timerName} is done',
            'how long until the {timerName} timer goes off', 'when does the {timerName} timer go off', 'time left on the {timerName} timer',
            'how long has the {timerName} got', 'how much time on the {timerName}', 'how much time is on the {timerName} timer',
            'how much time is left on the timer please', 'how long\'s left please', 'how much longer please',
            // Said as a tag question, or asked again: "there isn't much time left on that is there", "what was that timer at again".
            "there isn't much time left [on (that|it|the timer)] [is there]", 'what was (that|the|my) timer at [again]',
            // "is the glaze timer nearly done": a question about the time left, answered with it.
            '(is|is the|is my|is that) timer (nearly|almost|about|close to being) (done|finished|up|over|there)',
            'is (the|my|that) {timerName} timer (nearly|almost|about|close to being) (done|finished|up|over|there)',
            '(is|has) (the|my|that) timer (done|finished|gone off) yet', 'how close is (the|my|that) timer',
            'how close is the {timerName} timer', 'how near is the timer', 'is it nearly time', 'how much time remains on the {timerName} timer',
            // The timer called a thing (list J): "how long has the clock thing got left".
            'how long has the (thing|countdown thing|clock thing|timer thing|ticker) got left', 'how long is left on the (countdown|clock|timer) (thing|thingy)',
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
            'cancel timer', 'cancel the timer I set', 'I set the timer by mistake', 'kill the timer', 'kill timer',
          ],
          [
            'cancel the timers', 'I don\'t need the timer anymore', 'turn the timer off',
            'delete the {timerName} timer', 'turn off the {timerName} timer', 'cancel the timer for the {timerName}',
            'remove the {timerName} timer', 'cancel the {duration} timer', 'stop the {duration} timer',
            'delete the {duration} timer', 'get rid of the {duration} timer', 'scrap the timer',
            'can you cancel the timer', 'get rid of that timer', 'switch off the timer', 'switch the timer off',
            // "eighty six the timer": a chef's word for taking a thing off.
            // "close the timer": Filipino English for switching it off (list M).
            '(cancel|stop|delete|remove|clear|kill|scrap|get rid of|turn off|switch off|end|eighty six|close) (the|my|that|this|the kitchen) (timer|timers)',
            '(cancel|stop|delete|kill|get rid of|eighty six) it', 'eighty six the {timerName} timer', 'cancel it cancel the timer', 'cancel it', 'cancel that',
            '(turn|switch) (my|that) timer off', 'no more timer', 'I don\'t need a timer', 'I don\'t need that timer',
            'I don\'t need the timer now', 'I don\'t want the timer', 'I don\'t want that timer', 'forget the timer',
            'forget about the timer', 'never mind the timer', 'drop the timer', 'lose the timer', 'ditch the timer',
            'stop timing', 'stop timing it', 'stop the countdown', 'cancel the countdown', 'the timer isn\'t needed',
            'I set the wrong timer', 'that timer\'s wrong cancel it', 'wrong timer cancel it', 'I set that by mistake',
            'I set the timer by mistake cancel it', 'cancel the timer I just set', 'cancel the last timer', 'cancel the one I set',
            // A chef's verb and the noun alone: "kill timer", "scrap timer".
            '(stop|scrap|clear) timer',
            'stop all timers', 'cancel all timers', 'cancel all the timers', 'clear all timers', 'clear the timers',
            'cancel the {timerName} timer please', 'stop the timer for the {timerName}', 'delete the timer for the {timerName}',
            'get rid of the timer for the {timerName}', 'I don\'t need the {timerName} timer', 'kill the {timerName} timer',
            'cancel my {duration} timer', 'cancel that {duration} timer', 'kill the {duration} timer', 'remove the {duration} timer',
            // Why said with it (issue 11): "cancel the timer the glaze is done" cancels; it asks no help with the glaze.
            '(cancel|kill) the timer the {timerName} is done', 'the {timerName} is done cancel the timer', '(cancel|kill) the timer it\'s done',
            'it\'s done (cancel|kill) the timer',
            // No longer needed, said with a reason before it: "... so i don't think i need that timer anymore you can cancel it".
            "I don't think I need (that|the) timer anymore [you can cancel it]", '(you can|go ahead and) cancel (it|that) [now]',
            // The timer called a thing, and a hedge before the request (lists J and O).
            '(kill|cancel|stop|turn off|switch off|get rid of) the (countdown|clock|ticker|timer) (thing|thingy)', 'kill the ticker',
            'I think I(\'d| would) like to (cancel|stop) (that|the) timer [actually]', 'I think I(\'ll| will) cancel (that|the) timer [actually]',
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
            'pause my timer for a second',
          ],
          [
            'pause the timers', 'please pause the timer', 'pause the kitchen timer', 'wait pause the timer',
            'hold on pause the timer', 'pause the timer for the {timerName}', 'hold the {timerName} timer',
            'freeze the {timerName} timer', 'put the {timerName} timer on hold', 'pause the {duration} timer',
            'hold the {duration} timer', 'stop the timer for a minute', 'stop the timer for a second',
            '(pause|hold|freeze) (the|my|that|this) (timer|timers|countdown) (for a second|for a sec|for a minute|for a moment|for now|a sec|a second|a minute|a moment|for a bit)',
            '(stop|pause|hold) (the|my|that) timer (for a sec|for a bit|for now)', 'put (the|my|that) timer on pause',
            // "stop it" alone cancels; stopped only for a while, the timer is paused, not lost (list M: "stop it for a bit").
            '(stop|pause|hold|freeze) (it|that) (for a bit|for a while|for a sec|for a second|for a minute|for a moment)',
            'put my timer on hold', 'pause the countdown', 'pause the clock', 'freeze my timer', 'hold my timer',
            'hold the timer please', 'pause timer please', 'timer pause', 'pause the timer I need to pop out',
            'I need to pop out pause the timer', 'pause the timer while I', 'stop the clock', 'stop the clock for a minute',
            'pause the {timerName}', 'hold the {timerName}', 'pause the {timerName} timer please', 'pause my {timerName} timer',
            'pause the {duration} timer please', 'pause my {duration} timer',
            // Said the other way round first (issue 11): "don't let the timer keep going while i'm out pause it".
            "don't let the timer (keep going|run on) [while I'm out] [pause it]",
            // The timer called a thing, and pause said as a noun (lists J and O): "put the timer in pause".
            '(pause|freeze|hold) the (countdown|clock|ticker|timer) (thing|thingy) [for a (sec|second|minute|bit)]',
            'put the timer (in|on) pause', 'put (it|the timer) in pause mode',
            // "stop" said first, then what is meant (list O): "wait stop pause the timer" pauses, not holds.
            '(stop|no) pause the timer', 'wait stop pause the timer',
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
            'resume the {timerName} timer', 'unpause the {timerName} timer', 'start the timer going again', 'unpause it',
          ],
          [
            'resume timer', 'unfreeze the timer', 'resume the timers', 'please resume the timer', 'can you resume the timer',
            'continue the {timerName} timer', 'start the {timerName} timer again', 'resume the timer for the {timerName}',
            'resume the {duration} timer', 'unpause the {duration} timer', 'restart the paused timer', 'let the timer carry on',
            '(resume|unpause|unfreeze|continue|restart) (the|my|that|this) (timer|timers|countdown)',
            '(start|get|set) (the|my|that) timer (going|running) again', 'start (the|my|that) timer back up',
            'keep (my|that) timer going', 'carry on with (my|that) timer', 'let (my|that) timer run', 'let the timer carry on running',
            'timer back on', 'put the timer back on', 'start it again', 'start it going again', 'resume it', 'continue it',
            'unpause timer', 'start the clock again', 'restart the clock', 'carry on timing', 'keep timing',
            'resume timing', 'continue timing', 'the timer can carry on', 'okay carry on with the timer', 'carry on the timer',
            'resume the {timerName}', 'unpause the {timerName}', 'continue the {timerName}', 'resume my {timerName} timer',
            // The timer called a thing (list J): "get the clock thing going again".
            '(get|start|set) the (countdown|clock|ticker|timer) (thing|thingy) going again', '(restart|unpause|resume) the (countdown|clock|ticker|timer) (thing|thingy)',
            'take the timer off pause', 'take the timer out of pause',
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
          // Told by what is left on it, or chosen ("go with the glaze").
          'the one with {duration} left', 'go with the {timerName}', 'go with the {timerName} timer',
        ],
      },
    ],
  };
}
