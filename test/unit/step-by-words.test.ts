import { allSteps, firstStepOfPhase, porkBelly } from '../../lambda/recipe';
import { placeFromWords } from '../../lambda/handlers/step-by-words';
import { actionStems, stem, vocabularyFor } from '../../lambda/vocabulary';

/** The index of the one step whose text says these words, from the recipe data. */
function says(text: string): number {
  const found = allSteps(porkBelly).filter((p) => p.step.text.toLowerCase().includes(text.toLowerCase()));
  if (found.length !== 1) throw new Error(`${found.length} steps say "${text}"`);
  return found[0]!.index;
}
const part = (n: number) => firstStepOfPhase(porkBelly, porkBelly.phases[n - 1]!.id)!;
const at = (id: string) => firstStepOfPhase(porkBelly, id)!;

describe('placeFromWords: a step or part in the cook’s own words', () => {
  it.each([
    ['the preheating step', 3, 'Preheat the oven'],
    ['the bit about the foil', 20, 'Tent loosely with foil'],
    ['whisking the butter in', 5, 'whisk in the butter'],
    ['rubbing oil on the meat side', 9, 'Rub the meat side'],
    ['the pairing one', 3, 'Serve with'],
  ])('"%s" (from step index %i) is the step that says "%s"', (words, from, text) => {
    expect(placeFromWords(porkBelly, words, from)).toBe(says(text));
  });

  it('a printed part by its number, with or without words about one of its steps', () => {
    expect(placeFromWords(porkBelly, 'the start of section two', 0)).toBe(part(2));
    expect(placeFromWords(porkBelly, 'the bit in section five about the butter', 0)).toBe(says('whisk in the butter'));
  });

  it('a part by its name is its first step; said with "step", the step that fits', () => {
    expect(placeFromWords(porkBelly, 'the drying section', 0)).toBe(at('dry'));
    expect(placeFromWords(porkBelly, 'the glaze', 0)).toBe(at('glaze'));
    expect(placeFromWords(porkBelly, 'slice and serve', 20)).toBe(at('serve'));
    expect(placeFromWords(porkBelly, 'the seasoning step', 6)).toBe(says('Season the meat side'));
  });

  it('two steps that fit as well: the one nearer the cook, the earlier on a tie', () => {
    // "the oven": the preheat and the hot finish both say it.
    expect(placeFromWords(porkBelly, 'the oven', says('Place the pork belly skin-side up on a rack in a roasting pan'))).toBe(says('Preheat the oven'));
    expect(placeFromWords(porkBelly, 'the oven', says('Remove the pork when'))).toBe(says('Increase the oven temperature'));
  });

  it.each([
    // [the cook's words, the cook's step index, the text of the step whose action they say]
    ['it goes in the fridge', 1, 'Refrigerate uncovered'],
    ['you turn the oven right up', 4, 'Increase the oven temperature'],
    ['you crank the heat up', 22, 'Increase the oven temperature'],
    ['i put it in the tin', 15, 'in a roasting pan'],
    ['i switch the oven on', 20, 'Preheat the oven'],
    // "put" is the pork placed somewhere; what else is put on is the step that puts it on.
    ['i put the baking soda on', 23, 'Sprinkle the mix evenly'],
  ])('"%s" (from step index %i) names the step by what it does: "%s"', (words, from, text) => {
    expect(placeFromWords(porkBelly, words, from)).toBe(says(text));
  });

  it('words that name no step or part find nothing', () => {
    expect(placeFromWords(porkBelly, 'the capital of peru', 4)).toBeUndefined();
    expect(placeFromWords(porkBelly, 'section nine', 4)).toBeUndefined();
  });
});

describe('actionStems: what a step does, in the cook’s words', () => {
  const v = vocabularyFor();
  it.each([
    ['turn the oven right up', ['increase']],
    ['put it in the fridge', ['refrigerate', 'place']],
    ['the hot one', ['increase']],
    ['turn it up and down', ['increase']],
    ['crank the heat up', ['increase']],
  ])('"%s" says %j', (words, verbs) => {
    expect(actionStems(v, words).sort()).toEqual(verbs.map((w) => stem(w)).sort());
  });

  it('words that say no action say none, and words far apart are no phrase', () => {
    expect(actionStems(v, 'the capital of peru')).toEqual([]);
    expect(actionStems(v, 'turn to the next page of the book then up')).toEqual([]);
  });
});
