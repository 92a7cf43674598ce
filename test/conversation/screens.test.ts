import { allIngredients, allSteps, porkBelly, stepCount } from '../../lambda/recipe';
import { freshState } from '../../lambda/state/cook-state';
import { screenOf, touchTargets, type RenderDirective } from '../helpers/apl';
import { onShow, screenWith, SHOW_15, storeWith, tap, tapOn } from '../helpers/screen';
import { TestCook } from '../helpers/skill';
import { offeredStep as offered, spokenStep as spoken, WELCOME, whereAt } from '../helpers/expected';

const TOTAL = stepCount(porkBelly);
const steps = allSteps(porkBelly);
const USER = 'amzn1.ask.account.screen-cook';
/** What a cook who has done every step hears, wherever the touch came from. */
const FINISHED = `That’s the end of ${porkBelly.title}: you’ve done every step. Would you like to start over?`;

interface StepScreen {
  phase: string;
  heading: string;
  text: string;
  notes: { kind: string; text: string }[];
  figures: { value: string; caption: string }[];
  progress: number;
  timers: { label: string; endsAt: number }[];
}
interface Item {
  id: string;
  name: string;
  amount: string;
  note: string;
  highlighted: boolean;
}
interface IngredientsScreen {
  title: string;
  heading: string;
  groups: { id: string; name: string; items: Item[] }[];
  primary: { label: string; action: string };
}
interface AnswerScreen {
  heading: string;
  text: string;
  primary: { label: string; action: string };
}

const payload = <T>(screen: RenderDirective) => screen.datasources.payload as unknown as T;
const item = (screen: RenderDirective, id: string) => {
  const found = payload<IngredientsScreen>(screen).groups.flatMap((g) => g.items).find((i) => i.id === id);
  if (!found) throw new Error(`no ${id} on the ingredients screen`);
  return found;
};
const ingredient = (id: string) => allIngredients(porkBelly).find((i) => i.id === id)!;
/** A row of the ingredients screen, whole: its name (and by default its note) from the recipe data, with this amount. */
const row = (id: string, amount: string, note = ingredient(id).note ?? '') => ({ id, name: ingredient(id).name, amount, note, highlighted: false });
const showCook = (options: ConstructorParameters<typeof TestCook>[0] = {}) => new TestCook({ decorate: onShow(), ...options });

describe('the step screen', () => {
  it('comes with every step, showing the same step that was spoken, as written, with the progress through the recipe', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    for (let n = 1; n <= TOTAL; n++) {
      const said = await cook.say(n === 1 ? 'start' : 'next');
      const screen = screenWith(said);
      const shown = payload<StepScreen>(screen);
      const { step, phase } = steps[n - 1]!;
      expect(said.speech).toBe(n === TOTAL ? `${spoken(n)} That’s the last step. Enjoy your ${porkBelly.title}!` : offered(n));
      // The document's description is for people reading the skill package; that it names its job is enough.
      expect(screen.document).toMatchObject({ type: 'APL', description: expect.stringContaining('The step the cook is on') });
      expect(screen.token).toBe(`step:${n - 1}`);
      expect(shown).toMatchObject({ heading: `Step ${n} of ${TOTAL}`, phase: phase.title, text: step.text });
      expect(shown.progress).toBe(Math.round((100 * n) / TOTAL));
      expect(shown.notes.map((x) => x.text)).toEqual([...(step.warnings ?? []), ...(step.tips ?? [])]);
    }
  });

  it('shows the step as written, with its temperature and time large, in the cook’s units', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    const preheat = payload<StepScreen>(screenWith(await cook.say('go to step eleven')));
    // The whole screen once: everything else on it is the step's data and the buttons' words.
    expect(preheat).toEqual({
      phase: steps[10]!.phase.title,
      heading: `Step 11 of ${TOTAL}`,
      text: 'Preheat the oven to 275°F (135°C).',
      notes: [],
      figures: [{ value: '275°F', caption: '135°C · oven' }],
      progress: Math.round((100 * 11) / TOTAL),
      timers: [],
      labels: { back: 'Back', repeat: 'Repeat', next: 'Next', endsAt: 'ends', clockFormat: 'h:mm', am: 'AM', pm: 'PM' },
    });
    const roast = payload<StepScreen>(screenWith(await cook.say('go to step thirteen')));
    expect(roast.text).toBe('Roast for 2 to 2½ hours. The goal is to render connective tissue and fat while keeping the skin from blistering yet.');
    expect(roast.figures).toEqual([
      { value: '275°F', caption: '135°C · oven' },
      { value: '2–2½ h', caption: 'pork belly roast' },
    ]);
    const check = payload<StepScreen>(screenWith(await cook.say('next')));
    expect(check.figures).toEqual([{ value: '150–155°F', caption: '65–68°C · inside the meat' }]);
    const score = payload<StepScreen>(screenWith(await cook.say('go to step three')));
    expect(score.text).toBe(
      'Score the skin if not already scored: use a very sharp knife and make shallow parallel cuts about ½ inch (1–1.5 cm) apart, only through the skin and soft fat.',
    );
    expect(score.notes).toEqual([
      { kind: 'warning', label: 'Careful', text: 'Do not cut into the meat.' },
      { kind: 'tip', label: 'Tip', text: 'Alternatively, leave it unscored and rely on blistering from high heat.' },
    ]);

    const metric = showCook({ locale: 'en-GB', decorate: onShow(SHOW_15) });
    await metric.say('open crispy pork belly');
    const hot = payload<StepScreen>(screenWith(await metric.say('skip to the hot finish')));
    expect(hot.figures).toEqual([{ value: '260°C', caption: '500°F · oven' }]);
  });

  it('shows the timers the skill set while they run, with their end time', async () => {
    const now = new Date('2025-11-20T18:00:00Z');
    const running = { id: 't1', kind: 'timer' as const, label: 'pork belly roast', endsAt: '2025-11-20T19:45:00Z' };
    const soon = { id: 't2', kind: 'timer' as const, label: 'maple glaze', endsAt: '2025-11-20T18:05:00Z' };
    const over = { id: 't3', kind: 'timer' as const, label: 'rest out of the fridge', endsAt: '2025-11-20T17:59:00Z' };
    const store = await storeWith(USER, { ...freshState(porkBelly), step: 12, alerts: [running, over, soon] });
    const cook = showCook({ persistence: store, userId: USER, now: () => now });
    await cook.say('open crispy pork belly');
    const shown = payload<StepScreen>(screenWith(await cook.say('continue')));
    expect(shown.heading).toBe(`Step 13 of ${TOTAL}`);
    expect(shown.timers).toEqual([
      { label: 'maple glaze', endsAt: Date.parse(soon.endsAt) },
      { label: 'pork belly roast', endsAt: Date.parse(running.endsAt) },
    ]);
  });
});

describe('touching the step screen', () => {
  /** Two cooks in the same place: one touches, one speaks. */
  async function twoCooksAtStep(n: number): Promise<[TestCook, TestCook]> {
    const pair: [TestCook, TestCook] = [showCook(), showCook()];
    for (const cook of pair) {
      await cook.say('open crispy pork belly');
      await cook.intent('GoToStepIntent', { stepNumber: String(n) });
    }
    return pair;
  }

  it.each([
    ['next', 'next', 7],
    ['back', 'go back', 7],
    ['repeat', 'repeat', 7],
    ['back', 'go back', 1],
    ['next', 'next', TOTAL],
  ])('"%s" does what saying "%s" does (from step %i): the same words, the same screen, the same place', async (action, phrase, n) => {
    const [toucher, speaker] = await twoCooksAtStep(n);
    const touched = await tap(toucher, action);
    const spoken = await speaker.say(phrase);
    expect(touched.speech).toBe(spoken.speech);
    expect(touched.reprompt).toBe(spoken.reprompt);
    expect(screenWith(touched).datasources).toEqual(screenWith(spoken).datasources);
    expect((await toucher.say('where am I')).speech).toBe((await speaker.say('where am I')).speech);
  });

  it('offers Back, Repeat and Next with the words shown on them', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    const screen = screenWith(await cook.say('start'));
    expect(touchTargets(screen)).toEqual([
      { label: 'Back', args: ['back'] },
      { label: 'Repeat', args: ['repeat'] },
      { label: 'Next', args: ['next'] },
    ]);
  });

  it('never moves the cook from a stale screen: Next on an old step shows where they are, with a note', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    const old = screenWith(await cook.say('go to step five'));
    await cook.say('next');
    await cook.say('next');
    const stale = await tapOn(cook, old, 'next');
    expect(stale.speech).toBe(
      `That screen was out of date, so I kept your place. Step 7 of ${TOTAL}, pork prep: ` +
        'Sprinkle the mix evenly over the skin and rub lightly with the remaining oil so the salt and baking soda adhere.',
    );
    expect(payload<StepScreen>(screenWith(stale)).heading).toBe(`Step 7 of ${TOTAL}`);
    expect((await tapOn(cook, old, 'back')).speech).toBe(`That screen was out of date, so I kept your place. ${spoken(7)}`);
    expect((await cook.say('where am I')).speech).toBe(whereAt(7));
    // The screen now on show is current again, so its button moves on.
    expect((await tap(cook, 'current')).speech).toBe(offered(7));
    expect((await tap(cook, 'next')).speech).toBe(offered(8));
  });

  it('answers a stale touch after the end, or a touch it does not know, without moving anyone', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    const old = screenWith(await cook.intent('GoToStepIntent', { stepNumber: String(TOTAL - 2) }));
    await cook.say('next');
    await cook.say('next');
    await cook.say('next');
    expect((await tapOn(cook, old, 'back')).speech).toBe(FINISHED);
    expect((await tapOn(cook, old, 'next')).speech).toBe(FINISHED);
    const unknown = await cook.touch(old.token, ['fly']);
    // Finished: no "next" to offer, only starting over or stopping.
    expect(unknown.speech).toBe(`Sorry, I can’t do that from here. You’ve finished ${porkBelly.title}. Say start over, or stop.`);
    const noToken = await cook.touch('', ['next']);
    expect(noToken.speech).toBe(FINISHED);
    expect(cook.log.entries.filter((e) => e.level === 'error')).toEqual([]);
  });
});

describe('the ingredients screen', () => {
  it('lists both groups with their amounts as written, optional and to-taste ones marked', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    const screen = screenWith(await cook.say('ingredients'));
    const shown = payload<IngredientsScreen>(screen);
    expect(shown.groups.map((g) => g.name)).toEqual(['Pork Belly & Drying Rub', 'Maple Glaze']);
    expect(shown.groups.map((g) => g.items.length)).toEqual(porkBelly.ingredientGroups.map((g) => g.ingredients.length));
    // Each row whole, as the seed writes it: the name and note from the recipe data, the amount as printed.
    expect(item(screen, 'pork-belly')).toEqual(row('pork-belly', '3–4 lb', 'skin on, bone removed'));
    expect(item(screen, 'baking-soda')).toEqual(row('baking-soda', '½ tsp'));
    expect(item(screen, 'baking-soda').name).toBe('baking soda');
    expect(item(screen, 'sea-salt')).toEqual(row('sea-salt', '1½ tsp'));
    expect(item(screen, 'maple-syrup')).toEqual(row('maple-syrup', '1 cup'));
    expect(item(screen, 'ginger')).toEqual(row('ginger', '1–2 tsp', 'optional'));
    // The seed's "Pinch of flaky sea salt": a pinch, never "1 pinch".
    expect(item(screen, 'flaky-salt')).toEqual(row('flaky-salt', 'a pinch'));
    expect(item(screen, 'black-pepper')).toEqual(row('black-pepper', '', 'to taste'));
    expect(shown.primary).toEqual({ label: 'Start cooking', action: 'start' });
    expect(touchTargets(screen).filter((t) => t.args[0] === 'ingredient')).toHaveLength(14);
  });

  it('shows the amounts scaled to the cook’s pork and in their units, and a touch says how much', async () => {
    const store = await storeWith(USER, { ...freshState(porkBelly), step: 3, prefs: { units: 'metric', porkKg: 2 } });
    const cook = showCook({ persistence: store, userId: USER });
    await cook.say('open crispy pork belly');
    const screen = screenWith(await cook.say('ingredients'));
    expect(payload<IngredientsScreen>(screen).heading).toBe('Amounts for 2 kg pork belly');
    expect(item(screen, 'pork-belly')).toEqual(row('pork-belly', '2 kg', 'skin on, bone removed'));
    // The rub follows the weight from the top of the recipe's range (4 lb, 1.81 kg): 2 tsp × 2 / 1.81
    // is 2.2 tsp, to the quarter 2¼.
    expect(item(screen, 'kosher-salt')).toEqual(row('kosher-salt', '2¼ tsp'));
    // The glaze is one batch whatever the size.
    expect(item(screen, 'maple-syrup')).toEqual(row('maple-syrup', '1 cup'));
    expect(payload<IngredientsScreen>(screen).primary).toEqual({ label: 'Back to step 4', action: 'current' });

    const touched = await tap(cook, 'ingredient', 'kosher-salt');
    expect(touched.speech).toBe('You need two and a quarter teaspoons of kosher salt.');
    const after = screenWith(touched);
    expect(after.token).toBe('ingredients:3');
    expect(item(after, 'kosher-salt')).toEqual({ ...row('kosher-salt', '2¼ tsp'), highlighted: true });
    expect(item(after, 'sea-salt').highlighted).toBe(false);
    expect((await tap(cook, 'ingredient', 'black-pepper')).speech).toBe('Freshly ground black pepper: to taste.');
    expect((await tap(cook, 'ingredient', 'butter')).speech).toBe(
      'You need 1 tablespoon of unsalted butter. It’s optional. For a dairy-free finish, use 1 tablespoon of neutral oil instead.',
    );
    const unknown = await cook.touch(after.token, ['ingredient', 'truffle']);
    expect(unknown.speech).toBe('Sorry, I can’t do that from here. You’re on step 4. Say next when you’re ready.');
    const back = await tap(cook, 'current');
    expect(back.speech).toBe(offered(4));
    expect(payload<StepScreen>(screenWith(back)).heading).toBe(`Step 4 of ${TOTAL}`);
  });
});

describe('the answer screen', () => {
  it('shows what Alexa said, with the step one touch away', async () => {
    const cook = showCook();
    const welcome = await cook.say('open crispy pork belly');
    const first = screenWith(welcome);
    expect(welcome.speech).toBe(WELCOME);
    expect(payload<AnswerScreen>(first)).toEqual({
      title: porkBelly.title,
      heading: '',
      text: WELCOME,
      primary: { label: 'Start cooking', action: 'start' },
      labels: { ingredients: 'Ingredients' },
    });
    expect(first.token).toBe('answer:-');
    expect((await tap(cook, 'start')).speech).toBe(offered(1));
    await cook.say('go to step nine');
    const where = await cook.say('where am I');
    const screen = screenWith(where);
    expect(where.speech).toBe(whereAt(9));
    expect(payload<AnswerScreen>(screen)).toEqual({
      title: 'Crispy Pork Belly with Maple Glaze',
      heading: `Step 9 of ${TOTAL}`,
      text: whereAt(9),
      primary: { label: 'Back to step 9', action: 'current' },
      labels: { ingredients: 'Ingredients' },
    });
    const back = await tap(cook, 'current');
    expect(back.speech).toBe((await cook.say('repeat')).speech);
    await cook.say('give me the overview');
    const ingredients = await tap(cook, 'ingredients');
    expect(screenWith(ingredients).token).toBe('ingredients:8');
    const spoken = await cook.say('ingredients');
    expect(ingredients.speech).toBe(spoken.speech);
    expect(screenWith(ingredients).datasources).toEqual(screenWith(spoken).datasources);
  });

  it('offers to start over once the recipe is finished, and does so when touched', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    await cook.intent('GoToStepIntent', { stepNumber: String(TOTAL) });
    const done = await cook.say('next');
    expect(done.speech).toBe(FINISHED);
    expect(payload<AnswerScreen>(screenWith(done)).primary).toEqual({ label: 'Start over', action: 'startOver' });
    expect((await tap(cook, 'startOver')).speech).toBe(offered(1));
  });
});

describe('devices', () => {
  const script = ['open crispy pork belly', 'start', 'next', 'ingredients', 'where am I', 'help', 'stop'];

  it('without a screen get no screen, and hear exactly what a screen device hears', async () => {
    const plain = new TestCook();
    const show = showCook();
    for (const phrase of script) {
      const heard = await plain.say(phrase);
      const seen = await show.say(phrase);
      expect(heard.response.response.directives ?? []).toEqual([]);
      expect(heard.speech).toBe(seen.speech);
    }
  });

  it('with an APL runtime older than the documents get no screen', async () => {
    const old = new TestCook({ decorate: onShow(undefined, '1.6') });
    for (const phrase of script) expect(screenOf((await old.say(phrase)).response)).toBeUndefined();
  });

  it('get no screen with a response that ends the session', async () => {
    const cook = showCook();
    await cook.say('open crispy pork belly');
    expect(screenOf((await cook.say('stop')).response)).toBeUndefined();
  });

  it('keep every response with its screen under Alexa’s 24 KB limit', async () => {
    const store = await storeWith(USER, {
      ...freshState(porkBelly),
      step: 12,
      prefs: { units: 'metric', porkKg: 2 },
      alerts: [{ id: 't', kind: 'timer', label: 'pork belly roast', endsAt: '2099-01-01T00:00:00Z' }],
    });
    const cook = showCook({ persistence: store, userId: USER });
    for (const phrase of ['open crispy pork belly', 'continue', 'ingredients', 'give me the overview']) {
      const said = await cook.say(phrase);
      expect(screenWith(said)).toBeDefined();
      expect(Buffer.byteLength(JSON.stringify(said.response))).toBeLessThan(24 * 1024);
    }
  });
});
