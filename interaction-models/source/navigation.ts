import { Intent, Slot, SlotType } from '../../lambda/intents';
import type { Recipe } from '../../lambda/recipe';
import { things, vocabularyFor } from '../../lambda/vocabulary';
import { grammar } from './fillers';
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
      { name: Intent.Next, ...grammar(['next', 'skip this step', 'skip this one', 'skip it']) },
      { name: Intent.Previous, samples: [] },
      {
        // The last thing said, whatever it was (issue 12); "repeat the step" (RepeatStepIntent) reads the step.
        name: Intent.Repeat,
        ...grammar(
          [
            'say again', 'say that again', 'say it again', 'can you say that again', 'could you say that again', 'repeat that',
            'what was that', 'come again', 'pardon', 'what did you say', 'I didn\'t catch that', 'one more time',
          ],
          [
            'tell me again', 'what was that again', 'I missed that', 'can you repeat that', 'sorry what', 'again please',
            'could you repeat that', 'please repeat that', 'huh', 'repeat please',
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
            'start again from the beginning', 'go back to the very beginning', 'start from the very beginning',
          ],
          ['let\'s start again from the top', 'can we start again', 'can we start over', 'take me back to the start'],
        ),
      },
      { name: Intent.Yes, ...grammar(['yeah', 'yep', 'yes let\'s go', 'sounds good', 'yes please', 'sure', 'go ahead', 'do it']) },
      { name: Intent.No, ...grammar(['nope', 'not yet', 'not now', 'no thanks', 'no thank you', 'not really']) },
      {
        name: Intent.Help,
        ...grammar(['what can I say', 'what can you do', 'how does this work', 'help me', 'I need help', 'I\'m lost', 'I\'m confused']),
      },
      {
        name: Intent.Stop,
        ...grammar(['I\'m done for now', 'that\'s enough for now', 'that\'s all for now', 'I\'m stopping for now', 'let\'s stop here', 'goodbye', 'that\'ll do for now', 'I\'ll leave it there', 'I\'ll leave it there for today', 'that\'s it for today', 'that\'s me done for today']),
      },
      { name: Intent.Cancel, samples: [] },
      { name: Intent.Fallback, samples: [] },
      { name: Intent.NavigateHome, samples: [] },
      // "hold on", "give me a minute" mean coming straight back: HoldOnIntent (conversation.ts), not a pause that ends.
      { name: Intent.Pause, ...grammar(['pause the recipe', 'pause cooking', 'pause here', 'pause for now']) },
      {
        name: Intent.Resume,
        ...grammar(
          ['pick up where I left off', 'continue where I left off', 'resume the recipe', 'let\'s continue', 'continue the recipe', 'back to where I was'],
          ['keep cooking', 'carry on from where I was', 'I\'m back', 'okay I\'m back', 'back to the recipe'],
        ),
      },
      {
        name: Intent.StartCooking,
        ...grammar(
          [
            'let\'s get cooking', 'let\'s cook', 'start cooking', 'let\'s start', 'let\'s begin', 'let\'s get started',
            'start the recipe', 'get started', 'I\'m ready to start', 'let\'s do this', 'what do I do first', 'what\'s the first step',
            'go on then let\'s get started', 'start from the very first step', 'start from the first step', 'let\'s get going',
          ],
          [
            'start', 'begin', 'begin the recipe', 'ready to start', 'start with step one', 'take me to the first step',
            'first step', 'let\'s make it', 'let\'s make pork belly', 'start making it', 'begin cooking',
            'I want to start cooking', 'go ahead and start', 'where do I start', 'how do I start',
            // The welcome's either/or answered naturally (issue 12).
            'let\'s go', 'ok let\'s start', 'okay let\'s start', 'okay let\'s go', 'ok let\'s go', 'let\'s start cooking',
            'step one first', 'step one please', 'the first step', 'start with step one please',
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
          ],
          [
            'crack on', 'right crack on', 'sorted', 'sorted next one', 'is there a next step', 'go on to the next step',
            'move on to the next one', 'I\'ve done that what\'s next', 'done that what\'s next', 'what comes next please',
            'okay what\'s next', 'right what\'s next', 'next step please', 'next one please', 'can we move on', 'can we carry on',
            'what is next', 'okay next', 'next please', 'okay done', 'I\'m ready', 'okay I\'m ready', 'finished that', 'I did it', 'done with that',
            'okay got it', 'I\'ve finished', 'that\'s finished', 'next thing', 'what next', 'and next', 'moving on',
            'what\'s the next thing', 'I\'m finished with that', 'that one\'s done', 'done and done', 'move on to the next step',
          ],
        ),
      },
      {
        name: Intent.PreviousStep,
        ...grammar(
          [
            'go back', 'back one', 'go back one', 'go back a step', 'back a step', 'previous step', 'previous one',
            'the one before that', 'the one before', 'the step before', 'the step before that', 'the last step',
            'go back to the last step', 'what was the last step', 'what was before this', 'what was the step before',
            'pop back one', 'go back to the step before this one', 'back one step', 'what did the step before say',
            'go to the previous step', 'one step back', 'step back', 'take me back', 'back up', 'go back one step',
          ],
          [
            'wait go back', 'can we go back', 'I missed the last one', 'what was the previous step', 'go backwards',
            'back to the previous step', 'rewind', 'go back to the one before', 'back to the last one',
            'what came before this', 'what was that last step',
          ],
        ),
      },
      {
        name: Intent.RepeatStep,
        // The step itself; "repeat", "say that again", "what was that" (AMAZON.RepeatIntent) say the last thing again.
        ...grammar(
          [
            'repeat the step', 'read the step', 'read me the step', 'what\'s this step', 'what am I doing now',
            'what\'s the current step', 'read the step again', 'repeat the current step', 'say the step again',
          ],
          [
            'repeat that step', 'what was the step', 'read this step', 'read this step again', 'repeat this step',
            'tell me the step again', 'go over the step again', 'the step again please', 'read me this step',
            'what\'s the step again', 'step again', 'what do I do on this step', 'what am I supposed to be doing',
            'can you repeat the step', 'read it again', 'read that again', 'read me that again', 'can you read that again',
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
            'what number am I on', 'which step are we on', 'what step was I on',
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
            'give me an outline', 'what\'s the game plan', 'tell me about the recipe', 'how many steps are there',
            'recipe overview', 'the overview please', 'talk me through the recipe', 'what are the stages',
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
          ],
        ),
      },
    ],
  };
}
