/**
 * What a cook says for what a step does (issue 11): "where it goes in the fridge" is the step that
 * says refrigerate, "where you turn the oven right up" the one that says increase, "where I put it
 * in the tin" one that says place. Each group's first word is the verb as the recipe's text says it;
 * the rest is a regular expression over the cook's words joined by spaces, whole words, which may
 * leave words between ("turn the oven right up" is "turn ... up"). Read by lambda/vocabulary/words.ts
 * (actionStems) when a step is named by what happens in it (handlers/step-by-words.ts).
 */
export const ACTION_WORDS: readonly (readonly [string, string])[] = [
  ['refrigerate', 'in(to)? the fridge|chill'],
  ['increase', "(turn|crank|whack)( [\\w']+){0,3} up|raise|hotter|hot one"],
  // The pork put somewhere ("where i put it in the tin"); "put the baking soda on" puts on what the rub step rubs.
  ['place', '(put|lay|sit|pop) (it|the (pork|belly|meat))'],
  ['preheat', 'heat up|(turn|switch)( [\\w]+){0,2} on'],
  ['reduce', 'thicken|boil down'],
  ['remove', 'out of the oven'],
  ['tent', 'cover'],
  ['combine', 'mix'],
  ['serve', 'suggestions|goes with'],
  ['rotate', 'turn the pan'],
];
