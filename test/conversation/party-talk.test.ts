import { porkBelly } from '../../lambda/recipe';
import { MemoryStore } from '../../lambda/services/stores/memory';
import { cookAt } from '../helpers/ask';
import { heldAt, offeredStep, welcomeBackTo } from '../helpers/expected';
import { factsOf } from '../helpers/facts';

/**
 * A cook who says goodbye or asks to wait inside their own narration (issue 11): "right that's in
 * the fridge i'm off to bed", "i'm doubling the glaze so hang on while i measure". The goodbye or
 * the hold is what is asked; the narration around it changes nothing (interaction-models/source/
 * moves.ts for the carriers, lambda/vocabulary/en/asides.ts for a hold inside a statement).
 */
const f = factsOf(porkBelly);
const kept = (n: number) => `I’ve kept your place at step ${n}. Happy cooking!`;

describe('a goodbye said as narration', () => {
  it.each([
    "right that's in the fridge i'm off to bed",
    "i'll come back to this tomorrow goodbye",
    'that concludes it exit',
    "thank you that's everything stop",
    "cheers that's us done",
    "the crackling was unreal thanks bye",
  ])('"%s" ends the session with the place kept', async (phrase) => {
    const cook = await cookAt(12);
    const heard = await cook.say(phrase);
    expect(heard.speech).toBe(kept(12));
    expect(heard.sessionEnded).toBe(true);
  });

  it('keeps the overnight step for tomorrow, and offers it on the way back', async () => {
    const store = new MemoryStore();
    const userId = 'amzn1.ask.account.party-overnight';
    const overnight = f.step('refrigerate').number;
    const cook = await cookAt(overnight, { persistence: store, userId });
    await cook.script(`
      U: right that's in the fridge i'm off to bed
      A: ${kept(overnight)}
    `);
    const tomorrow = await cookAt(undefined, { persistence: store, userId });
    expect((await tomorrow.say('open crispy pork belly')).speech).toBe(`${welcomeBackTo(overnight)} Say continue, or start over.`);
  });

  it('still answers a question that only mentions leaving', async () => {
    const cook = await cookAt(12);
    expect((await cook.say('can i leave it in the fridge overnight')).sessionEnded).toBe(false);
  });
});

describe('a hold said as narration', () => {
  it.each([
    'stand by',
    'hold on just now just now',
    "pause there a moment i'm writing this down",
    "i'm doubling the glaze so hang on while i measure",
  ])('"%s" keeps the place and the session', async (phrase) => {
    const cook = await cookAt(19);
    const heard = await cook.say(phrase);
    expect(heard.speech).toBe(heldAt(19));
    expect(heard.sessionEnded).toBe(false);
  });
});

describe('a move said inside a party’s chatter', () => {
  it.each([
    [20, "ok it's reduced next"],
    [11, "okay the oven's on i heard it beep next"],
    [16, "small piece so it's crisp already next"],
    [1, "okay okay next one sorry everyone's talking"],
  ])('at step %i, "%s" moves on one step', async (at, phrase) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(at + 1)}
    `);
  });

  it.each([
    [19, 'sorry i was pouring drinks can you go back one'],
    [12, 'sorry the kids were shouting could you go back a step'],
  ])('at step %i, "%s" goes back one step', async (at, phrase) => {
    const cook = await cookAt(at);
    await cook.script(`
      U: ${phrase}
      A: ${offeredStep(at - 1)}
    `);
  });
});
