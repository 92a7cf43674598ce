import { Intent, Slot, SlotType } from '../../lambda/intents';
import type { Recipe } from '../../lambda/recipe';
import { things, vocabularyFor } from '../../lambda/vocabulary';
import { grammar, type Grammar } from './fillers';
import { samples } from './expand';
import { slotWords, type ModelFragment } from './types';

/** Walking the recipe: start, move, jump, and ask where you are. */
export function navigationModel(recipe: Recipe): ModelFragment {
  return {
    types: [
      {
        // Built from the recipe's phases, so entity resolution ids are the recipe's phase ids.
        name: SlotType.Phase,
        values: things(vocabularyFor(), recipe, 'phase').map(({ id, item, names }) => {
          const value = slotWords(item.shortName);
          const synonyms = [...new Set(names.map(slotWords))].filter((s) => s && s !== value);
          return { id, name: { value, synonyms } };
        }),
      },
    ],
    intents: [
      {
        name: Intent.Next,
        ...grammar(['next', 'skip this step', 'skip this one', 'skip it', 'skip', 'next thing'], ['skip that', 'skip that step', 'skip this bit', 'skip ahead']),
      },
      {
        // Alexa knows "previous" and "go back" for this built-in; the samples teach it the wrappers too.
        name: Intent.Previous,
        ...grammar(['previous', 'back up', 'skip back'], ['previous please']),
      },
      {
        // The last thing said, whatever it was (issue 12); "repeat the step" (RepeatStepIntent) reads the step.
        name: Intent.Repeat,
        ...grammar(
          [
            'say again', 'say that again', 'say it again', 'can you say that again', 'could you say that again', 'repeat that',
            'what was that', 'come again', 'pardon', 'what did you say', 'I didn\'t catch that', 'one more time', 'repeat',
            'huh', 'what', 'sorry what', 'I didn\'t hear that', 'I didn\'t hear you',
          ],
          [
            'tell me again', 'what was that again', 'I missed that', 'can you repeat that', 'again please',
            'could you repeat that', 'please repeat that', 'repeat please', 'pardon me', 'beg your pardon', 'I beg your pardon',
            'what did you just say', 'say that one more time', 'I didn\'t get that', 'I didn\'t quite catch that',
            'I didn\'t quite catch it', 'I didn\'t catch it', 'didn\'t catch that', 'missed that', 'say it again I didn\'t hear',
            'I didn\'t hear', 'repeat that last bit', 'what did she say', 'sorry I missed that', 'eh', 'come again please',
            'run that by me again', 'say that one more time please', 'repeat what you said', 'repeat the last thing',
            'one more time please', 'once more', 'again', 'say what', 'what was that you said', 'sorry I didn\'t catch that',
            '(would|could|can) you repeat (that|it)', 'repeat it',
            'I didn\'t hear (it|the whole thing|all of it) [repeat it|say it again]',
            '(again|say (that|it) again|repeat (that|it)) [please] (slower|more slowly|more slow|louder) [please]', '(slower|louder) please',
          ],
        ),
      },
      {
        name: Intent.StartOver,
        ...grammar(
          [
            'start over', 'start again', 'start again from the top', 'start from the beginning', 'from the top',
            'back to the beginning', 'go back to the beginning', 'go back to the start', 'restart the recipe',
            'back to step one', 'let\'s start again', 'start from scratch', 'begin again', 'start the whole thing again',
            'start again from the beginning', 'go back to the very beginning', 'start from the very beginning', 'restart',
          ],
          [
            'let\'s start again from the top', '[let\'s] start it [all] over [again] [from the top]', 'can we start again', 'can we start over', 'take me back to the start',
            'restart recipe', 'start over from the top', 'start over from the beginning', 'can we start over from the top',
            'let\'s start over', 'let\'s start from the top', 'start the recipe again', 'start the recipe over',
            'restart from the beginning', 'restart from the top', 'back to the start', 'back to the top', 'go to the beginning',
            'go back to step one', 'take me back to the beginning', 'start it all again', 'start all over again',
            'let\'s start from the beginning', 'let\'s go back to the beginning', 'start from the top', 'start over again',
            'go right back to the start', 'reset', 'reset the recipe', 'from the beginning', 'begin again from the top',
            'back to the start of the method', 'back to the beginning of the recipe', 'start the method again', 'go to the first step',
            '[go] back to the very (start|beginning)',
            // Mid-recipe this is a restart, not "carry on": it was a start sample, and list M's first run found
            // "i think i ruined it let's start from the very beginning" answered with the current step.
            "(can we|let's) start (at|from) the very beginning",
          ],
        ),
      },
      {
        name: Intent.Yes,
        ...withoutWords(grammar(['yeah', 'yep', 'yes let\'s go', 'sounds good', 'yes please', 'sure', 'go ahead', 'do it'], ['yes', 'yup', 'yes do it', 'sure thing', 'please do', 'go for it', 'absolutely', 'of course', 'definitely', 'why not']), ['no']),
      },
      {
        name: Intent.No,
        ...withoutWords(grammar(['nope', 'not yet', 'not now', 'no thanks', 'no thank you', 'not really'], ['no', 'nah', 'no I\'m good', 'don\'t', 'no don\'t', 'no need', 'I\'m fine', 'no it\'s fine', 'no that\'s fine', 'not right now', 'maybe later']), ['yes', 'yeah']),
      },
      {
        name: Intent.Help,
        ...grammar(
          ['what can I say', 'what can you do', 'how does this work', 'help me', 'I need help', 'I\'m lost', 'I\'m confused', 'help'],
          ['what do I say', 'how do I use this', 'what are my options', 'what are the commands', 'what can I ask', 'what can I ask you', 'I don\'t know what to say'],
        ),
      },
      {
        name: Intent.Stop,
        ...grammar(
          [
            'I\'m done for now', 'that\'s enough for now', 'that\'s all for now', 'I\'m stopping for now', 'let\'s stop here', 'goodbye',
            'that\'ll do for now', 'I\'ll leave it there', 'that\'s it for today', 'that\'s me done for today', 'stop', 'bye',
          ],
          [
            'I\'ll leave it there for today', 'quit', 'exit', 'quit the recipe', 'exit the recipe', 'close the recipe', 'bye bye',
            'good bye', 'see you later', 'that\'s me done', 'we\'re done', 'we\'re all done', 'I\'m all done for today',
            'that\'s all', 'that\'s everything', 'that\'s it', 'stop the recipe', 'stop cooking', 'we\'re all done bye bye',
            'I\'m finished for today', 'that\'s me finished', 'all done thanks',
            'I\'ll stop here', 'stop here', 'stop now', 'close', 'shut up', 'I\'m done with the recipe', 'done with the recipe',
            'we\'re finished', 'I\'m off', 'cheerio', 'see ya', 'talk later', 'that\'s all I need', 'nothing else',
            // Closing a session formally or casually, with or without a goodbye after it.
            "(that will|that'll) be all [for today] [thank you|goodbye]", "that's quite enough [for (now|today)] [thank you|goodbye]",
            "that's (enough|all|it) for (now|today) (thanks|goodbye|bye)", "that's (all|it|everything) (thank you|thanks|goodbye)",
            "(I'm|we're) (done|finished|all done) [now|for today] (stop|goodbye|bye)", 'done stop',
            "(let's|I'll) (call it a day|leave it there)", 'call it a day', "I've had enough [for today]",
            '(good night|goodnight|night night|ta ta|laters|see you tomorrow|catch you later|farewell)',
            'no more [for (now|today)] [thanks|thank you]',
            // Said last after narration or a chef's words: "... so we're done here", "that's lovely dear i'll stop now", "we're eighty six on this one close it out".
            "(I'm|we're) (done|finished) here", "I'll stop (now|there)", "(we're|I'm) eighty six [on this one]", 'close it out', "I don't need anything else",
          ],
        ),
      },
      { name: Intent.Cancel, samples: [] },
      { name: Intent.Fallback, samples: [] },
      { name: Intent.NavigateHome, samples: [] },
      // "hold on", "give me a minute" mean coming straight back: HoldOnIntent (conversation.ts), not a pause that ends.
      // "pause", "pause it": the timer while one of the skill's runs (handlers/timers), else the walkthrough.
      { name: Intent.Pause, ...grammar(['pause'], ['pause it']) },
      // The walkthrough named: a running roast timer must never stop counting because the cook paused the steps.
      { name: Intent.PauseRecipe, ...grammar(['pause the recipe', 'pause cooking', 'pause here', 'pause for now'], ['pause the steps']) },
      {
        name: Intent.Resume,
        ...grammar(
          ['pick up where I left off', 'continue where I left off', 'let\'s continue', 'back to where I was'],
          [
            'carry on from where I was', 'I\'m back', 'okay I\'m back', 'resume', 'continue',
            'let\'s pick up where we left off', 'pick up where we left off', 'carry on where I left off',
            'carry on where we left off', 'go on from where I was', 'back to it', 'let\'s get back to it', 'I\'m back now',
            'where I left off', 'from where I left off', 'unpause',
            // A paused timer's words without "timer" ("start it back up"): the handler decides from what is paused.
            ...samples('(start|get|set) it (back up|up again|running again)', '(get|set) it going again', '(keep|get) it going', 'let it (run|carry on|keep going)'),
          ],
        ),
      },
      // The recipe by name: never a timer the skill paused, which a bare "resume" may mean (navigation.ts).
      {
        name: Intent.ResumeRecipe,
        samples: samples(
          '[okay] (resume|continue|carry on with|get on with|get back to|unpause) the recipe [please]', 'back to the recipe [please]',
          '(keep|resume|continue) cooking',
        ),
      },
      {
        name: Intent.StartCooking,
        ...grammar(
          [
            'let\'s get cooking', 'let\'s cook', 'start cooking', 'let\'s start', 'let\'s begin', 'let\'s get started',
            'start the recipe', 'get started', 'I\'m ready to start', 'let\'s do this', 'what do I do first', 'what\'s the first step',
            'go on then let\'s get started', 'start from the very first step', 'start from the first step', 'let\'s get going', 'start',
            'begin',
          ],
          [
            'begin the recipe', 'let us begin', 'start reading me the recipe', 'ready to start', 'start with step one', 'take me to the first step',
            'first step', 'let\'s make it', 'let\'s make pork belly', 'start making it', 'begin cooking',
            'I want to start cooking', 'go ahead and start', 'where do I start', 'how do I start',
            // The welcome's either/or answered naturally (issue 12).
            'let\'s go', 'ok let\'s start', 'okay let\'s start', 'okay let\'s go', 'ok let\'s go', 'let\'s start cooking',
            'step one first', 'step one please', 'the first step', 'start with step one please',
            'let\'s get cracking', 'let\'s crack on', 'let\'s crack on then', 'let\'s get on with it', 'let\'s kick off',
            'kick off', 'start it', 'start it up', 'begin the method', 'start the method', 'read the first step',
            'read me the first step', 'give me the first step', 'tell me the first step', 'what\'s step one', 'how do I begin',
            'where do I begin', 'let\'s start the recipe', 'I\'m ready to cook', 'start from step one', 'start at the beginning', 'start at step one',
            'let\'s begin cooking', 'let\'s start at the beginning', 'start me off', 'get me started', 'first things first',
            'we\'re ready', 'let\'s get this started', 'let\'s roll', 'I want to start', 'can we start', 'can we begin',
            'how do we start', 'what\'s first', "let's (literally|actually) just start", 'what comes first', 'what do we do first', 'what do I need to do first',
          ],
        ),
      },
      {
        name: Intent.NextStep,
        ...grammar(
          [
            'what\'s next', 'next step', 'next one', 'done', 'I\'m done', 'done that', 'I\'ve done that', 'did that',
            'carry on', 'move on', 'let\'s move on', 'what\'s after this', 'what comes next', 'what do I do next', 'what now',
            'go on', 'keep going', 'got it', 'ready', 'finished', 'all done', 'that\'s done', 'then what', 'on to the next one',
            'onto the next step', 'go to the next step', 'what\'s the next step', 'what do I do now', 'what\'s after that',
            'and then', 'next please', 'okay next', 'done next',
          ],
          [
            'crack on', 'right crack on', 'sorted', 'sorted next one', 'is there a next step', 'go on to the next step',
            'move on to the next one', 'I\'ve done that what\'s next', 'done that what\'s next', 'what comes next please',
            'okay what\'s next', 'right what\'s next', 'next step please', 'next one please', 'can we move on', 'can we carry on',
            'what is next', 'okay done', 'I\'m ready for the next step', 'okay I\'m ready for the next one', 'finished that', 'I did it', 'done with that',
            'okay got it', 'I\'ve finished that', 'that\'s finished', 'what next', 'and next', 'moving on',
            'what\'s the next thing', 'I\'m finished with that', 'that one\'s done', 'done and done', 'move on to the next step',
            'and then what', 'and after that', 'what after that', 'what happens next', 'what happens now', 'what do we do next',
            'what do we do now', 'what\'s after', 'what\'s the next bit', 'next bit', 'the next bit', 'the next one', 'the next step',
            'on to the next', 'onto the next one', 'next step then', 'go on then', 'keep going then', 'continue on', 'forward',
            'go forward', 'go forward one', 'forward one', 'skip forward one', 'next step now', 'I\'ve done it', 'I\'ve done this',
            'done this', 'that\'s that done', 'that bit\'s done', 'I\'ve done this step', 'done with this step', 'this step is done',
            'step done', 'all done with that', 'done it', 'it\'s done', 'it\'s in', 'next stage', 'on we go', 'let\'s keep going',
            'let\'s carry on', 'let\'s go on', 'let\'s do the next one', 'let\'s do the next step', 'I\'m ready for the next one',
            'ready for the next one', 'ready for the next step', 'ready for more', 'what\'s the next one', 'tell me the next step',
            'read the next step', 'read me the next step', 'give me the next step', 'next instruction', 'the next instruction',
            'proceed', 'okay carry on', 'right carry on', 'carry on please', 'last one', 'okay last one', 'the last one',
            'next step is', 'and now', 'now what',
            'what should I do next', 'what should I do now', 'I\'m ready', 'ready when you are', 'I\'ve finished', 'and next step', 'what\'s after this step',
            'what comes after this', 'what comes after that', 'what\'s the step after this', 'the step after this',
            'the one after this', 'the one after that', 'after this', 'after that', 'done with that one', 'yep done',
            // Something found or done, then on: "right found it carry on", "got it keep going".
            '(found it|got it|done that|that\'s done) (carry on|go on|keep going|next|move on)',
            'yes done', 'done it next', 'okay done next', 'i\'ve done that next', 'ok next', 'next next',
            // Scottish and casual for "go ahead".
            'on you go', 'off you go', 'away you go', 'go on to the next one', 'go on to the next',
          ],
        ),
      },
      {
        name: Intent.PreviousStep,
        ...grammar(
          [
            'go back', 'back one', 'go back one', 'go back a step', 'back a step', 'previous step', 'previous one',
            'the one before that', 'the one before', 'the step before', 'the step before that',
            'go back to the last step', 'what was the last step', 'what was before this', 'what was the step before',
            'pop back one', 'go back to the step before this one', 'back one step', 'what did the step before say',
            'go to the previous step', 'one step back', 'step back', 'take me back', 'go back one step',
          ],
          [
            'wait go back', 'can we go back', 'I missed the last one', 'what was the previous step', 'go backwards',
            'back to the previous step', 'rewind', 'go back to the one before', 'back to the last one',
            'what came before this', 'what was that last step', 'what was the one before', 'what was the one before that',
            'what was the one before this', 'the previous step', 'the previous one', 'last step again', 'the last step again',
            'go back to the previous step', 'go back to the previous one', 'back to the one before', 'back one please',
            'previous step please', 'back a bit', 'go back a bit', 'go back one please', 'rewind one', 'rewind a step',
            'take me back one', 'take me back a step', 'take me back one step', 'take me back to the last step',
            'take me back to the previous step', 'what did the last step say', 'what did the previous step say',
            'read the last step', 'read the previous step', 'read me the last step', 'read me the previous step',
            'read the step before', 'what was the step before this one', 'the step before this one', 'the step before this',
            'the one before this', 'the one before this one', 'what was before that', 'what came before', 'before this',
            'step before', 'one back', 'back', 'backwards', 'go back please', 'go back again', 'go back one more',
            'back one more', 'go back once', 'go back to the one before this', 'can we go back a step', 'can we go back one',
            'let\'s go back', 'let\'s go back a step', 'let\'s go back one', 'I need to go back', 'I need to go back a step',
            'I want to go back', 'I want to go back a step', 'I missed the step before', 'I missed the previous step',
            'what did I just do', 'read the last step again', 'say the last step again', 'repeat the last step', 'what was I supposed to do before this', 'the step I just did', 'back to the step before',
            // "back" then "the last step" is the one before ("chuck us back to the last step", Australian), never the recipe's last.
            'back to the last step', '(bring|chuck) (us|me) back [one|to the last step]',
            "(I've forgotten|I forgot) what came before (that|this)",
            'what did I do (before this|before that|last)',
          ],
        ),
      },
      {
        name: Intent.RepeatStep,
        // The step itself; "repeat", "say that again", "what was that" (AMAZON.RepeatIntent) say the last thing again.
        ...grammar(
          [
            'repeat the step', 'read the step', 'read me the step', 'what\'s this step', 'what am I doing now',
            'what\'s the current step', 'read the step again', 'repeat the current step', 'say the step again', 'current step',
          ],
          [
            'repeat that step', 'what was the step', 'read this step', 'read this step again', 'repeat this step',
            'tell me the step again', 'go over the step again', 'the step again please', 'read me this step',
            'what\'s the step again', 'step again', 'what do I do on this step', 'what am I supposed to be doing',
            'can you repeat the step', 'what was I doing', 'read it again', 'read that again', 'read me that again', 'can you read that again',
            'the current step', 'this step', 'this step again', 'the step', 'what\'s the step', 'what is this step',
            'what is the current step', 'read the current step', 'read me the current step', 'read out the step',
            'read out this step', 'what am I meant to be doing', 'what am I meant to be doing now', 'what am I doing',
            'what should I be doing', 'what should I be doing now', 'what was I doing', 'what was I meant to be doing',
            'tell me what I\'m doing', 'tell me what to do again', 'what do I do again', 'what do I do here',
            'what do I do on this one', 'go over that again', 'go over this step', 'go through that again',
            'read that step again', 'repeat the instructions', 'repeat the instruction', 'read the instructions again',
            'what were the instructions', 'what was the instruction', 'say the step', 'tell me the step', 'remind me of the step',
            'remind me what to do', 'remind me what this step is', 'what\'s this one', 'what\'s this bit', 'read this bit again',
            'the step again', 'the whole step again', 'read the whole step again', 'read that one again', 'repeat that one',
            'say that step again', 'repeat this one', 'read it out again', 'read it to me again', 'what does this step say',
            'what does the step say', 'what did the step say', 'what did that say', 'what did it say', 'step please',
            'say the current step', 'go over (that|this) step [again]',
            // The step named as "that one", "the current instruction", said with "me": "read me that one again", "repeat the current instruction".
            '(read|repeat|say) [me] (that|this) one again', '(read|repeat|say) [me] the current (instruction|one)', 'repeat (that|this) instruction',
          ],
        ),
      },
      {
        name: Intent.GoToStep,
        slots: [{ name: Slot.StepNumber, type: 'AMAZON.NUMBER' }],
        ...grammar(
          [
            'go to step {stepNumber}', 'step {stepNumber}', 'skip to step {stepNumber}', 'jump to step {stepNumber}',
            'take me to step {stepNumber}', 'go back to step {stepNumber}', 'read step {stepNumber}', 'what\'s step {stepNumber}',
            'can you go to step {stepNumber}', 'can you skip to step {stepNumber}', 'let\'s go to step {stepNumber}',
            'skip ahead to step {stepNumber}', 'go to step number {stepNumber}', 'take me back to step {stepNumber}',
          ],
          [
            'what is step {stepNumber}', 'go to number {stepNumber}', 'step number {stepNumber}', 'let\'s do step {stepNumber}',
            'move to step {stepNumber}', 'start at step {stepNumber}', 'start from step {stepNumber}', 'tell me step {stepNumber}',
            'I\'m on step {stepNumber}', 'I\'m at step {stepNumber}', 'jump ahead to step {stepNumber}', 'I want step {stepNumber}',
            'back to step {stepNumber}', 'can you read step {stepNumber}', 'read me step {stepNumber}', 'jump back to step {stepNumber}',
            'skip forward to step {stepNumber}', 'I\'m up to step {stepNumber}', 'can we go to step {stepNumber}',
            'go on to step {stepNumber}', 'on to step {stepNumber}', 'onto step {stepNumber}', 'move on to step {stepNumber}',
            'go straight to step {stepNumber}', 'straight to step {stepNumber}', 'skip straight to step {stepNumber}',
            'take me straight to step {stepNumber}', 'skip step {stepNumber}', 'to step {stepNumber}', 'now step {stepNumber}',
            'go back to number {stepNumber}', 'step number {stepNumber} please', 'what does step {stepNumber} say',
            'what\'s in step {stepNumber}', 'read out step {stepNumber}', 'give me step {stepNumber}', 'jump to number {stepNumber}',
            'skip to number {stepNumber}', 'take me to number {stepNumber}', 'I\'m already on step {stepNumber}',
            'I\'ve got to step {stepNumber}', 'I got to step {stepNumber}', 'we\'re on step {stepNumber}', 'let\'s go back to step {stepNumber}',
            'let\'s skip to step {stepNumber}', 'let\'s jump to step {stepNumber}', 'can we skip to step {stepNumber}',
            'can we jump to step {stepNumber}', 'can you take me to step {stepNumber}', 'go forward to step {stepNumber}',
            'head to step {stepNumber}', 'return to step {stepNumber}', 'repeat step {stepNumber}', 'say step {stepNumber}',
            'step {stepNumber} again', 'read step {stepNumber} again', 'go to the {stepNumber} step', 'skip to the {stepNumber} step',
          ],
        ),
      },
      {
        name: Intent.GoToPhase,
        slots: [{ name: Slot.Phase, type: SlotType.Phase }],
        ...grammar(
          [
            'go to the {phase}', 'skip to the {phase}', 'jump to the {phase}', 'take me to the {phase}', 'go back to the {phase}',
            'skip ahead to the {phase}', 'move on to the {phase}', 'take me back to the {phase}', 'let\'s do the {phase}',
            'skip to {phase}', 'go to {phase}', 'jump to {phase}', 'take me to {phase}', 'go back to {phase}',
            'back to the start of the {phase}', 'go back to the beginning of the {phase}', 'go to the start of the {phase}',
            'go to the {phase} section', 'skip to the {phase} section', 'take me back to the {phase} section',
          ],
          [
            'start the {phase}', 'I\'m at the {phase}', 'I\'m ready for the {phase}', 'go straight to the {phase}',
            'skip ahead to {phase}', 'let\'s do {phase}', 'begin the {phase}', 'I\'m on the {phase}', 'time for the {phase}',
            'back to the {phase}', 'read the {phase} steps', 'skip to the {phase} part', 'go to the {phase} part',
            'skip to the {phase} bit', 'go to the {phase} bit', 'jump to the {phase} bit', 'jump to the {phase} part',
            'take me back to {phase}', 'let\'s move on to the {phase}', 'can we skip to the {phase}', 'can we go to the {phase}',
            'back to {phase}', 'start from the {phase}', 'start from {phase}', 'start at the {phase}', 'start at {phase}',
            'go on to the {phase}', 'on to the {phase}', 'onto the {phase}', 'move on to {phase}', 'skip straight to the {phase}',
            '(take me|skip|jump|go) straight to the {phase} (part|bit|section)', '(go|skip) directly to the {phase} [part|step]',
            'take me to the {phase} part', 'take me to the {phase} bit', 'take me to the {phase} section', 'go back to the {phase} part',
            'go back to the {phase} bit', 'go back to the {phase} section', 'back to the {phase} part', 'back to the {phase} bit',
            'back to the {phase} section', 'jump to the {phase} section', 'skip ahead to the {phase} part', 'let\'s go to the {phase}',
            'let\'s skip to the {phase}', 'let\'s jump to the {phase}', 'I want to go to the {phase}', 'I want to do the {phase}',
            'I want the {phase}', 'I\'m up to the {phase}', 'we\'re at the {phase}', 'we\'re on the {phase}', 'the {phase} part please',
            'the {phase} section please', 'how do I do the {phase}', 'read me the {phase}', 'read the {phase}', 'read the {phase} part',
            'read the {phase} section', 'start of the {phase}', 'beginning of the {phase}', 'the start of the {phase}',
            'where does the {phase} start', 'go to where the {phase} starts', 'skip the rest and go to the {phase}',
            'time to do the {phase}', 'let\'s get on with the {phase}', 'get on with the {phase}',
            'can you take me to the {phase}', 'can you skip to the {phase}', 'could you go to the {phase}',
            // A step named by what the printed recipe says in it; the handler finds the step (step-by-words.ts).
            '(go|skip|jump|take me|go back|skip ahead) to the (step|bit|part) (where|about|with|that says) {phase}',
            '(go|skip|jump|take me|go back|skip ahead) to where (it says|you|I) {phase}', 'the step (where|about) {phase}',
            'read the step (where|about) {phase}',
            // Irish and Scottish English: "bring me on to the oven part", "take me over to the glaze bit".
            '(bring|take) me (on|over) to the {phase} [part|bit]',
          ],
        ),
      },
      {
        // The printed recipe's own numbering: "section five", "part three of the method", "step five of
        // the recipe" are its parts; "step five" alone is the skill's step 5 (GoToStepIntent).
        name: Intent.GoToSection,
        slots: [{ name: Slot.Section, type: 'AMAZON.NUMBER' }],
        ...grammar(
          [
            'go to section {section}', 'section {section}', 'skip to section {section}', 'jump to section {section}',
            'take me to section {section}', 'go back to section {section}', 'part {section}', 'go to part {section}',
            'skip to part {section}', 'step {section} of the recipe', 'go to step {section} of the recipe',
            'part {section} of the method', 'go to part {section} of the method', 'section {section} of the recipe',
          ],
          [
            'jump to part {section}', 'take me to part {section}', 'go back to part {section}', 'back to section {section}',
            'back to part {section}', 'start at section {section}', 'start from section {section}', 'start section {section}',
            'read section {section}', 'read part {section}', 'what\'s section {section}', 'what\'s part {section}',
            'skip ahead to section {section}', 'move on to section {section}', 'on to section {section}', 'let\'s do section {section}',
            'let\'s do part {section}', 'section number {section}', 'part number {section}', 'go to section number {section}',
            'step {section} of the printed recipe', 'step {section} in the recipe', 'step {section} on the printout',
            'step {section} on the recipe', 'step {section} of the method', 'step {section} in the method',
            'go to step {section} in the recipe', 'skip to step {section} of the recipe', 'take me to step {section} of the recipe',
            'part {section} of the recipe', 'go to part {section} of the recipe', 'section {section} of the method',
            'go to section {section} of the recipe', 'skip to section {section} of the method', 'the {section} section',
            'take me to section {section} of the recipe', 'go to the {section} part', 'skip to the {section} section',
            'stage {section}', 'go to stage {section}', 'skip to stage {section}', 'stage {section} of the recipe',
            'jump to stage {section}', 'take me to stage {section}', 'what\'s stage {section}', 'back to stage {section}',
            'I\'m on section {section}', 'I\'m at section {section}', 'I\'m on part {section}', 'I\'m up to section {section}',
          ],
        ),
      },
      {
        name: Intent.WhereAmI,
        ...grammar(
          [
            'where am I', 'where was I', 'where am I up to', 'where are we up to', 'remind me where I\'m up to',
            'remind me where I am', 'what step am I on', 'what step are we on', 'which step am I on', 'what step is this',
            'which step is this', 'how many steps are left', 'how many steps left', 'how many more steps', 'how far along am I',
            'where did I get to', 'where did we get to', 'where did I leave off',
            'how many more steps are there', 'how many steps are there altogether', 'which part of the recipe are we in',
            'which part are we in', 'what part of the recipe am I on', 'how many steps are left after this one',
          ],
          [
            'where are we', 'how far am I', 'how many steps to go', 'am I almost done', 'how close am I', 'what part am I on',
            'what phase am I in', 'what number step is this', 'how far through am I', 'what stage am I at', 'am I nearly done',
            'are we nearly done', 'are we nearly there', 'how much more is there', 'how many steps have I got left',
            'what number am I on', 'which step are we on', 'what step was I on', 'which step am I up to', 'what step am I up to',
            'which step are we up to', 'what step are we up to', 'steps remaining', 'how many steps remaining', 'steps left',
            'how many steps remain', 'how many steps do I have left', 'how many steps are remaining', 'how many more to go',
            'how many left', 'how many more', 'how many steps after this', 'how many steps after this one', 'what step',
            'which step', 'what step now', 'what step is it', 'which step is it', 'what step number is this', 'step number',
            'what\'s the step number', 'which number step is this', 'which step of the twenty five is this',
            'what step out of twenty five', 'which section of the method is this', 'which section is this', 'what section is this',
            'what section am I in', 'which section am I in', 'which part is this', 'what part is this', 'what stage is this',
            'which stage is this', 'what stage are we at', 'which stage are we at', 'what stage am I on', 'where are we now',
            'where am I now', 'where were we', 'where did we leave off', 'where did we stop', 'where did I stop',
            'remind me where we are', 'remind me where we\'re up to', 'remind me where I was', 'remind me which step',
            'remind me which step I\'m on', 'remind me what step I\'m on', 'tell me where I am', 'tell me where I\'m up to',
            'what step am I on now', 'what step am I on again', 'which step am I on now', 'how far in am I', 'how far are we',
            'how far along are we', 'how far through are we', 'are we almost done', 'am I nearly there', 'am I almost there',
            'how much is left', 'how much left', 'how much more to go', 'how much further', 'how many steps are there',
            'how many steps in total', 'how many steps altogether', 'how many steps does it have', 'how many steps is it',
            'what step number am I on', 'which step number am I on', 'what part of the recipe are we in', 'what part are we on',
            'where am I in the recipe', 'where are we in the recipe', 'what part of the method is this', 'progress',
            'where (am I|are we) at [now]', '(what|which) part of the recipe (am I|are we) in', '(what|which) step did you say this is', 'which step (I\'m|we\'re) on', 'what step (I\'m|we\'re) on', 'where (I\'m|we\'re) up to', 'where I am',
            // Back from a break, or lost: "what was I on", "I forgot where I am which step is this", the question said twice.
            '[I\'m back] what was I on', "(I forgot|I've forgotten) where (I am|I was|we are|I'm up to) [(which|what) step is this]",
            'what step what step am I on',
          ],
        ),
      },
      {
        name: Intent.Overview,
        ...grammar(
          ['give me the overview', 'overview', 'what\'s the plan', 'what are the steps', 'give me a summary', 'run me through the recipe'],
          [
            'summarize the recipe', 'what does this recipe involve', 'how does this recipe go', 'what are the main steps',
            'what are the phases', 'what are the parts', 'give me the big picture', 'what\'s involved', 'what am I in for',
            'give me an outline', 'what\'s the game plan', 'tell me about the recipe', 'recipe overview', 'the overview please',
            'talk me through the recipe', 'what are the stages', 'what are the sections', 'list the steps', 'list the sections',
            'what sections are there', 'what parts are there', 'what stages are there', 'give me a quick summary', 'summary',
            'summarise the recipe', 'a quick overview', 'quick overview', 'the big picture', 'outline', 'what\'s the outline',
          ],
        ),
      },
      {
        name: Intent.ListIngredients,
        ...grammar(
          ['what are the ingredients', 'what do I need', 'list the ingredients', 'tell me the ingredients', 'read me the ingredients', 'what ingredients do I need'],
          [
            'ingredients', 'the ingredients', 'ingredients first', 'shopping list', 'give me the ingredients', 'what goes in it',
            'hear the ingredients', 'I\'d like the ingredients first', 'ingredients please', 'what do I need to buy',
            'what should I have ready', 'what do I need for this', 'let me hear the ingredients', 'can I hear the ingredients',
            'the ingredients first please', 'what\'s in it', 'read out the ingredients',
            // The welcome's either/or answered naturally (issue 12).
            'the ingredients first', 'ingredients first please', 'I\'d like the ingredients', 'tell me the ingredients first',
            'ingredient list', 'the ingredient list', 'read the ingredient list', 'what\'s on the ingredient list',
            'what ingredients are there', 'which ingredients do I need', 'what do I need to get', 'what do I need to have',
            // A couple cooking together asks as "we".
            'what do we need', 'what do we need for this', 'what do we need to buy',
          ],
        ),
      },
    ],
  };
}

/** An intent's grammar without wrapped forms that say the opposite ("no yeah"). */
function withoutWords(g: Grammar, words: readonly string[]): Grammar {
  const bad = (s: string) => s.toLowerCase().split(' ').some((w) => words.includes(w));
  return { samples: g.samples, variants: g.variants.filter((v) => !bad(v)) };
}
