import { saidAgain } from '../../lambda/vocabulary';

/**
 * A request said again after the skill took it wrong (lambda/vocabulary/said-again.ts): the words a
 * phrase slot carries on a device, the frame and what follows "not" taken off. `framed`: the
 * carrier was the frame ("no I said {query}" sends only what follows it).
 */
describe('a request said again', () => {
  it.each([
    // [the slot's words, the carrier was the frame, the request left]
    ['next not repeat', true, 'next'],
    ['forty five minutes not five', true, 'forty five minutes'],
    ['how much oil on the meat side not the skin', true, 'how much oil on the meat side'],
    ['the salt not the pepper how much salt', true, 'the salt how much salt'],
    ['the internal temperature not the oven', true, 'the internal temperature'],
    ['not the kosher salt the fine sea salt how much', true, 'the fine sea salt how much'],
    ['not five forty five minutes', true, 'forty five minutes'],
    ['not the oven', true, ''],
    ['why is the skin not crispy', true, 'why is the skin not crispy'],
    ['how do i know if it is not done', true, 'how do i know if it is not done'],
    ['i said how much butter not oil', false, 'how much butter'],
    ["that's not what i asked how long does it roast", false, 'how long does it roast'],
    ['no i meant you misheard me next', false, 'next'],
    ['you got it wrong the glaze part', false, 'the glaze part'],
    ['i said', false, ''],
  ])('"%s" (framed: %s) is "%s"', (said, framed, words) => {
    expect(saidAgain(said, framed)?.words).toBe(words);
  });

  it.each([
    ['how much salt is left', 'a question whose words hold no frame'],
    ['the oil not the butter', 'a contrast said with no frame'],
    ["what's wrong with the skin", '"wrong" inside a question'],
  ])('"%s" is no request said again: %s', (said) => {
    expect(saidAgain(said, false)).toBeUndefined();
  });

  it.each([
    ['i said next not repeat', { request: 'next' }],
    ['repeat next', { request: 'next' }],
    ['for the next one please', { request: 'next' }],
    ['can i wait', { request: undefined }],
    ['you go on next', { request: 'next' }],
    ['you sorry hold on', { request: 'hold' }],
    ['just go back', { request: 'back' }],
    ['repeat the step', { request: 'repeat' }],
    ['which step am i on', { request: 'where' }],
    ['wait', { request: 'hold' }],
    ['pause the timer', { request: 'pause' }],
    ['how much time is left', { request: 'timeLeft' }],
    ['step nine', { step: 9 }],
    ['go to step twenty one', { step: 21 }],
    ['the low and slow part', { part: true, asks: false }],
    ['the high heat part how hot', { part: true, asks: true }],
  ])('"%s" is read as %j', (said, read) => {
    expect(saidAgain(said, true)).toEqual(expect.objectContaining(read));
  });
});
