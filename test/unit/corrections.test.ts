import { asksAgain, figureThenQuestion, meant, subjectOf, twoQuestions } from '../../lambda/vocabulary';
import { secondsSaid } from '../../lambda/handlers/timers/spoken-length';

/**
 * What the cook meant when they corrected themselves mid-sentence (lambda/vocabulary/corrections.ts):
 * the words a slot carries on a device, as spoken, and the part after the correction.
 */
describe('corrections in a slot’s words', () => {
  it.each([
    // [what the slot carried, what the cook meant]
    ['pepper sorry i mean how much salt', 'how much salt'],
    ['dijon um no the ginger how much ginger', 'the ginger how much ginger'],
    ['salt no oil how much oil', 'oil how much oil'],
    ['oven no the meat inside', 'the meat inside'],
    ['wait no how long does it roast', 'how long does it roast'],
    ['five no ten minutes', 'ten minutes'],
    ['two and a half no just two hours', 'two hours'],
    ['forty five no thirty minutes', 'thirty minutes'],
    ['the rest no the towel', 'the towel'],
    ['heat is the hob on um no what pan', 'what pan'],
    ['soy sauce actually no how much maple syrup', 'how much maple syrup'],
    ['sea salt wait no the fine sea salt', 'the fine sea salt'],
    ['the rest nope the glaze', 'the glaze'],
    ['the fridge one scratch that the glaze', 'the glaze'],
    ['butter or rather the oil', 'the oil'],
    ['go back no no keep going next', 'keep going next'],
    // A part said again takes the place of the part opened by the same word; a preposition is added.
    ['the rack go for the grill no the broiler', 'the rack go for the broiler'],
    ['should the meat be no wait in celsius', 'should the meat be in celsius'],
    ['how long sorry in the fridge', 'how long in the fridge'],
  ])('"%s" means "%s"', (said, words) => {
    expect(meant(said)).toEqual(expect.objectContaining({ words, corrected: true }));
  });

  it('takes a correction said last, with nothing after it, as no correction: "Celsius, I mean"', () => {
    expect(meant('fahrenheit no celsius i mean').words).toBe('celsius');
    expect(meant('celsius no fahrenheit sorry').words).toBe('fahrenheit');
    expect(meant('the glaze sorry').words).toBe('the glaze');
  });

  it.each([
    'got no vinegar what do i use',
    'what can i use if i have no vinegar',
    'is there no salt in the glaze',
    'with no fan',
    'it no longer puffs',
    'is it done or no',
    'how long do i wait',
    'what do i actually need',
    'how long does it actually take',
    'what does the intro say the baking soda actually does',
    'how deep should the cuts actually go',
    'what does that actually do',
    'no salt',
  ])('leaves "%s" as said: its "no", "wait" or "actually" belongs to the sentence', (said) => {
    expect(meant(said)).toEqual({ words: said, corrected: false, takenBack: '' });
  });

  it('hears an apology with its excuse as no correction: "the oven, sorry, the kids were yelling"', () => {
    expect(meant("temp's the oven sorry the kids were yelling")).toEqual({ words: "temp's the oven", corrected: false, takenBack: '' });
    expect(meant('the rest sorry i got distracted').words).toBe('the rest');
  });

  it('says what was taken back', () => {
    expect(meant('pepper sorry i mean how much salt').takenBack).toBe('pepper');
    expect(meant('how much salt no oil how much oil').takenBack).toBe('how much salt');
    expect(meant('how hot wait no how long does it roast').takenBack).toBe('how hot');
  });

  it('tells a question asked again from a thing named again', () => {
    expect(asksAgain(meant('wait no how long does it roast'))).toBe(true);
    expect(asksAgain(meant('simmer it no how thick should it get'))).toBe(true);
    expect(asksAgain(meant('salt no oil how much oil'))).toBe(false);
    expect(asksAgain(meant('how long does it roast'))).toBe(false);
  });
});

describe('a length of time said in words (a timer’s name slot after a correction)', () => {
  it.each([
    ['ten minutes', 600],
    ['two hours', 7200],
    ['forty five minutes', 2700],
    ['thirty minutes', 1800],
    ['just two hours', 7200],
    ['an hour and a half', 5400],
    ['half an hour', 1800],
    ['one hour thirty minutes', 5400],
    ['two and a half hours', 9000],
    ['a minute', 60],
    ['ninety seconds', 90],
  ])('"%s" is %i seconds', (said, seconds) => {
    expect(secondsSaid(said.split(' '))).toBe(seconds);
  });

  it.each(['the towel', 'five', 'the glaze', 'ten', 'minutes', 'ten minutes for the glaze'])('"%s" is no length', (said) => {
    expect(secondsSaid(said.split(' '))).toBeUndefined();
  });
});

describe('two questions in a slot’s words', () => {
  it.each([
    ['sea salt and how much baking soda', 'sea salt', 'how much baking soda'],
    ['maple syrup and how much soy sauce', 'maple syrup', 'how much soy sauce'],
    ['and how long does the roast take', '', 'how long does the roast take'],
    ['heat and how long for the glaze', 'heat', 'how long for the glaze'],
    ['the glaze and also what pan do i use', 'the glaze', 'what pan do i use'],
  ])('"%s" is "%s", then "%s"', (said, first, second) => {
    expect(twoQuestions(said)).toEqual({ first, second });
  });

  it.each(['salt and pepper', 'the salt and how', 'how long and how', 'the skin and the meat', 'what do i do with the glaze and the butter'])(
    '"%s" is one question',
    (said) => {
      expect(twoQuestions(said)).toBeUndefined();
    },
  );

  it('keeps a figure told before a question, without the statement’s other words', () => {
    expect(figureThenQuestion('a seven pound pork belly how much baking soda should i use')).toBe('seven pound how much baking soda should i use');
    expect(figureThenQuestion("mine's about one point eight kilo how long does it roast")).toBe('one point eight kilo how long does it roast');
    expect(figureThenQuestion('my thermometer says about a hundred and fifty so i think that is done')).toBeUndefined();
    expect(figureThenQuestion('how long does it roast')).toBeUndefined();
  });

  it('finds what a question is about, without its question words', () => {
    expect(subjectOf('how long does the roast take')).toBe('roast take');
    expect(subjectOf('how long for the glaze')).toBe('glaze');
    expect(subjectOf('how much baking soda should i use')).toBe('baking soda should i use');
  });
});
