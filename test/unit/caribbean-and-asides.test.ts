import { meant, requestAsked, tidiedPhrase } from '../../lambda/vocabulary';

/**
 * Jamaican and Trinidadian English read as English (lambda/vocabulary/en/caribbean.ts, through
 * pidgin.ts), the particles and words of Filipino English (en/tidy.ts), and a pet name or "no not
 * you" said to a child or a partner inside a request (en/addressed.ts): each read as the English
 * the skill's readers know, and ordinary English that shares their letters left as said. The
 * phrasings are this file's own, not a held-out list's.
 */
describe('Jamaican and Trinidadian English', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ['mek we go pon di next one', 'let us go on the next one'],
    ['mek mi see di glaze', 'let me see the glaze'],
    ['tek mi to di part weh yuh rest it', 'take me to the part where you rest it'],
    ['which part mi deh pon', 'which part i am on'],
    ['how long mi fi leave it inna di fridge', 'how long should i leave it in the fridge'],
    ['yuh want mi fi cover it', 'you want me to cover it'],
    ['mi nuh have no foil', "i don't have no foil"],
    ['mi cyan put it pon a plate instead a di rack', 'can i put it on a plate instead of the rack'],
    ['time leff pon di timer', 'time left on the timer'],
    ['di likkle bit a salt', 'the little bit a salt'],
    ['tek it out a di fridge', 'take it out of the fridge'],
    ['wah fi do wid dis', 'what to do with this'],
    ['dat ting look burn', 'that thing look burn'],
    // "fi" is "for" before what it is for, "to" before a verb; "nuh" and "fi mi" said last only soften the request.
    ['set a timer fi ten minutes nuh', 'set a timer for ten minutes'],
    ['wah mi need fi buy', 'what i need to buy'],
    ['read it again fi mi', 'read it again'],
    ['eh eh di skin a pop', 'the skin a pop'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it.each([
    // English that shares the letters is left as said: "dish", "dates", "demerara", "fine", "ding", "pond", "deep".
    'is the dish deep enough', 'what dates does it keep', 'can i use demerara sugar', 'fine sea salt', 'the oven went ding',
    'how deep do i score it', 'the meat is done', 'what do i do with the ends', 'i need a minute', 'can you read me step five',
    'can i take it out a few minutes early', 'is the pan full a bit',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said);
  });

  it('reads a request said in Jamaican English as the request', () => {
    expect(requestAsked('mek we start nuh')).toEqual({ kind: 'start-over' });
    expect(requestAsked('say dat again fi mi')).toEqual({ kind: 'repeat' });
    expect(requestAsked('wah step mi deh pon now')).toEqual({ kind: 'where' });
    expect(requestAsked('how much time leff pon di timer')).toEqual({ kind: 'time-left' });
    expect(requestAsked('put a timer fi twenty minutes nuh')).toEqual({ kind: 'timer', length: 'twenty minutes' });
    expect(requestAsked('stop di timer it done')).toEqual({ kind: 'cancel-timer' });
    // After the carrier "wah" (what) took its word.
    expect(requestAsked('mi need fi mek dis pork belly')).toEqual({ kind: 'ingredients' });
  });
});

describe('Filipino English', () => {
  it.each([
    ['the kosher salt and the sea salt same ba', 'the kosher salt and the sea salt same'],
    ['can i leave it in the ref overnight', 'can i leave it in the fridge overnight'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it('reads "remove the timer" as cancelling it, and "don\'t stop the timer" as no request', () => {
    expect(requestAsked('okay remove the timer')).toEqual({ kind: 'cancel-timer' });
    expect(requestAsked("don't stop the timer")).toBeUndefined();
  });
});

describe('talk to a child or a partner inside a request', () => {
  it.each([
    ['what goes in the glaze hon', 'what goes in the glaze'],
    ['how long sweetie does it rest', 'how long does it rest'],
    ['darling is it two seventy five', 'is it two seventy five'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it('leaves "honey", which may be the glaze\'s, as said', () => {
    expect(tidiedPhrase('can i use honey instead of maple syrup')).toBe('can i use honey instead of maple syrup');
  });

  it('takes "no not you" as turning back to the skill, not as a correction', () => {
    expect(meant('pause the timer no not you sweetie pause it').corrected).toBe(false);
    expect(requestAsked('cancel the timer the pork is out no not you cancel it')).toEqual({ kind: 'cancel-timer' });
    // A real correction still corrects.
    expect(meant('the rest timer no the glaze one').words).toBe('the glaze one');
  });
});
