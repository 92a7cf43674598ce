import { cookAt } from '../helpers/ask';
import { heldAt, offeredStep } from '../helpers/expected';

/**
 * Issue 11, list M's navigation (a training list; its phrasings are not used here): a cook who asks
 * the skill to stop and wait meant to hold, not to leave ("can you stop here and wait" had said
 * goodbye); a wait said the Nigerian or Filipino way ("wait small", "for a while"); a hold with why
 * after it, a third party or a thing calling the cook away; talk to a child before "okay next" (it had
 * been read as a statement about the pork, and answered a fridge fact); and "that's it in the
 * fridge" said before the next request (it had been goodbye, "that's it"). Through the real
 * interaction model.
 */

/** The cook at `step` says `said` and hears the place kept. */
async function keepsPlace(step: number, said: string): Promise<void> {
  const cook = await cookAt(step);
  await cook.script(`
    U: ${said}
    A: ${heldAt(step)}
  `);
}

describe('stopped to wait, not to leave', () => {
  it.each([
    [12, 'could you stop there and wait for me'],
    [5, 'hold on stop i dropped the salt'],
    [20, 'pause for a moment'],
    [7, 'hang on the kids are fighting'],
  ])('at step %i, "%s" keeps the place and waits', keepsPlace);
});

describe('a wait said in Nigerian and Filipino English', () => {
  it.each([
    [3, 'hold on small small'],
    [3, 'hang on for a while'],
    [16, 'wait for a while the phone is ringing'],
  ])('at step %i, "%s" keeps the place and waits', keepsPlace);
});

describe('talk to someone else, then the move', () => {
  it('"darling put that down please okay next" moves on; the words to the child are no statement about the pork', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: darling put that down please okay next
      A: ${offeredStep(7)}
    `);
  });

  it('"that\'s her in the fridge now so what\'s next" at the overnight step moves on, where "that\'s it" had been goodbye', async () => {
    const cook = await cookAt(9);
    await cook.script(`
      U: that's her in the fridge now so what's next
      A: ${offeredStep(10)}
    `);
  });
});
