import { digits, runLine, type HeldoutLine } from '../../tools/heldout';

/**
 * A held-out list may write a figure as digits ("says 2 and a half hours") while the skill says it
 * in words ("two to two and a half hours"): the scorer compares numbers, not how they are written.
 */
it('reads number words as digits', () => {
  expect(digits('one and a half teaspoons')).toBe('1 and a half teaspoons');
  expect(digits('two to two and a half hours')).toBe('2 to 2 and a half hours');
  expect(digits('twenty five minutes and forty minutes')).toBe('25 minutes and 40 minutes');
  expect(digits('two hundred and sixty degrees')).toBe('260 degrees');
  expect(digits('two hundred seventy five')).toBe('275');
  expect(digits('step twelve of 25')).toBe('step 12 of 25');
  expect(digits('the one before')).toBe('the 1 before');
  expect(digits('a half teaspoon')).toBe('a half teaspoon');
});

const roast = (expectText: string): HeldoutLine => ({
  file: 'numbers-check-questions.txt',
  line: 1,
  where: 'step 13',
  phrase: 'how long does it roast',
  expect: { type: 'says', parts: [expectText] },
  expectText: `says ${expectText}`,
  kind: 'questions',
});

it('a figure written as digits matches the same figure spoken in words, and no other', async () => {
  expect((await runLine(roast('2 and a half hours'))).ok).toBe(true);
  expect((await runLine(roast('3 and a half hours'))).ok).toBe(false);
}, 60_000);
