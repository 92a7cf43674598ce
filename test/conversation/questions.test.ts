import { Intent, Slot } from '../../lambda/intents';
import { allSteps, porkBelly, problems, stepCount } from '../../lambda/recipe';
import { speakable } from '../../lambda/speech';
import { MemoryStore } from '../../lambda/services/stores';
import { tinyToast } from '../fixtures/tiny-recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { TestCook } from '../helpers/skill';

const f = factsOf(porkBelly);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const TOTAL = stepCount(porkBelly);
const stepLine = (n: number) => `Step ${n} of ${TOTAL}, ${allSteps(porkBelly)[n - 1]!.phase.shortName}: ${speakable(allSteps(porkBelly)[n - 1]!.step.text)}`;

describe('amounts', () => {
  it('answers amounts by any name, names both salts and what each is for, and keeps the place', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: how much bicarb goes on
      A: ${capital(f.amount('baking-soda'))} of baking soda
      A: When you’re ready, say next.
      U: how much salt
      A: ${f.amount('kosher-salt')} of kosher salt, ${f.purpose('kosher-salt')}
      A: ${f.amount('sea-salt')} of fine sea salt, ${f.purpose('sea-salt')}
      U: how much garlic
      A: That isn’t in this recipe.
      A: uses pork belly, kosher salt
      U: repeat
      A: ${stepLine(6)}
      U: next
      A: Step 7 of ${TOTAL}
    `);
  });
});

describe('ingredients', () => {
  it('lists all, one group, or the step’s own; says what is optional, which kind and what for', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: what's in the glaze
      I: GroupIngredientsIntent
      A: For the Maple Glaze: ${f.amount('maple-syrup')} of pure maple syrup
      U: list the rub
      A: For the Pork Belly and Drying Rub: ${f.amount('pork-belly')} of pork belly
      U: what do I need for this step
      A: For step 19: ${f.amount('maple-syrup')} of pure maple syrup
      U: is the ginger optional
      A: The finely grated ginger is optional. It brightens the glaze.
      U: which oil
      A: ${f.note('neutral-oil')}
      U: what is the baking soda for
      A: ${f.reason('why-baking-soda')}
      U: what are the ingredients
      A: ${f.amount('baking-soda')} of baking soda
      A: When you’re ready, say next.
      U: where am I
      A: step 19 of
    `);
  });

  it('still offers to start after "ingredients first" on a new cook', async () => {
    const cook = await cookAt();
    const heard = await cook.say('ingredients first');
    expect(heard.sent).toBe(Intent.ListIngredients);
    expect(heard.speech).toMatch(/When you’re ready, say start\.$/);
  });
});

describe('equipment', () => {
  it('lists it, and says where the thermometer is used', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: what equipment do I need
      A: You’ll need a roasting pan with rack; a sharp knife, for scoring, if needed
      U: is a thermometer necessary
      A: The recipe lists an instant-read thermometer. It’s used at step 14
      A: ${f.insideF('check-temp')}
    `);
  });
});

describe('temperatures', () => {
  it('answers for the cook’s phase, names phases before they start, and gives Celsius on request', async () => {
    const cook = await cookAt();
    await cook.script(`
      U: what's the oven temperature
      A: For the low and slow roast, ${f.ovenF('preheat-low')}; and for the hot finish, ${f.ovenF('heat-high')} or broil.
      U: go to step thirteen
      U: what's the oven temperature
      A: For the low and slow roast: ${f.ovenF('slow-roast')}.
      U: what's that in celsius
      A: ${f.ovenC('slow-roast')}. That’s the recipe’s own figure.
      U: what should it read inside
      A: ${f.insideF('check-temp')} inside
      U: what's that in celsius
      A: ${f.insideC('check-temp')} inside
      U: skip to the hot finish
      U: what's the oven temperature
      A: For the hot finish: ${f.ovenF('heat-high')}, or broil, top element only, with the rack 8 to 10 inches from the heat source.
      U: repeat
      A: ${stepLine(15)}
    `);
  });

  it('converts the step just heard when the cook has moved on since the last question', async () => {
    const cook = await cookAt(10);
    await cook.say("what's the oven temperature");
    await cook.say('next');
    const heard = await cook.say("what's that in celsius");
    expect(heard.speech).toContain(`Preheat the oven to ${f.ovenC('preheat-low')}.`);
  });
});

describe('timings', () => {
  it('answers for the step, for named waits, and for the whole two days', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: how long
      A: Roast for ${f.time('slow-roast')}.
      U: how long does it dry
      A: ${f.time('refrigerate')}
      U: how long does it rest
      A: ${f.time('rest')}
      U: how long do I broil it
      A: ${f.time('blister')}
      U: how long does the glaze simmer
      A: ${f.time('reduce-glaze')}
      U: when do I take it out of the fridge
      A: ${f.time('temper')} before roasting
      U: how long does the whole thing take
      A: It spans two days. Day one: the pork prep and the skin drying, with ${f.waitAhead()} of waiting
      A: about 3 hours of cooking
      U: where am I
      A: step 13 of
    `);
  });
});

describe('technique', () => {
  it('explains why, and how, in the seed’s words', async () => {
    const cook = await cookAt(3);
    await cook.script(`
      U: why baking soda
      A: ${f.reason('why-baking-soda')}
      U: why dry the skin
      A: ${f.reason('why-dry')}
      U: why low and slow then high
      A: ${f.reason('why-low-then-high')}
      U: why rest it
      A: ${f.reason('why-rest')}
      U: how do I score the skin
      A: about half an inch apart
      U: how thick do I slice it
      A: three quarters to one inch thick
      U: how far from the broiler
      A: 8 to 10 inches from the heat source
    `);
  });
});

describe('troubleshooting', () => {
  // Three of each entry's own phrasings, each in two carriers: every note and line is reachable.
  const cases = problems(porkBelly).flatMap((entry) => {
    const said = entry.synonyms ?? [];
    const picks = [said[0], said[Math.floor(said.length / 2)], said[said.length - 1]].filter((s): s is string => !!s);
    return picks.flatMap((s) => [s, `what if ${s}`].map((phrase) => [entry.id, phrase] as const));
  });

  it.each(cases)('%s: "%s"', async (id, phrase) => {
    const cook = await cookAt(16);
    const heard = await cook.say(phrase);
    expect(heard.sent).toBe(Intent.Troubleshoot);
    expect(heard.speech).toContain(f.advice(id, 'finish'));
  });

  it('knows that a skin not puffing in the low roast is expected, and not in the finish', async () => {
    const cook = await cookAt(13);
    expect((await cook.say("why isn't the skin puffing")).speech).toContain(f.advice('skin-not-puffing', 'roast'));
    await cook.say('skip to the hot finish');
    expect((await cook.say("why isn't the skin puffing")).speech).toContain(f.advice('skin-not-puffing'));
  });

  it('answers a problem the seed does not cover honestly, with the nearest advice it has', async () => {
    const cook = await cookAt(16);
    const near = await cook.intent(Intent.Troubleshoot, { [Slot.Problem]: 'the crackling went leathery' });
    expect(near.speech).toContain('The recipe doesn’t cover exactly that.');
    expect(near.speech).toContain(f.advice('soft-crackling').slice(1));
    const none = await cook.intent(Intent.Troubleshoot, { [Slot.Problem]: 'my oven door fell off' });
    expect(none.speech).toContain('The recipe doesn’t cover that. For the hot finish, it has advice for when the skin doesn’t puff');
    const missing = await cook.intent(Intent.Troubleshoot);
    expect(missing.speech).toContain('has advice for when');
    expect((await cook.say('where am I')).speech).toContain('step 16 of');
  });
});

describe('swaps and variations', () => {
  it('gives the gluten-free, no-vinegar and dairy-free swaps, the miso-maple glaze, the pairing and the service tip', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: I need it gluten free
      A: For gluten-free, use ${f.alternative('soy-sauce')} instead of soy sauce.
      U: I don't have any vinegar
      A: you can use ${f.alternative('cider-vinegar')}
      U: make it dairy free
      A: use ${f.alternative('butter')} instead of unsalted butter
      U: what's the miso maple glaze
      A: ${f.variation('miso-maple')}
      U: what should I serve with it
      A: ${f.pairing()}
      U: any serving tips
      A: ${f.serviceTip()}
    `);
  });

  it('says plainly when a diet has no version', async () => {
    const cook = await cookAt(19);
    const heard = await cook.intent(Intent.Diet, { [Slot.Diet]: 'vegan' });
    expect(heard.speech).toContain('The recipe doesn’t give a version for that. It gives swaps for gluten-free and dairy-free.');
  });
});

describe('units and size', () => {
  it('scales the rub to the cook’s pork belly, says what does not scale, and remembers it across sessions', async () => {
    const store = new MemoryStore();
    const userId = 'amzn1.ask.account.scaling';
    const cook = await cookAt(4, { persistence: store, userId });
    await cook.script(`
      U: I have a two kilo pork belly
      A: For a 2 kilogram pork belly, use ${f.scaled('kosher-salt', 2)} of kosher salt
      A: The Maple Glaze stays as written, and for the timing, go by the thermometer: about ${f.insideF('check-temp')} inside
      U: how much kosher salt
      A: ${f.scaled('kosher-salt', 2)} of kosher salt
      A: The recipe gives ${f.amount('kosher-salt')}
      U: stop
    `);
    const later = await cookAt(undefined, { persistence: store, userId });
    await later.script(`
      U: what's in the rub
      A: scaled to your pork belly: your 2 kilogram pork belly; ${f.scaled('kosher-salt', 2)} of kosher salt
      U: how much maple syrup
      A: ${f.amount('maple-syrup')} of pure maple syrup
      U: what's that in metric
      A: is about 240 milliliters. That’s a standard conversion.
    `);
  });

  it('keeps a chosen unit system, and turns down weights it cannot use', async () => {
    const cook = await cookAt(13);
    await cook.script(`
      U: use metric from now on
      A: Okay: metric, with Celsius, from now on.
      U: what's the oven temperature
      A: ${f.ovenC('slow-roast')}
      U: how much pork belly
      A: 1.5 to 1.8 kilograms of pork belly
    `);
    expect((await cook.intent(Intent.PorkSize, { [Slot.Kilograms]: '90' })).speech).toContain('90 kilograms is more than I can plan for.');
    expect((await cook.intent(Intent.PorkSize)).speech).toContain('I didn’t catch a weight I can use.');
    expect((await cook.say('I have a one and a half kilo pork belly')).speech).toContain('A one and a half kilogram pork belly is the recipe’s own size');
  });
});

describe('questions nobody can answer well still get a helpful answer and keep the place', () => {
  it.each([
    [Intent.IngredientAmount, {}, 'Which ingredient?'],
    [Intent.IngredientAmount, { [Slot.Ingredient]: 'unicorn dust' }, 'That isn’t in this recipe.'],
    [Intent.IngredientAbout, {}, 'Which ingredient?'],
    [Intent.Substitute, { [Slot.Ingredient]: 'vegetable oil' }, `It uses ${f.amount('neutral-oil')} of neutral oil.`],
    [Intent.GroupIngredients, { [Slot.Group]: 'dessert' }, 'The ingredients come in 2 parts'],
    [Intent.EquipmentAbout, {}, 'Which piece?'],
    [Intent.EquipmentAbout, { [Slot.Equipment]: 'spoon rest' }, 'That isn’t on the equipment list.'],
    [Intent.Why, { [Slot.Reason]: 'the moon' }, 'The recipe doesn’t say why. It explains drying the skin'],
    [Intent.Why, { [Slot.Reason]: 'butter' }, `${f.purpose('butter')}. It’s used at step 21.`],
    [Intent.HowTo, { [Slot.Technique]: 'juggle' }, 'The recipe doesn’t describe that.'],
    [Intent.HowLong, { [Slot.Timing]: 'marinate' }, 'Which wait? The recipe times fridge drying'],
    [Intent.ConvertUnits, {}, 'Ask me for an amount or a temperature first'],
    [Intent.SetUnits, {}, 'Which units?'],
    [Intent.Diet, {}, 'It gives swaps for gluten-free and dairy-free.'],
    [Intent.Variation, { [Slot.Variation]: 'chocolate' }, 'Miso-Maple glaze'],
  ] as const)('%s %j', async (intent, slots, expected) => {
    const cook = await cookAt(2);
    const heard = await cook.intent(intent, slots as Record<string, string>);
    expect(heard.speech).toContain(expected);
    expect(heard.speech).toMatch(/When you’re ready, say next\.$/);
    expect(cook.log.entries.filter((e) => e.level === 'error')).toEqual([]);
    expect((await cook.say('repeat')).speech).toBe(stepLine(2));
  });

  it('hands a finished cook back to starting over', async () => {
    const cook = await cookAt(TOTAL);
    await cook.say('next');
    const heard = await cook.say('how much salt');
    expect(heard.speech).toMatch(/Say start over to cook it again, or stop\.$/);
  });
});

describe('another recipe through the same question handlers', () => {
  it('answers from that recipe’s data, and says what it lacks', async () => {
    const cook = new TestCook({ recipe: tinyToast });
    await cook.script(`
      U: open crispy pork belly
      U: start
      U: how much butter
      A: Half a tablespoon of butter.
      U: what's the oven temperature
      A: This recipe doesn’t use the oven.
      U: how long
      A: Toast the bread for 2 to 3 minutes.
      U: any variations
      A: The recipe gives no variations.
      U: what equipment do I need
      A: You’ll need a toaster.
      U: where am I
      A: step 1 of 3
    `);
    const problem = await cook.intent(Intent.Troubleshoot, { [Slot.Problem]: 'the toast is burnt' });
    expect(problem.speech).toContain('The recipe doesn’t cover that, and has no troubleshooting notes.');
  });
});
