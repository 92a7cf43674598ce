import { namesDish, questionAtEnd, questionBeforeJoin, requestAfterAside, requestInAside, withoutDish } from '../../lambda/vocabulary';

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

/**
 * A long sentence of narration or reasons with its question at the end (issue 11): the first question
 * after the last word that turns from telling to asking ("so", "but", "tell me", "what i'm asking is").
 */
describe('a question at the end of a ramble', () => {
  it('is the question after the last turn, not one the narration holds', () => {
    expect(questionAtEnd("my sister swears baking soda is what makes it crispy but i've heard it tastes weird so i guess what i'm asking is how much do i put on")).toEqual({
      aside: "my sister swears baking soda is what makes it crispy but i've heard it tastes weird so i guess what i'm asking is",
      request: 'how much do i put on',
    });
    expect(questionAtEnd('going to watch the match and i was wondering if you could tell me how long this needs in there')?.request).toBe('how long this needs in there');
  });

  it('keeps the question’s own inner question words ("what it looks like when it’s done")', () => {
    expect(questionAtEnd("got it bubbling away and it smells lovely but i'm not sure what it should look like when it's done")?.request).toBe(
      "what it should look like when it's done",
    );
  });

  it('takes a yes-or-no question only by its asking verb before a subject', () => {
    expect(questionAtEnd('forgot to start this last night and guests come at six so is there a quicker way')?.request).toBe('is there a quicker way');
  });

  it('is nothing after a short statement, or with no question after a turn', () => {
    expect(questionAtEnd("the skin didn't crackle what did i do wrong")).toBeUndefined();
    expect(questionAtEnd("it's in the fridge and i'm off to bed so goodnight")).toBeUndefined();
  });
});

describe('a move at the end of a ramble', () => {
  it('is the move, whatever the narration before it', () => {
    expect(requestInAside("whisked it in and it's all shiny now so what's the one after that")?.kind).toBe('next');
    expect(requestInAside("it's going in the fridge till tomorrow so i guess just stop for now")?.kind).toBe('stop');
    expect(requestInAside('need to grab something from the garage so can you just hold on')?.kind).toBe('hold');
    expect(requestInAside('it came out fine before so give me five minutes on a timer')).toEqual({ kind: 'setTimer', aside: 'it came out fine before so', rest: 'five minutes on a timer' });
  });
});
