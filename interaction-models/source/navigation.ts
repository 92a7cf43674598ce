import { Intent, Slot, SlotType } from '../../lambda/intents';
import type { Recipe } from '../../lambda/recipe';
import { slotWords, type ModelFragment } from './types';

/** Walking the recipe: start, move, jump, and ask where you are. */
export function navigationModel(recipe: Recipe): ModelFragment {
  return {
    types: [
      {
        // Built from the recipe's phases, so entity resolution ids are the recipe's phase ids.
        name: SlotType.Phase,
        values: recipe.phases.map((p) => {
          const value = slotWords(p.shortName);
          const synonyms = [...new Set([p.title, ...p.synonyms].map(slotWords))].filter((s) => s && s !== value);
          return { id: p.id, name: { value, synonyms } };
        }),
      },
    ],
    intents: [
      { name: Intent.Next, samples: ['skip this step', 'next'] },
      { name: Intent.Previous, samples: [] },
      { name: Intent.Repeat, samples: [] },
      {
        name: Intent.StartOver,
        samples: ['start from the beginning', 'go back to the beginning', 'restart the recipe', 'from the top', 'back to step one'],
      },
      { name: Intent.Yes, samples: ['yeah', 'yep', 'yes let\'s go', 'sounds good'] },
      { name: Intent.No, samples: ['nope', 'not yet', 'not now'] },
      { name: Intent.Help, samples: ['what can I say', 'what can you do', 'how does this work'] },
      { name: Intent.Stop, samples: ['I\'m done for now', 'that\'s enough for now'] },
      { name: Intent.Cancel, samples: [] },
      { name: Intent.Fallback, samples: [] },
      { name: Intent.NavigateHome, samples: [] },
      { name: Intent.Pause, samples: ['hold on', 'wait a minute', 'give me a minute'] },
      {
        name: Intent.Resume,
        samples: [
          'pick up where I left off', 'continue where I left off', 'resume the recipe', 'keep cooking',
          'carry on from where I was', 'let\'s continue', 'continue the recipe', 'back to where I was',
        ],
      },
      {
        name: Intent.StartCooking,
        samples: [
          'let\'s get cooking', 'let\'s cook', 'start', 'begin', 'start cooking', 'let\'s start', 'let\'s begin',
          'start the recipe', 'begin the recipe', 'get started', 'let\'s get started', 'I\'m ready to start',
          'ready to start', 'start with step one', 'take me to the first step', 'what\'s the first step',
          'what do I do first', 'first step', 'let\'s do this', 'let\'s make it', 'let\'s make pork belly',
          'start making it', 'begin cooking', 'I want to start cooking', 'go ahead and start',
        ],
      },
      {
        name: Intent.NextStep,
        samples: [
          'what\'s next', 'what is next', 'okay done', 'done', 'got it', 'ready', 'what now', 'next step',
          'go to the next step', 'next one', 'okay next', 'I\'m done', 'finished that', 'I did it', 'all done',
          'what\'s the next step', 'what do I do next', 'what do I do now', 'move on', 'okay what\'s next',
          'then what', 'what comes next', 'that\'s done', 'I\'m ready', 'okay I\'m ready', 'go on', 'next please',
          'done with that', 'okay got it',
        ],
      },
      {
        name: Intent.PreviousStep,
        samples: [
          'previous step', 'go back a step', 'go back one step', 'the step before', 'what was the step before',
          'go to the previous step', 'one step back', 'step back', 'take me back', 'back one', 'wait go back',
          'can we go back', 'I missed the last one', 'what was the previous step', 'go backwards', 'back a step',
          'back to the previous step', 'previous one', 'the one before', 'go back please', 'rewind',
        ],
      },
      {
        name: Intent.RepeatStep,
        samples: [
          'what was that', 'repeat the step', 'repeat that step', 'read it again', 'read that again', 'come again',
          'pardon', 'sorry what', 'I didn\'t catch that', 'what did you say', 'one more time', 'say it again',
          'again please', 'can you repeat that', 'could you say that again', 'tell me again', 'what was the step',
          'what\'s this step', 'what\'s the current step', 'read the step', 'read me the step', 'what am I doing now',
        ],
      },
      {
        name: Intent.GoToStep,
        slots: [{ name: Slot.StepNumber, type: 'AMAZON.NUMBER' }],
        samples: [
          'go to step {stepNumber}', 'step {stepNumber}', 'skip to step {stepNumber}', 'jump to step {stepNumber}',
          'take me to step {stepNumber}', 'read step {stepNumber}', 'what\'s step {stepNumber}', 'what is step {stepNumber}',
          'go to number {stepNumber}', 'step number {stepNumber}', 'go back to step {stepNumber}',
          'let\'s do step {stepNumber}', 'move to step {stepNumber}', 'start at step {stepNumber}',
          'start from step {stepNumber}', 'tell me step {stepNumber}', 'I\'m on step {stepNumber}',
          'I\'m at step {stepNumber}', 'skip ahead to step {stepNumber}', 'jump ahead to step {stepNumber}',
          'can you go to step {stepNumber}', 'I want step {stepNumber}', 'go to step number {stepNumber}',
        ],
      },
      {
        name: Intent.GoToPhase,
        slots: [{ name: Slot.Phase, type: SlotType.Phase }],
        samples: [
          'skip to {phase}', 'go to {phase}', 'jump to {phase}', 'take me to {phase}', 'skip to the {phase}',
          'go to the {phase}', 'jump to the {phase}', 'take me to the {phase}', 'skip ahead to the {phase}',
          'let\'s do the {phase}', 'start the {phase}', 'I\'m at the {phase}', 'I\'m ready for the {phase}',
          'move on to the {phase}', 'go straight to the {phase}', 'skip ahead to {phase}', 'let\'s do {phase}',
          'begin the {phase}', 'I\'m on the {phase}', 'time for the {phase}', 'go back to the {phase}',
          'back to the {phase}', 'read the {phase} steps', 'skip to the {phase} part', 'go to the {phase} part',
        ],
      },
      {
        name: Intent.WhereAmI,
        samples: [
          'where am I', 'what step am I on', 'how many steps are left', 'which step is this', 'what step is this',
          'where are we', 'how far along am I', 'how far am I', 'how many steps to go', 'how many more steps',
          'what step are we on', 'am I almost done', 'how close am I', 'what part am I on', 'what phase am I in',
          'where was I', 'where did I leave off', 'what number step is this', 'how many steps left',
          'how far through am I', 'which step am I on', 'what stage am I at',
        ],
      },
      {
        name: Intent.Overview,
        samples: [
          'give me the overview', 'overview', 'what\'s the plan', 'what are the steps', 'give me a summary',
          'summarize the recipe', 'what does this recipe involve', 'how does this recipe go', 'what are the main steps',
          'what are the phases', 'what are the parts', 'give me the big picture', 'run me through the recipe',
          'what\'s involved', 'what am I in for', 'give me an outline', 'what\'s the game plan',
          'tell me about the recipe', 'how many steps are there', 'recipe overview', 'the overview please',
        ],
      },
      {
        name: Intent.ListIngredients,
        samples: [
          'ingredients', 'the ingredients', 'what are the ingredients', 'what do I need', 'list the ingredients',
          'ingredients first', 'tell me the ingredients', 'read me the ingredients', 'what ingredients do I need',
          'shopping list', 'give me the ingredients', 'what goes in it', 'hear the ingredients',
          'I\'d like the ingredients first', 'ingredients please', 'what do I need to buy',
          'what should I have ready', 'what do I need for this', 'let me hear the ingredients',
          'can I hear the ingredients', 'the ingredients first please',
        ],
      },
    ],
  };
}
