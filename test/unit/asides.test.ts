import { namesDish, questionBeforeJoin, requestAfterAside, requestInAside, withoutDish } from '../../lambda/vocabulary';

/**
 * The readers of a cook making several dishes at once (lambda/vocabulary/asides.ts): the question or
 * request said after an aside about another dish, and the dish's own name, which says which clause
 * is about this recipe but not what is asked.
 */
describe('a question after an aside', () => {
  it('is the question said after the aside, without the aside’s figures', () => {
    expect(requestAfterAside("in the other oven at three fifty what does the pork need")).toEqual({
      aside: 'in the other oven at three fifty',
      request: 'what does the pork need',
    });
    expect(requestAfterAside('on one ring what heat does the glaze go on')?.request).toBe('what heat does the glaze go on');
  });

  it('starts at an asking verb only before its subject: "the potatoes are roasting" asks nothing', () => {
    expect(requestAfterAside('potatoes are roasting at two twenty could the pork go in')?.request).toBe('could the pork go in');
    expect(requestAfterAside('stuffing is in does the salt go on the skin')?.request).toBe('does the salt go on the skin');
  });

  it('of several questions, is the one that names the dish', () => {
    expect(requestAfterAside('sprouts are nearly done when do i take the pork out how long')?.request).toBe('when do i take the pork out how long');
    expect(requestAfterAside('lamb is done how do i know when the pork is ready')?.request).toBe('how do i know when the pork is ready');
  });

  it('is nothing when the words open with the question, or hold none', () => {
    expect(requestAfterAside('what do i use when the oven is full')).toBeUndefined();
    expect(requestAfterAside('the chicken is resting under foil')).toBeUndefined();
  });
});

describe('the dish’s own name', () => {
  it('is left out of a question about something else, with the word that ties it', () => {
    expect(withoutDish('what does the pork need')).toBe('what does need');
    expect(withoutDish("how do i tell the pork's done")).toBe('how do i tell done');
    expect(withoutDish('what heat for the pork')).toBe('what heat');
  });

  it('is kept when it is all the words say: then the pork is what is asked about', () => {
    expect(withoutDish('the pork belly')).toBe('the pork belly');
    expect(namesDish('how much pork belly')).toBe(false);
    expect(namesDish('is the pork ready')).toBe(true);
  });
});

describe('a request after an aside', () => {
  it('is what the cook asks the skill to do, with the words after its opening', () => {
    expect(requestInAside('carving the lamb set a timer for seven minutes for the skin')).toEqual({
      kind: 'setTimer',
      aside: 'carving the lamb',
      rest: 'for seven minutes for the skin',
    });
    expect(requestInAside('brisket skip to taking it out')).toMatchObject({ kind: 'goTo', rest: 'taking it out' });
    expect(requestInAside('boiling over give me a sec')).toMatchObject({ kind: 'hold', aside: 'boiling over' });
    expect(requestInAside('baste the chicken read that step once more')).toMatchObject({ kind: 'repeat' });
  });

  it('reads a hold or a step back said inside narration, and goes to a named step over a step back', () => {
    expect(requestInAside('doubling the glaze so hang on while i measure')).toMatchObject({ kind: 'hold', aside: 'doubling the glaze' });
    expect(requestInAside('pouring drinks can you go back one')).toMatchObject({ kind: 'back', aside: 'pouring drinks can you' });
    expect(requestInAside('two bellies so go back to the seasoning')).toMatchObject({ kind: 'goTo', rest: 'the seasoning' });
  });

  it('needs an aside before it: a request said alone is the model’s own', () => {
    expect(requestInAside('give me a sec')).toBeUndefined();
    expect(requestInAside('the chicken is resting')).toBeUndefined();
  });
});

describe('a question said before a carrier, joined to it', () => {
  it('is the words before the join ("temp and" of "temp and time")', () => {
    expect(questionBeforeJoin('temp and')).toBe('temp');
    expect(questionBeforeJoin('oven temperature plus')).toBe('oven temperature');
    expect(questionBeforeJoin('salt and pepper')).toBeUndefined();
    expect(questionBeforeJoin('and')).toBeUndefined();
  });
});
