import { clauses } from '../../tools/clause-match';

describe('a request said as one clause of a longer sentence', () => {
  it('offers the clauses that open or end the sentence, longest first, opening first on a tie', () => {
    expect(clauses('set a timer for five minutes just to be safe').slice(0, 3)).toEqual([
      { request: 'set a timer for five minutes just to be', aside: 'safe' },
      { request: 'a timer for five minutes just to be safe', aside: 'set' },
      { request: 'set a timer for five minutes just to', aside: 'be safe' },
    ]);
    expect(clauses('set a timer for five minutes just to be safe')).toContainEqual({ request: 'set a timer for five minutes', aside: 'just to be safe' });
    expect(clauses('it says six to twelve minutes start a timer')).toContainEqual({ request: 'start a timer', aside: 'it says six to twelve minutes' });
  });

  it('never offers a clause of fewer than two words that are not fillers', () => {
    const requests = clauses('okay so um thanks next please').map((c) => c.request);
    expect(requests).toEqual([]);
    expect(clauses('i think that is it next').map((c) => c.request)).not.toContain('next');
  });

  it('offers no closing clause after a negation, nor a clause that starts with one', () => {
    const requests = clauses('please do not go to the next step').map((c) => c.request);
    expect(requests).not.toContain('go to the next step');
    expect(requests).not.toContain('not go to the next step');
    expect(clauses("i don't want to cancel the timer").map((c) => c.request)).not.toContain('cancel the timer');
    expect(clauses("i don't really want to cancel the timer").map((c) => c.request)).not.toContain('cancel the timer');
    // Even further back: a negation may turn round what follows, so none is taken after one.
    expect(clauses("i don't have much time left so please cancel the timer").map((c) => c.request)).not.toContain('cancel the timer');
  });

  it('offers no opening clause the cook took back: the words before a correction are not what was asked', () => {
    const requests = clauses('how much pepper sorry i mean how much salt').map((c) => c.request);
    expect(requests).not.toContain('how much pepper');
    expect(requests).toContain('how much salt');
    expect(clauses('how much salt no oil how much oil').map((c) => c.request)).not.toContain('how much salt');
    // A "no" that belongs to the sentence takes nothing back.
    expect(clauses('i have no vinegar what do i use').map((c) => c.request)).toContain('i have no vinegar');
  });

  it('offers no clause of a sentence that asks two questions: neither half is said aside', () => {
    expect(clauses('how much sea salt and how much baking soda')).toEqual([]);
    expect(clauses('what temperature and how long does the roast take')).toEqual([]);
    expect(clauses('set a timer for five minutes and then go to the next step').length).toBeGreaterThan(0);
  });
});
