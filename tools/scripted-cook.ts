/**
 * A scripted cook who walks the whole recipe over two sessions and asks what issue 12's cooks
 * asked: amounts at their step, "how hot" and "how long now", follow-ups, repeats, misses, help,
 * hold on, troubleshooting. Used by `npm run talk-length` and by its test
 * (test/conversation/talk-length.test.ts), so the README's figures come from the turns a test checks.
 */

/** One thing the cook says; `list` marks a list the cook asked for (its length is theirs to ask). */
export interface ScriptTurn {
  readonly say: string;
  readonly list?: boolean;
}

const t = (say: string): ScriptTurn => ({ say });
const list = (say: string): ScriptTurn => ({ say, list: true });

/** Day one: from opening the skill to the skin in the fridge. */
export const DAY_ONE: readonly ScriptTurn[] = [
  t('open crispy pork belly'),
  list('what equipment do I need'),
  list('say that again'),
  t('yes'),
  list('the ingredients first'),
  list('more'),
  t('let\'s go'),
  t('how much pork belly'),
  t('next'),
  t('next'),
  t('how do I score the skin'),
  t('what was that'),
  t('next'),
  t('how much salt'),
  t('how much pepper'),
  t('and the glaze'),
  t('next'),
  t('how much oil'),
  t('repeat'),
  t('next'),
  t('how much salt'),
  t('how much baking soda'),
  t('hold on'),
  t('next'),
  t('how much oil'),
  t('what\'s that in grams'),
  t('next'),
  t('next'),
  t('why dry the skin'),
  t('I\'m short on time'),
  t('no'),
  t('stop'),
];

/** Day two: back after the drying, to the last slice. */
export const DAY_TWO: readonly ScriptTurn[] = [
  t('open crispy pork belly'),
  t('yes'),
  t('how long'),
  t('next'),
  t('how hot'),
  t('what\'s that in celsius'),
  t('next'),
  t('next'),
  t('how long now'),
  t('what do I do while it roasts'),
  t('is it done'),
  t('help'),
  t('flibbertigibbet'),
  t('zorp zorp'),
  t('next'),
  t('what should it read inside'),
  t('and in celsius'),
  t('next'),
  t('how far from the broiler'),
  t('next'),
  t('the skin is still wet'),
  t('the skin didn\'t puff'),
  t('yes'),
  t('yes'),
  t('the skin is burning'),
  t('next'),
  t('is it done'),
  t('next'),
  t('what do I do while it rests'),
  t('how hot'),
  t('next'),
  t('how do I make the glaze'),
  t('next'),
  t('how long'),
  t('next'),
  t('next'),
  t('how much salt'),
  t('and the pepper'),
  t('next'),
  t('when do I put the glaze on'),
  t('more'),
  t('more'),
  t('what do I do with the glaze'),
  t('next'),
  t('how thick do I slice it'),
  t('next'),
  t('what should I serve with it'),
  t('next'),
  t('blah blah'),
];
