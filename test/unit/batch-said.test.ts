import { porkBelly } from '../../lambda/recipe';
import { batchSaid } from '../../lambda/vocabulary';

/** The reader of a factor said in words and the part it scales (lambda/vocabulary/batch.ts). */
describe('batchSaid', () => {
  it.each([
    ["i'm halving the glaze", { factor: 0.5, part: 'glaze' }],
    ['doubled rub', { factor: 2, part: 'rub' }],
    ['a double glaze', { factor: 2, part: 'glaze' }],
    ['half batch of glaze', { factor: 0.5, part: 'glaze' }],
    ['triple batch of glaze for a crowd', { factor: 3, part: 'glaze' }],
    ['if i double it', { factor: 2 }],
    ['half batch', { factor: 0.5 }],
    ['twice as much pork', { factor: 2, part: 'main' }],
    ['two bellies side by side', { factor: 2, part: 'main', pieces: true }],
    ['three slabs', { factor: 3, part: 'main', pieces: true }],
    ['half the size', { factor: 0.5, part: 'main' }],
    ['half size piece', { factor: 0.5, part: 'main' }],
    ['we are tripling the whole recipe', { factor: 3 }],
  ])('"%s"', (words, expected) => {
    expect(batchSaid(porkBelly, words)).toEqual(expected);
  });

  it.each(['half a teaspoon', 'a kilo and a half', 'let me double check', 'twice a day', 'two teaspoons', 'half an hour'])('"%s" scales nothing', (words) => {
    expect(batchSaid(porkBelly, words)).toBeUndefined();
  });
});
