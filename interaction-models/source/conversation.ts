import { Intent } from '../../lambda/intents';
import { grammar } from './fillers';
import type { ModelFragment } from './types';

/**
 * The conversation around the recipe: holding on without leaving, and the rest of a list given a
 * part at a time. ("hold on" and "give me a minute" were AMAZON.PauseIntent samples, which ends the
 * session; a cook who says them means to come straight back.)
 */
export function conversationModel(): ModelFragment {
  return {
    intents: [
      {
        name: Intent.HoldOn,
        ...grammar(
          ['hold on', 'wait', 'wait a minute', 'give me a minute', 'give me a second', 'hang on', 'one moment', 'just a minute'],
          [
            'wait a second', 'wait a sec', 'give me a sec', 'one minute', 'one second', 'one sec', 'just a second', 'just a sec',
            'hang on a minute', 'hang on a second', 'hang on a sec', 'hold on a minute', 'hold on a second', 'hold it',
            'hold that thought', 'bear with me', 'give me a moment', 'just a moment', 'wait for me', 'I need a minute',
            'I need a moment', 'let me catch up', 'not so fast', 'slow down', 'wait up',
          ],
        ),
      },
      {
        name: Intent.More,
        samples: [
          'more', 'say more', 'tell me more', 'more please', 'what else', 'anything else', 'and the rest',
          'the rest', 'the rest please', 'keep going with the list', 'what else do I need', 'and what else',
          'more ingredients', 'the other ingredients', 'what about the rest', 'continue the list', 'the next group',
          'read the rest', 'read me the rest', 'what\'s the rest', 'give me the rest', 'the rest of the list',
          'the rest of the ingredients', 'what are the rest',
          // A step's tips, offered in a few words ("For a tip, say more.").
          'the tip', 'what\'s the tip', 'what is the tip', 'tell me the tip', 'read the tip', 'give me the tip', 'the tips',
          'tell me the tips', 'what are the tips', 'what tip', 'read me the tip',
        ],
      },
    ],
  };
}
