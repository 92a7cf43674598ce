import { firstStepOfPhase, porkBelly, timedSteps } from '../../lambda/recipe';
import { sdkAlertService } from '../../lambda/services/alerts';
import { MemoryStore } from '../../lambda/services/stores/memory';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../helpers/alerts-api';
import { heardStep, offeredStep, TOTAL } from '../helpers/expected';
import { TestCook } from '../helpers/skill';
import { spoken, spokenDuration } from '../helpers/spoken';

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

  describe('the main questions and moves, with and without a saved place', () => {
    const userId = 'amzn1.ask.account.one-shot-place';
    /** A cook who left at step n in an earlier session. */
    async function savedAt(n: number): Promise<MemoryStore> {
      const persistence = new MemoryStore();
      await new TestCook({ persistence, userId }).say(`tell crispy pork belly to go to step ${n}`);
      return persistence;
    }
    const roast = timedSteps(porkBelly).find((t) => t.step.id === 'slow-roast')!;
    const roastSet =
      `The recipe says ${spokenDuration(roast.step.duration.minutes)}, so I set the ${roast.step.duration.label} timer for the shortest time, 2 hours. ` +
      `When it rings: ${spoken(roast.step.duration.check ?? '')} If it needs longer, ask me for another timer of up to 30 minutes. ` +
      // The first recipe timer asks, once, whether its ring may bring the cook back (timers.test.ts).
      `When it rings, Alexa will offer to bring you back to ${porkBelly.title}. Is that okay?`;

    it('"ask crispy pork belly what\'s next" goes on from the saved place', async () => {
      const cook = new TestCook({ persistence: await savedAt(5), userId });
      const out = await cook.say('ask crispy pork belly what\'s next');
      expect(firstTurn(cook)).toEqual({ type: 'IntentRequest', newSession: true, requests: 1 });
      expect(out.speech).toBe(offeredStep(6));
    });

    it('"ask crispy pork belly how much bicarb" answers the same with a saved place, and hands back to the step', async () => {
      const cook = new TestCook({ persistence: await savedAt(5), userId });
      const out = await cook.say('ask crispy pork belly how much bicarb');
      expect(firstTurn(cook)).toEqual({ type: 'IntentRequest', newSession: true, requests: 1 });
      expect(out.speech).toBe('Half a teaspoon of baking soda, measured exactly: do not exceed it. When you’re ready, say next.');
    });

    it('"ask crispy pork belly to skip to section three" starts the printed recipe\'s third part', async () => {
      const cook = new TestCook();
      const out = await cook.say('ask crispy pork belly to skip to section three');
      expect(out).toMatchObject({ sent: 'GoToSectionIntent', oneShot: true });
      expect(out.speech).toBe(offeredStep(firstStepOfPhase(porkBelly, porkBelly.phases[2]!.id)! + 1));
    });

    it('"ask crispy pork belly um what\'s next please": the fillers a cook wraps around it too', async () => {
      const cook = new TestCook({ persistence: await savedAt(7), userId });
      expect((await cook.say('ask crispy pork belly um what\'s next please')).speech).toBe(offeredStep(8));
    });

    it.each([
      ['without', undefined],
      ['with', roast.number],
    ])('"ask crispy pork belly to set a timer for the roast" sets it, %s a saved place', async (_, at) => {
      const api = await AlertsApiStandIn.start(() => new Date('2024-11-02T18:00:00Z'));
      try {
        api.granted.add(TIMERS_SCOPE);
        const options = { alerts: sdkAlertService({ timeoutMs: 1000 }), decorate: api.decorate, now: () => new Date('2024-11-02T18:00:00Z') };
        const cook = new TestCook(at === undefined ? options : { ...options, persistence: await savedAt(at), userId });
        const out = await cook.say('ask crispy pork belly to set a timer for the roast');
        expect(out).toMatchObject({ sent: 'SetTimerIntent', oneShot: true });
        expect(out.speech).toBe(roastSet);
        expect([...api.timers.values()].map((t) => t.seconds)).toEqual([2 * 3600]);
      } finally {
        await api.close();
      }
    });
  });
});

