import { runLine, type HeldoutLine } from '../../tools/heldout';

/**
 * `npm run heldout -- --strict` scores a list with only the matching a device is sure to do. A
 * request said as the closing clause of a longer sentence is understood by the default driver
 * (clause-match.ts) and not by the strict one, which is the difference the two scores report.
 */
const line: HeldoutLine = {
  file: 'strict-check-navigation.txt',
  line: 1,
  where: 'step 3',
  phrase: "i'm a bit worried i went too fast could we go back to the step before this one",
  expect: { type: 'step', step: 2 },
  expectText: 'step 2',
  kind: 'navigation',
};

it('the default driver takes a request said inside a longer sentence; the strict one does not', async () => {
  expect((await runLine(line)).ok).toBe(true);
  expect((await runLine(line, true)).ok).toBe(false);
}, 60_000);
