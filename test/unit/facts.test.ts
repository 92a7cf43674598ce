import { convertTemperature, factIndex, gasMark, numbersIn, type Fact } from '../../lambda/facts';
import { allSteps, porkBelly, type PlacedStep } from '../../lambda/recipe';
import { vocabularyFor, wordsOf, type Want } from '../../lambda/vocabulary';

/**
 * The fact index behind open questions (lambda/facts): a question's content words find the fact
 * the recipe gives, through other kitchens' words and stems, weighed by what the question wants
 * and the cook's place; numbers are read as said; temperatures convert to the recipe's figures.
 */
const index = factIndex(vocabularyFor(), porkBelly);
const at = (id: string): PlacedStep => allSteps(porkBelly).find((s) => s.step.id === id)!;

/** The best fact for a question, as "kind:id". */
function best(query: string, where?: string, primary?: Want): string {
  const wants = index.wants(query);
  const top = index.rank(query, wants, where ? at(where) : undefined, primary)[0]?.fact;
  return top ? named(top) : 'none';
}

function named(fact: Fact): string {
  switch (fact.kind) {
    case 'sentence':
    case 'wait':
    case 'inside':
      return `${fact.kind}:${fact.placed.step.id}`;
    case 'ingredient':
      return `ingredient:${fact.ingredient.id}`;
    case 'equipment':
      return `equipment:${fact.equipment.id}`;
    case 'oven':
      return `oven:${fact.setting.placed.phase.id}`;
    case 'reason':
      return `reason:${fact.reason.id}`;
    case 'problem':
      return `problem:${fact.entry.id}`;
    case 'variation':
      return `variation:${fact.variation.id}`;
    default:
      return fact.kind;
  }
}

describe('the fact index', () => {
  it('finds the fact a question’s words name, through other kitchens’ words', () => {
    expect(best('how much bicarb')).toBe('ingredient:baking-soda');
    expect(best('what veggies go with it')).toBe('pairing');
    // "why {query}" sends the words after "why"; the intent says a reason is wanted.
    expect(best('dry the rind overnight', undefined, 'reason')).toBe('reason:why-dry');
  });

  it('weighs facts of the kind the question wants up', () => {
    expect(index.wants('how much oil')).toContain('amount');
    expect(index.wants('is the butter compulsory')).toContain('need');
    expect(best('is the butter compulsory')).toBe('ingredient:butter');
    expect(best('what can i use instead of tamari')).toBe('ingredient:soy-sauce');
  });

  it('weighs the cook’s own step and phase up', () => {
    expect(best('what temperature', 'preheat-low')).toBe('oven:roast');
    expect(best('what temperature', 'heat-high')).toBe('oven:finish');
  });

  it('finds nothing for words about nothing in the recipe', () => {
    expect(best('the capital of peru')).toBe('none');
  });
});

describe('numbers as a cook says them', () => {
  it.each([
    ['two seventy five', 275], ['one forty', 140], ['one fifty five', 155], ['five hundred', 500], ['one point eight', 1.8],
    ['three and a half', 3.5], ['forty five', 45], ['275', 275], ['1.8', 1.8],
  ])('"%s" is %d', (said, value) => {
    expect(numbersIn(wordsOf(said)).map((n) => n.value)).toEqual([value]);
  });
});

describe('temperature conversions', () => {
  it('give the recipe’s own figure for one of its temperatures, else the arithmetic to 5 degrees', () => {
    expect(convertTemperature(porkBelly, 275, 'F')).toBe(135);
    expect(convertTemperature(porkBelly, 135, 'C')).toBe(275);
    expect(convertTemperature(porkBelly, 350, 'F')).toBe(175);
  });

  it('give the nearest gas mark, and say when a figure is past the hottest', () => {
    expect(gasMark(275)).toEqual({ mark: 1, over: false });
    expect(gasMark(350)).toEqual({ mark: 4, over: false });
    expect(gasMark(500)).toEqual({ mark: 9, over: true });
  });
});
