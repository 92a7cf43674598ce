import { allSteps, firstStepOfPhase, porkBelly } from '../../lambda/recipe';
import { placeFromWords } from '../../lambda/handlers/step-by-words';

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

  it('words that name no step or part find nothing', () => {
    expect(placeFromWords(porkBelly, 'the capital of peru', 4)).toBeUndefined();
    expect(placeFromWords(porkBelly, 'section nine', 4)).toBeUndefined();
  });
});
