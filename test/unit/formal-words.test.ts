import { factIndex, type Fact } from '../../lambda/facts';
import { allSteps, porkBelly } from '../../lambda/recipe';
import { contentStems, vocabularyFor } from '../../lambda/vocabulary';

/**
 * The technical register's words as the fact index reads them (issue 11, list E): the words that
 * ask for a reason, a length, a technique or an amount; the qualifiers that name nothing
 * ("specified", "recommended", "expressed in"); and of two neighbouring sentences that share a
 * question's words, the one that says them itself.
 */
const vocabulary = vocabularyFor();
const index = factIndex(vocabulary, porkBelly);
const at = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
const textOf = (fact: Fact | undefined) => (fact?.kind === 'sentence' ? fact.text : fact?.kind);

describe('what the technical register asks', () => {
  it.each([
    ['objective of the low temperature phase', 'reason'],
    ['function does the ten minute rest serve', 'reason'],
    ['rationale behind the high heat', 'reason'],
    ['permissible duration of the glaze', 'time'],
    ['recommended cutting technique', 'how'],
    ['ratio of fine sea salt to baking soda', 'amount'],
    ['preheat setpoint', 'temperature'],
  ])('"%s" asks first for a %s', (words, want) => {
    expect(index.asks(words)[0]).toBe(want);
  });

  it('a question that says why asks for a reason before the temperature a phase is named by', () => {
    expect(index.asks('the purpose of the low temperature roast')).toEqual(['reason', 'temperature']);
  });

  it('the register’s qualifiers name nothing', () => {
    expect(contentStems(vocabulary, 'the specified recommended permissible range expressed precisely')).toEqual([]);
  });

  it('setpoint, interval and element are the recipe’s temperature, apart and broiler', () => {
    expect(contentStems(vocabulary, 'setpoint interval element')).toEqual(contentStems(vocabulary, 'temperature apart broiler'));
  });
});

describe('neighbouring sentences', () => {
  it('of two sentences sharing the question’s words through their step, the one that says them wins', () => {
    const high = at('heat-high');
    const top = index.rank('the distance between the rack and the broiler element', [], high)[0]?.fact;
    const own = high.step.text.split(/(?<=[.!?])\s+(?=[A-Z])/).find((s) => s.includes('rack'));
    expect(textOf(top)).toBe(own);
  });
});
