import { meant, requestAsked, tidiedPhrase } from '../../lambda/vocabulary';
import { wordsToNumber } from '../../tools/spoken-values';

/**
 * The cook's own words with what asks nothing taken off (lambda/vocabulary/tidy.ts): tags and
 * particles said last, a sentence cut off, a stutter, another English's word for the recipe's;
 * a restart after "sorry" (corrections.ts); and a request put as a question (requests.ts).
 */
describe('tags, particles and cut-off ends', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ['must score the skin is it', 'must score the skin'],
    ['one teaspoon oil only is it', 'one teaspoon oil only'],
    ['the fine sea salt how much ah', 'the fine sea salt how much'],
    ['no time to keep overnight lah', 'no time to keep overnight'],
    ['can start from beginning again or not', 'can start from beginning again'],
    ['the glaze thick enough already or not lah', 'the glaze thick enough already'],
    ['the oven hot enough isn\'t it', 'the oven hot enough'],
    ['left on the', 'left'],
    ['oven again is it two seventy or', 'oven again is it two seventy'],
    ['the butter on the heat or off the', 'the butter on the heat'],
    ['how long in the', 'how long'],
    ['what did you what did you say', 'what did you say'],
    ['is the um the first roast', 'is the first roast'],
    ['kindly tell me what all is going in the glaze', 'tell me what is going in the glaze'],
    ['time is balance in the timer', 'time is left in the timer'],
    // A guess put to be confirmed, its tag said last.
    ['it goes in the fridge uncovered innit', 'it goes in the fridge uncovered'],
    ['ten minutes under the grill sound about right', 'ten minutes under the grill'],
    ['two seventy five correct', 'two seventy five'],
    // A tag or an article after "or", read off before the "or".
    ['is one fifty five too high or is that okay', 'is one fifty five too high'],
    ['the skin side up or the', 'the skin side up'],
    ['so it roasts two hours or is it', 'so it roasts two hours'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it.each([
    // Words whose last word belongs to the question: nothing is taken off.
    'brush it on', 'turn it off', 'do i flip it over', 'how much salt', 'is it', 'a', 'salt or not',
    // A word said three times or more is what was said, not a stutter.
    'banana banana banana banana',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said === 'salt or not' ? 'salt' : said);
  });
});

describe('backchannel said to someone else on the phone', () => {
  it.each([
    ['should the inside be sorry go on', 'should the inside be'],
    ['mm hmm uh huh what do i rub it in with', 'what do i rub it in with'],
    ['long does it sit out one sec', 'long does it sit out'],
    ['know the glaze is done hold on', 'know the glaze is done'],
    ['sorry one sec left on that', 'left on that'],
    // Two read off one after the other, as the cook said them.
    ['hold on babe how long does it rest', 'how long does it rest'],
    ['how long does it rest sorry hon', 'how long does it rest'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(meant(said).words)).toBe(read);
  });

  it('still hears a correction after "sorry"', () => {
    expect(meant('how much pepper sorry go on salt').corrected).toBe(true);
    expect(meant('how much pepper sorry salt').words).toBe('salt');
  });
});

describe('a question started again after "sorry"', () => {
  it.each([
    ['let it bubble sorry how long', 'let it bubble'],
    ['the glaze sorry what was it again', 'the glaze'],
  ])('"%s" asks about "%s": nothing new was said after it', (said, words) => {
    expect(meant(said)).toEqual({ words, corrected: false, takenBack: '' });
  });

  it('still takes back what a new question replaces: "how hot sorry how long does it roast"', () => {
    expect(meant('is the oven sorry how long does it roast')).toEqual(expect.objectContaining({ words: 'how long does it roast', corrected: true }));
  });

  it('hears "sorry i missed the" as an excuse, not what was meant', () => {
    expect(meant('fridge sorry i missed the').words).toBe('fridge');
  });
});

describe('a request put as a question', () => {
  it.each([
    ['can start from beginning again or not', { kind: 'start-over' }],
    ['could we begin again from the top', undefined],
    ['can begin over', { kind: 'start-over' }],
    ['start from the very beginning', { kind: 'start-over' }],
    ['what did you what did you say', { kind: 'repeat' }],
    ['say that again', { kind: 'repeat' }],
    ['left on the', { kind: 'time-left' }],
    ['time is balance in the timer', { kind: 'time-left' }],
    ['can put timer for six minutes or not', { kind: 'timer', length: 'six minutes' }],
    ['now can set a timer for ten minutes ah', { kind: 'timer', length: 'ten minutes' }],
    // Questions about a request are not the request.
    ['can i put the timer on before the oven is hot', undefined],
    ['start the glaze while it rests', undefined],
    ['what did you say the oven should be', undefined],
  ])('"%s" is %j', (said, request) => {
    expect(requestAsked(said)).toEqual(request);
  });
});

describe('a number said as Alexa reads it (tools/spoken-values.ts)', () => {
  it.each([
    ['one forty five', 145],
    ['one fifty five', 155],
    ['two seventy', 270],
    ['two seventy five', 275],
    ['one thirteen', 113],
    ['forty five', 45],
    ['one hundred and five', 105],
    ['a hundred', 100],
    ['five', 5],
  ])('"%s" is %d', (said, n) => {
    expect(wordsToNumber(said)).toBe(n);
  });
});

describe('Nigerian Pidgin read as English (pidgin.ts)', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ['abeg repeat am', 'repeat it'],
    ['which step i dey now', 'which step i am now'],
    ['the skin no dey puff', 'the skin is not puff'],
    ['i no get apple cider vinegar', "i don't have apple cider vinegar"],
    ['wetin i fit use', 'what can i use'],
    ['how i go slice am', 'how should i slice it'],
    ['how long e go stay inside the oven', 'how long will it stay inside the oven'],
    ['i don come back where we reach', 'i have come back where were we'],
    ['the skin still get small hair', 'the skin still has small hair'],
    ['the timer remain', 'the timer left'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it.each([
    // English that shares Pidgin's words is left as said: "am" as a verb or a clock time, "go" as moving.
    'what step am i on', 'where am i', 'i am done', 'dinner at seven am', 'can i go back', 'i go to step five', 'where do i go from here', 'can i go get the foil', 'is it done',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said);
  });

  it('a Pidgin "no" is a negation, not a correction; the request inside is still read', () => {
    expect(meant('i no get butter wetin i fit use')).toMatchObject({ corrected: false });
    expect(requestAsked('abeg repeat am')).toEqual({ kind: 'repeat' });
    expect(requestAsked('which step i dey now')).toEqual({ kind: 'where' });
    expect(requestAsked('off the timer abeg')).toEqual({ kind: 'cancel-timer' });
    expect(requestAsked('come back where we reach')).toEqual({ kind: 'where' });
    expect(requestAsked('finish this one wetin next')).toEqual({ kind: 'next' });
  });
});

describe('clipped American and South African English read as English (en/spoken.ts)', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ["it gotta roast for", 'it have to roast for'],
    ['lemme get the baking soda amount', 'let me get the baking soda amount'],
    ['gimme the glaze stuff', 'give me the glaze stuff'],
    ['whaddya need for this', 'what do you need for this'],
    ['preheatin the oven', 'preheating the oven'],
    ['how thick am i cuttin these', 'how thick am i cutting these'],
    ['what must i do', 'what should i do'],
    ['both sides i must dry', 'both sides i should dry'],
    ['ja how long does it rest', 'how long does it rest'],
    ['eish the skin is burning', 'the skin is burning'],
    ["i'll use my sufuria for the glaze", "i'll use my saucepan for the glaze"],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it.each([
    // Words that end in "in" are not a dropped g; a word that only holds "ja" or "must" is not changed.
    'within the hour', 'a pumpkin or a raisin', 'the skin', 'begin again', 'i must have missed it', 'the jam jar',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said);
  });
});

describe('hesitations wherever they fall', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ["what's the um last step", "what's the last step"],
    ['where was i um', 'where was i'],
    ['how long is uh how much is left on the', 'how much is left'],
    ['the um the meat be in celsius', 'the meat be in celsius'],
    ['season the glaze with the er', 'season the glaze'],
    ['for the er for the grill', 'for the grill'],
    ['set a um a timer for uh eight minutes', 'set a timer for eight minutes'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it('leaves a hesitation said alone as it was', () => {
    expect(tidiedPhrase('um')).toBe('um');
  });
});

describe('the time left and the first thing, asked as questions', () => {
  it.each(['the timer remain', 'timer left', 'till the roast timer goes off', 'until the timer rings'])('"%s" asks the time left', (said) => {
    expect(requestAsked(said)).toEqual({ kind: 'time-left' });
  });

  it.each(['first thing i do', 'the very first thing to do'])('"%s" asks for the first step', (said) => {
    expect(requestAsked(said)).toEqual({ kind: 'first' });
  });

  it.each(['the first step', 'how long the timer', 'the timer'])('"%s" is no such request', (said) => {
    expect(requestAsked(said)?.kind).not.toBe('time-left');
    expect(requestAsked(said)?.kind).not.toBe('first');
  });
});

describe('the over-polite frame read as English (en/formal.ts)', () => {
  it.each([
    // [what a slot carried, what the skill reads]
    ['please inform me which step i am currently on', 'which step i am on'],
    ['would you be so kind as to explain the purpose of the remaining oil', 'the purpose of the remaining oil'],
    ['i would like to know whether the pork should be covered in the refrigerator', 'whether the pork should be covered in the refrigerator'],
    ['i would be grateful to know what colour the skin ought to become', 'what colour the skin should become'],
    ['kindly remind me why the pork comes out of the refrigerator in advance', 'why the pork comes out of the refrigerator'],
    ['would you kindly tell me what equipment i shall require', 'what equipment do i need'],
    ['what equipment i shall require', 'what equipment do i need'],
    ['please inform me of the weight of pork belly required', 'how much pork belly required'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it('a request inside the frame is the request', () => {
    expect(requestAsked('please inform me which step i am currently on')).toEqual({ kind: 'where' });
    expect(requestAsked('would you kindly tell me what equipment i shall require')).toEqual({ kind: 'equipment' });
    expect(requestAsked('please inform me how much time remains')).toEqual({ kind: 'time-left' });
  });
});

describe('ordinary English that shares these words is read as said', () => {
  it.each([
    'how long do i take it out of the fridge for', 'what should i do now', 'i want to know how much salt', 'what is the final step about',
    'no not yet', 'how much oil do i use', 'is one enough', 'what can i use instead of butter', 'why do i take it out early',
    'can i take the pork out now', 'tell me the next step', 'how do i know it is done', 'i got it', 'what did i get wrong',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said);
  });
});

describe('slang and regional fillers (issue 11)', () => {
  it.each([
    ['how much baking soda like exactly', 'how much baking soda'],
    ['start this like the day before fr', 'start this like the day before'],
    ['extra baking soda for extra crunch no cap', 'extra baking soda for extra crunch'],
    ['do i gotta pat it dry tho', 'do i have to pat it dry'],
    ['ope real quick what kind of oil', 'what kind of oil'],
    ['lowkey the skin didn\'t get crispy', 'the skin didn\'t get crispy'],
    ['well howdy what all goes in the rub', 'what goes in the rub'],
    ['you betcha how much oil', 'how much oil'],
    ['ngl go scroll for a bit', 'go scroll for a bit'],
    ['plain ol\' soy sauce', 'plain soy sauce'],
    ['what\'d you say the oven goes to', 'what did you say the oven goes to'],
    ['what\'s the low and slow doin\' to the belly', 'what\'s the low and slow doing to the belly'],
  ])('"%s" is read as "%s"', (said, read) => {
    expect(tidiedPhrase(said)).toBe(read);
  });

  it.each([
    // A slang word is read off only at the ends: inside, the words are the cook's.
    'is the real maple syrup better', 'how long does it rest', 'the oven', 'fresh ginger',
  ])('leaves "%s" as said', (said) => {
    expect(tidiedPhrase(said)).toBe(said);
  });
});
