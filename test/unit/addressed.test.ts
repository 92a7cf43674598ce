import { addressed, afterWake, requestAsked, tidiedPhrase } from '../../lambda/vocabulary';

/**
 * A couple cooking together talk to each other and to the skill in one breath (issue 11,
 * lambda/vocabulary/addressed.ts): the words before the wake word are talk to the other cook, and a
 * short clause after the request, said of or to someone else or giving a reason, asks nothing more.
 */
const read = (said: string) => addressed(said.split(' ')).join(' ');

describe('the wake word said inside a sentence', () => {
  it.each([
    // [said, the request, what was said to someone else]
    ['stop stirring a sec alexa how long does it simmer', 'how long does it simmer', 'stop stirring a sec alexa'],
    ['careful with the knife alexa how deep do we score it', 'how deep do we score it', 'careful with the knife alexa'],
    ['is it dijon or wholegrain alexa what mustard', 'what mustard', 'is it dijon or wholegrain alexa'],
    // Another wake word, and the last one said starts the request.
    ['pass the foil echo how long does it rest', 'how long does it rest', 'pass the foil echo'],
    ['alexa no alexa how long does it rest', 'how long does it rest', 'alexa no alexa'],
  ])('"%s" asks "%s"', (said, request, aside) => {
    expect(afterWake(said.split(' '))).toEqual({ request: request.split(' '), before: aside.split(' ') });
    expect(read(said)).toBe(request);
  });

  it('leaves a wake word said last, with nothing after it, to the request', () => {
    expect(afterWake('thanks alexa'.split(' '))).toEqual({ request: ['thanks', 'alexa'], before: [] });
    expect(read('how long does it rest alexa')).toBe('how long does it rest alexa');
  });
});

describe('a clause said to someone else after the request', () => {
  it.each([
    ['alexa go back she missed it', 'go back'],
    ['alexa what step are we on he\'s lost', 'what step are we on'],
    ['alexa cancel the timer we\'re eating now', 'cancel the timer'],
    ['alexa how long till we can eat she\'s starving', 'how long till we can eat'],
    ['alexa what\'s five hundred in celsius he keeps asking', 'what\'s five hundred in celsius'],
    ['alexa set a timer for fifteen minutes while it heats up', 'set a timer for fifteen minutes'],
    // Phrasings nobody wrote: other pronouns, other tails, a reason.
    ['alexa repeat that they didn\'t hear', 'repeat that'],
    ['alexa next he\'s ready', 'next'],
    ['set a timer for ten minutes because we\'re going out', 'set a timer for ten minutes'],
  ])('"%s" asks "%s"', (said, request) => {
    expect(read(said)).toBe(request);
  });

  it.each([
    // The subject is the question's own, after its verb, a joining word or a preposition.
    'how long till we can eat', 'what step are we on', 'what do we need', 'how thick should he slice it', 'tell him how to make the glaze',
    'can i make the glaze while it rests', 'how long should it rest before we eat',
    // A clause that asks something is no aside: "the pork we bought is two kilos how long".
    'the pork we bought is two kilos how long does it roast',
    // "I", "it" and "you" are the request's own.
    'how long you rest it', 'is it on or off the heat',
    // Without a wake word, a longer clause may be the question's own, its carrier said before the slot ("why ...").
    "in the world we gotta let it rest anyhow", "can't we put more baking soda",
  ])('leaves "%s" whole', (said) => {
    expect(read(said)).toBe(said);
  });
});

describe('read from a slot, as every handler reads the cook\'s own words', () => {
  it('takes the talk off before the other readers see the words', () => {
    expect(tidiedPhrase('back alexa resume the timer')).toBe('resume the timer');
    expect(tidiedPhrase('till we can eat she\'s starving')).toBe('till we can eat');
    expect(requestAsked('the top we\'re doing another one')).toEqual({ kind: 'start-over' });
    expect(requestAsked('washed up where was i')).toEqual({ kind: 'where' });
  });

  it('reads Northern English words as the recipe\'s', () => {
    expect(tidiedPhrase('have i to dry the meat an all or just the skin')).toBe('do i have to dry the meat as well or just the skin');
  });
});
