import { Intent, Slot, SlotType } from '../../lambda/intents';
import { samples } from './expand';
import { grammar } from './fillers';
import type { ModelFragment } from './types';

/** Ways to ask the skill to wait, said before why ("hold on, that's the doorbell"). */
const HOLDS = '(hold on|hang on|wait|wait a moment|one sec)';

/**
 * Why a cook steps away: the door, the phone, the children, their glasses, their hands. Said after
 * a way to wait ("wait a moment while I find my glasses") or before one ("that's the door hang on").
 */
const AWAY =
  "(that's the door|that's the doorbell|that's the phone|the phone's ringing|someone's at the door|I need to get the door|" +
  "while I find my glasses|while I get my glasses|I need to find my glasses|I can't find my glasses|while I wash my hands|" +
  "while I get the foil|the kids need me|I'll be right back)";

/**
 * The conversation around the recipe: holding on without leaving, the small words that only say
 * "heard you" or "thanks", and the rest of a list given a part at a time. ("hold on" and "give me a
 * minute" were AMAZON.PauseIntent samples, which ends the session; a cook who says them means to
 * come straight back.)
 */
export function conversationModel(): ModelFragment {
  return {
    intents: [
      {
        name: Intent.HoldOn,
        ...grammar(
          [
            'hold on', 'wait', 'wait a minute', 'give me a minute', 'give me a second', 'hang on', 'one moment', 'just a minute',
            'hold', 'one sec', 'give me a sec', 'hang on a tick', 'hang about', 'give us a sec',
          ],
          [
            'hang about [a] (minute|sec|second|tick)', 'hold on a little bit', 'chill (for a sec|for a second|for a minute|a sec)',
            'wait a second', 'wait a sec', 'one minute', 'one second', 'just a second', 'just a sec',
            'hang on a minute', 'hang on a second', 'hang on a sec', 'hold on a minute', 'hold on a second', 'hold it',
            'hold that thought', 'bear with me', 'give me a moment', 'just a moment', 'wait for me', 'I need a minute',
            'I need a moment', 'let me catch up', 'not so fast', 'slow down', 'wait up', 'hold on a tick', 'hold on a sec',
            'just a tick', 'one tick', 'a tick', 'wait a tick', 'give me a tick', 'give us a minute', 'give us a second',
            'give us a tick', 'give me two minutes', 'give me two secs', 'give me a few minutes', 'give me a couple of minutes',
            'give me a few', 'two secs', 'two ticks', 'one minute please', 'hold up', 'hold your horses', 'hang fire',
            'wait there', 'stay there', 'stay with me', 'don\'t go anywhere', 'just wait', 'wait a moment',
            'one moment please', 'a moment please', 'a minute please', 'hold on please', 'hang on please', 'I\'ll be right back',
            'be right back', 'back in a minute', 'back in a sec', 'I\'ll be back in a minute', 'I need a sec', 'I need a second',
            'I need a few minutes', 'let me check', 'let me check the printout', 'let me check the recipe', 'let me look',
            'let me think', 'let me find it', 'let me get it', 'let me get the foil', 'let me find the foil',
            'hold on let me check', 'hang on let me check', 'hold on let me check the printout', 'hold on I\'m reading',
            'give me a moment I\'m reading ahead', 'give me a minute I\'m reading', 'I\'m reading ahead', 'I\'m still reading',
            'I\'m reading the ingredients', 'I\'m reading the recipe', 'I\'m reading the chef notes', 'not you', 'not you sorry',
            'no not you', 'no not you sorry', 'I wasn\'t talking to you', 'I\'m not talking to you', 'sorry not you',
            'the oven\'s still heating', 'oven\'s still heating give me a minute', 'it\'s still heating up', 'still going',
            'I\'m not ready', 'I\'m not ready yet', 'not ready yet', 'not ready', 'I\'m still working on it', 'still working on it',
            'I\'m still doing it', 'still doing it', 'I\'m still on it', 'not done yet', 'I\'m not done yet', 'I\'m not finished',
            'I\'m not finished yet', 'give me a minute to do this', 'wait while I do this', 'could you wait', 'can you wait',
            'would you mind waiting', 'would you mind waiting a moment', 'could you hold on', 'can you hold on', 'pause a sec',
            'pause a second', 'pause for a second', 'pause for a minute', 'hang on a moment', 'hold on a moment', 'wait one sec',
            // Scottish, British and casual ways to say a moment: "a wee minute", "gimme a sec", "two ticks".
            '(give me|gimme|give us|just|hang on|hold on|wait) (a|a wee|a quick|half a) (sec|second|minute|moment|tick|mo)',
            '(hang on|hold on|wait) (a|one) (wee|quick|little) (sec|second|minute|moment)',
            // Holding while the cook does a thing said before ("... so just hang on a second while i do that").
            '(hang on|hold on) [a second] while I do that',
            // A chef's hold ("hold on that"), and moving on refused ("don't go on yet").
            '(hold|hang) on (that|there)', "(don't|do not) (go on|move on|carry on) [yet]",
            // Stopped to wait, not to leave: "can you stop here and wait", "pause for a sec" (list M's first run: the first was goodbye).
            '(stop|pause) [(here|there|now)] and wait [for me]', 'pause for a (sec|moment|bit)',
            // Nigerian and Filipino English for a moment: "wait small", "for a while" (wait).
            '(wait|hold on|hang on) (small|small small|for a while|a while)', 'for a while',
            // A hold with what the cook is doing meanwhile, or the hold word said twice: "hang on I gotta find the salt",
            // "wait I'm measuring out the salt", "pause pause".
            'I (gotta|need to) find the (pepper|salt|thermometer)', "I'm measuring [out] [double] the (salt|baking soda)",
            'pause pause',
            `${HOLDS} ${AWAY}`,
            `${AWAY} (hold on|hang on)`,
          ],
        ),
      },
      {
        // "okay" after a step: heard, the place kept; after an offer it is a yes (offers.ts).
        name: Intent.Acknowledge,
        ...grammar(
          ['okay', 'alright', 'cool', 'right', 'great', 'okay cool', 'got it thanks'],
          [
            'ok', 'okay then', 'alright then', 'right then', 'righto', 'right oh', 'cool cool', 'okay great', 'great stuff',
            'lovely', 'perfect', 'nice', 'fine', 'fair enough', 'understood', 'noted', 'okay understood', 'okey dokey', 'okie dokie',
            'mm hmm', 'uh huh', 'I see', 'makes sense', 'that makes sense', 'oh okay', 'oh right', 'ah okay', 'okay good',
            'good', 'brilliant', 'awesome', 'sweet', 'okay sounds good', 'roger', 'roger that', 'will do', 'okay will do',
            'okay I will', 'gotcha', 'okay gotcha', 'okay I see', 'okay fine', 'all right', 'okay okay', 'alright cool',
          ],
        ),
      },
      {
        name: Intent.Thanks,
        ...grammar(
          ['thanks', 'thank you', 'cheers', 'thanks a lot', 'thank you very much', 'ta'],
          [
            'thanks very much', 'thanks so much', 'thank you so much', 'many thanks', 'cheers for that', 'thanks for that',
            'thank you for that', 'thanks mate', 'cheers mate', 'ta very much', 'thanks alexa', 'thank you alexa', 'much appreciated',
            'appreciate it', 'I appreciate it', 'that\'s helpful', 'that\'s really helpful', 'that\'s great thanks', 'great thanks',
            'lovely thanks', 'perfect thanks', 'cool thanks', 'okay thanks', 'okay thank you', 'alright thanks', 'nice one',
            'nice one thanks', 'brilliant thanks', 'thanks for the help', 'thank you for the help', 'thanks for your help',
          ],
        ),
      },
      {
        // The last question again about something else; never a slot alone or fillers around one.
        name: Intent.FollowUp,
        slots: [
          { name: Slot.Ingredient, type: SlotType.Ingredient },
          { name: Slot.Group, type: SlotType.Group },
        ],
        samples: samples(
          '(and|and what about|what about|how about|and how about|and for|what about for) the {ingredient} [then|please]',
          '(and|and what about|what about|how about|and how about|and for|what about for|and in) the {group} [then|please]',
          'same (question|thing) (for|about) the {ingredient}',
          'same (question|thing) (for|about) the {group}',
        ),
      },
      {
        name: Intent.More,
        ...grammar(
          [
            'more', 'say more', 'tell me more', 'what else', 'anything else', 'and the rest', 'the rest',
          ],
          [
            'more please', 'the rest please', 'keep going with the list', 'what else do I need', 'and what else',
            'more ingredients', 'the other ingredients', 'what about the rest', 'continue the list', 'the next group',
            'read the rest', 'read me the rest', 'what\'s the rest', 'give me the rest', 'the rest of the list',
            'the rest of the ingredients', 'what are the rest',
            // A step's tips, offered in a few words ("For a tip, say more.").
            'the tip', 'what\'s the tip', 'what is the tip', 'tell me the tip', 'read the tip', 'give me the tip', 'the tips',
            'tell me the tips', 'what are the tips', 'what tip', 'read me the tip',
          ],
        ),
      },
    ],
  };
}
