import { readStatement } from '../../lambda/facts/statement';
import { allSteps, porkBelly } from '../../lambda/recipe';
import { vocabularyFor } from '../../lambda/vocabulary';
import { numbersIn } from '../../lambda/vocabulary/numbers';

/**
 * The statement reader (lambda/facts/statement.ts): what a cook says at a step, read by the words it
 * shares with that step and by the kind of words it uses. Steps are found by id in the recipe data.
 */
const steps = allSteps(porkBelly);
const at = (id: string) => steps.find((s) => s.step.id === id)!;
const read = (id: string, words: string) => readStatement(vocabularyFor(), porkBelly, at(id), words);

describe('readStatement', () => {
  it('reads the step’s own action said as done, or a done word after the step’s words, as the step done', () => {
    expect(read('slice', 'sliced up')).toEqual({ kind: 'done', placed: at('slice') });
    expect(read('brush-glaze', 'i brushed')).toEqual({ kind: 'done', placed: at('brush-glaze') });
    expect(read('pat-dry', 'all nice and dry now')).toEqual({ kind: 'done', placed: at('pat-dry') });
    expect(read('take-out', 'out and oh my gosh it looks amazing')).toEqual({ kind: 'done', placed: at('take-out') });
    expect(read('blister', 'all through with that one')).toEqual({ kind: 'done', placed: at('blister') });
  });

  it('reads a statement that only names the step’s words as a cue, not a move', () => {
    expect(read('reduce-glaze', 'the simmer')).toEqual({ kind: 'cue', placed: at('reduce-glaze') });
  });

  it('reads the same words at another step as nothing to act on', () => {
    expect(read('pat-dry', 'sliced up')).toBeUndefined();
  });

  it('reads a worry as a worry, even with the step’s own words', () => {
    expect(read('pat-dry', 'still kinda wet even after i patted it')).toEqual({ kind: 'worry' });
    expect(read('slow-roast', 'starting to bubble a little already')).toEqual({ kind: 'worry' });
    expect(read('season-glaze', 'tasted the glaze and it’s a bit flat')).toEqual({ kind: 'worry' });
    expect(read('blister', 'going dark at the edges')).toEqual({ kind: 'worry' });
  });

  it('reads a skip with what the recipe allows: optional, a swap, a shortcut, the other oven setting', () => {
    expect(read('combine-glaze', 'leaving out the ginger')).toMatchObject({ kind: 'skip', to: at('reduce-glaze'), note: { kind: 'optional' } });
    expect(read('finish-glaze', 'using oil not butter')).toMatchObject({ kind: 'skip', note: { kind: 'swap', alternative: { name: 'neutral oil' } } });
    expect(read('refrigerate', 'doing the fan method instead')).toMatchObject({ kind: 'skip', note: { kind: 'shortcut' } });
    expect(read('heat-high', 'going with the broiler')).toMatchObject({ kind: 'skip', to: at('blister'), note: { kind: 'oven' } });
    expect(read('score', 'already scored from the butcher')).toMatchObject({ kind: 'skip', to: at('season-meat') });
    expect(read('score', 'already scored from the butcher')).not.toHaveProperty('note.kind');
  });

  it('skips a whole part only when the cook names the part they are in', () => {
    const after = steps.find((s) => s.phase.id !== at('rack-it').phase.id && s.index > at('rack-it').index)!;
    expect(read('rack-it', 'no time for overnight so skip the fridge part')).toMatchObject({ kind: 'skip', to: after });
    expect(read('rack-it', 'skip the fridge')).toMatchObject({ kind: 'skip', to: at('refrigerate') });
  });

  it('reads a number with a reading word, or at the thermometer step, as a reading', () => {
    expect(read('check-temp', 'a hundred and forty')).toEqual({ kind: 'reading', value: 140, unit: 'F' });
    expect(read('slow-roast', 'thermometer says sixty three')).toEqual({ kind: 'reading', value: 63, unit: 'C' });
    expect(read('check-temp', "one fifty two so we're good right what's next")).toEqual({ kind: 'reading', value: 152, unit: 'F' });
  });

  it('leaves a question to the question handlers, but not "what’s after this"', () => {
    expect(read('combine-glaze', 'leaving out the ginger is that okay')).toEqual({ kind: 'question' });
    expect(read('combine-glaze', "leaving out the ginger what's after this")).toMatchObject({ kind: 'skip' });
  });
});

describe('numbersIn', () => {
  it('reads "a hundred and ..." as a hundred and more', () => {
    expect(numbersIn('a hundred and sixty one'.split(' ')).map((n) => n.value)).toEqual([161]);
    expect(numbersIn('a hundred'.split(' ')).map((n) => n.value)).toEqual([100]);
  });
});
