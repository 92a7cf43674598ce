import { MemoryStore } from '../../lambda/services/stores/memory';
import { heardStep, TOTAL } from '../helpers/expected';
import { TestCook } from '../helpers/skill';

/**
 * "Alexa, ask crispy pork belly how much salt": Alexa sends the request as an IntentRequest in a
 * new session, with no LaunchRequest before it. Every handler must answer it as the first turn.
 */
describe('one-shot requests', () => {
  const firstTurn = (cook: TestCook) => {
    const request = cook.requests.at(-1);
    return { type: request?.request.type, newSession: request?.session?.new, requests: cook.requests.length };
  };

  it('"ask crispy pork belly what\'s next" reads step 1 to a new cook, in a new session', async () => {
    const cook = new TestCook();
    const out = await cook.say('ask crispy pork belly what\'s next');
    expect(firstTurn(cook)).toEqual({ type: 'IntentRequest', newSession: true, requests: 1 });
    expect(out).toMatchObject({ sent: 'NextStepIntent', oneShot: true });
    expect(out.speech).toBe(heardStep(1));
  });

  it('"tell crispy pork belly to go to step five", then later "ask ... where am I", keeps the place between sessions', async () => {
    const persistence = new MemoryStore();
    const userId = 'amzn1.ask.account.one-shot';
    const first = new TestCook({ persistence, userId });
    expect((await first.say('tell crispy pork belly to go to step five')).speech).toBe(heardStep(5));
    const later = new TestCook({ persistence, userId });
    const out = await later.say('alexa ask crispy pork belly where am I');
    expect(firstTurn(later)).toEqual({ type: 'IntentRequest', newSession: true, requests: 1 });
    expect(out.sent).toBe('WhereAmIIntent');
    // The place comes from the first session; the rest of the answer is the walkthrough tests' business.
    expect(out.speech).toContain(`step 5 of ${TOTAL}`);
  });

  it('"ask crispy pork belly how much bicarb" answers from the recipe as a first turn', async () => {
    const cook = new TestCook();
    const out = await cook.say('ask crispy pork belly how much bicarb');
    expect(firstTurn(cook)).toEqual({ type: 'IntentRequest', newSession: true, requests: 1 });
    expect(out.sent).toBe('IngredientAmountIntent');
    // The recipe: ½ teaspoon of baking soda, measured exactly.
    expect(out.speech).toBe('Half a teaspoon of baking soda, measured exactly: do not exceed it. When you’re ready, say start.');
  });

  it('a one-shot request in the middle of a session starts a new one', async () => {
    const cook = new TestCook({ persistence: new MemoryStore() });
    await cook.say('open crispy pork belly');
    await cook.say('go to step three');
    const out = await cook.say('ask crispy pork belly to go back');
    expect(cook.requests.at(-1)?.session?.new).toBe(true);
    expect(out.speech).toBe(heardStep(2));
  });
});
