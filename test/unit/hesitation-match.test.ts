import { unhesitated } from '../../tools/hesitation-match';

/** The driver's reading of a hesitation inside a request (tools/hesitation-match.ts). */
describe('a sentence read without its hesitations', () => {
  it.each([
    ['set a um a timer for uh eight minutes', 'set a timer for eight minutes'],
    ['uh pause the um timer', 'pause the timer'],
    ["what's the er the temperature for the the second bit", "what's the temperature for the second bit"],
    ["what's the uh what's the first thing i do", "what's the first thing i do"],
    ['how long is uh how much is left on the', 'how much is left on the'],
    ['where was i um', 'where was i'],
  ])('"%s" is heard as "%s"', (said, heard) => {
    expect(unhesitated(said)).toBe(heard);
  });

  it('keeps words that are not the sound of a pause, and a restart too far back', () => {
    expect(unhesitated('okay wait no um next')).toBe('okay wait no next');
    expect(unhesitated('how much salt goes on the skin um how much')).toBe('how much salt goes on the skin how much');
  });

  it('leaves a sentence without a hesitation, and one that is only hesitations, to the other readings', () => {
    expect(unhesitated('how much salt')).toBeUndefined();
    expect(unhesitated('um uh')).toBeUndefined();
  });
});
