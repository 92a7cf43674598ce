import { allSteps, porkBelly, problems } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, offeredStep, phaseName, spokenStep, whereAt } from '../helpers/expected';
import { spoken, spokenAmount, spokenTemperature } from '../helpers/spoken';

/**
 * What a cook says rather than asks (issue 11): a finished action is the cue to move on, a step
 * the cook's pork or plan doesn't need is skipped with what the recipe allows, a reading is
 * judged, a worry hears the recipe's advice, and a question inside a statement is still answered
 * as a question. Through the real interaction model; the phrasings are new ones of each kind, with a
 * few of list D's; expected text comes from the recipe data.
 */
const steps = allSteps(porkBelly);
const step = (id: string) => steps.find((s) => s.step.id === id)!;
const ingredient = (id: string) => porkBelly.ingredientGroups.flatMap((g) => g.ingredients).find((i) => i.id === id)!;
const done = (n: number) => `Good, that’s step ${n} done. ${offeredStep(n + 1)}`;

describe('a finished action moves the cook on', () => {
  it.each([
    [step('into-pan').number, "okay it's in the roasting pan"],
    [step('season-meat').number, "we've seasoned the meat side"],
    [step('slice').number, 'okay all cut up'],
    [step('rack-it').number, "alright it's sitting on the rack now"],
    [step('brush-glaze').number, 'i brushed it all on'],
    [step('combine-glaze').number, "everything's in the pan"],
  ])('at step %i, "%s" is that step done, and the next step read', async (n, phrase) => {
    const cook = await cookAt(n);
    await cook.script(`
      U: ${phrase}
      A: ${n === steps.length - 1 ? `Good, that’s step ${n} done. ${spokenStep(n + 1)} That’s the last step. Enjoy your ${porkBelly.title}!` : done(n)}
    `);
  });

  it('a statement only about the step says how the recipe tells it is done, and stays', async () => {
    const reduce = step('reduce-glaze');
    const cook = await cookAt(reduce.number);
    await cook.script(`
      U: just checked the simmer
      A: Step ${reduce.number} is done when ${reduce.step.doneWhen}. ${NEXT}
      U: where am i
      A: ${whereAt(reduce.number)}
    `);
  });
});

describe('a step skipped by statement is acknowledged from the recipe, then the next step', () => {
  it('a step the pork doesn’t need is skipped', async () => {
    const clean = step('clean-skin').number;
    const cook = await cookAt(clean);
    await cook.script(`
      U: mine's clean already so skip this
      A: Fine, we’ll skip step ${clean}. ${offeredStep(clean + 1)}
    `);
    const score = step('score').number;
    const scored = await cookAt(score);
    await scored.script(`
      U: mine came already scored from the butcher
      A: Fine, we’ll skip step ${score}. ${offeredStep(score + 1)}
    `);
  });

  it('a whole part skipped goes to the first step after it', async () => {
    const rack = step('rack-it');
    const after = steps.find((s) => s.index > rack.index && s.phase.id !== rack.phase.id)!;
    const cook = await cookAt(rack.number);
    await cook.script(`
      U: i've no time for the drying so skip that whole part
      A: Fine, we’ll skip the ${phaseName(rack.phase.id)}. ${offeredStep(after.number)}
    `);
  });

  it('an optional ingredient left out says it is optional', async () => {
    const combine = step('combine-glaze').number;
    const cook = await cookAt(combine);
    await cook.script(`
      U: we're going without the ginger
      A: Fine: the ${ingredient('ginger').name} is optional. ${offeredStep(combine + 1)}
    `);
  });

  it('the recipe’s own swap is said with its amount', async () => {
    const finish = step('finish-glaze').number;
    const butter = ingredient('butter');
    const oil = butter.alternatives![0]!;
    const cook = await cookAt(finish);
    await cook.script(`
      U: we're using oil rather than butter so move on
      A: Fine, ${oil.name} instead of the ${butter.name}: ${spokenAmount(oil.quantity!)}. ${offeredStep(finish + 1)}
    `);
  });

  it('the wait’s quicker way and the oven’s other setting are said as the recipe gives them', async () => {
    const fridge = step('refrigerate');
    const shortcut = fridge.step.duration!.shortcut!;
    const cook = await cookAt(fridge.number);
    await cook.script(`
      U: i'm using a fan instead so keep going
      A: Fine, the quicker way then: ${spoken(shortcut.text)}. It’s ${shortcut.caveat}. ${offeredStep(fridge.number + 1)}
    `);
    const high = step('heat-high');
    const grill = await cookAt(high.number);
    await grill.script(`
      U: we're using the grill so carry on
      A: Fine: ${spoken(high.step.ovenAlternative!)}. ${offeredStep(high.number + 1)}
    `);
  });
});

describe('readings and worries said as statements', () => {
  const check = step('check-temp');
  const target = check.step.internalTemp!.f;

  it('a reading below the target keeps the cook roasting; one past it moves on', async () => {
    const low = await cookAt(check.number);
    await low.script(`
      U: thermometer reads one forty eight
      A: 148 degrees Fahrenheit is below the target of ${spokenTemperature(target, 'F')}, so keep roasting. Check again in ${check.step.recheckMinutes} minutes. Shall I set a ${check.step.recheckMinutes} minute timer?
    `);
    const high = await cookAt(check.number);
    await high.script(`
      U: uh oh it's reading a hundred and sixty one
      A: 161 degrees Fahrenheit is past the target of ${spokenTemperature(target, 'F')}, so no more roasting: go straight on. ${spokenStep(check.number + 1)}
    `);
  });

  it('a worry hears the recipe’s advice for it, and the cook stays', async () => {
    const dry = problems(porkBelly).find((p) => p.id === 'no-time-to-dry')!;
    const cook = await cookAt(step('pat-dry').number);
    await cook.script(`
      U: i patted it but it's still damp
      A: If ${spoken(dry.problem)}: ${spoken(dry.advice)} ${NEXT}
    `);
  });

  it('an oven short of the step’s heat hears the other setting the recipe gives, and the cook stays', async () => {
    const high = step('heat-high');
    const cook = await cookAt(high.number);
    await cook.script(`
      U: my oven only goes up to four fifty
      A: Then use the recipe’s other setting: ${spoken(high.step.ovenAlternative!)}. ${NEXT}
      U: where am i
      A: ${whereAt(high.number)}
    `);
  });

  it('a statement holding a question is answered as the question, not taken as a move', async () => {
    const combine = step('combine-glaze');
    const cook = await cookAt(combine.number);
    await cook.script(`
      U: i'm leaving out the ginger is that okay
      A: This step says: ${spoken(combine.step.text)} ${NEXT}
    `);
  });
});

describe('told not to move on, or asked for tips while working, the cook stays on the step', () => {
  it('"don\'t move on" and "not done with" said in narration keep the place; they never mark the step done (list L\'s first run moved on)', async () => {
    const n = step('blister').number;
    const cook = await cookAt(n);
    await cook.script(`
      U: i'm not done with this one yet don't move on
      A: ${heldAt(n)}
      U: where am i
      A: ${whereAt(n)}
    `);
    const rub = step('rub-skin').number;
    const rubbing = await cookAt(rub);
    await rubbing.script(`
      U: hold on i'm not finished with the rub
      A: ${heldAt(rub)}
      U: i'm still rubbing it in do not go on yet
      A: ${heldAt(rub)}
    `);
  });

  it('"any tips" after what the cook is doing asks a question: the step\'s own tip, not the step done', async () => {
    const slice = step('slice');
    const hard = problems(porkBelly).find((p) => p.id === 'hard-to-slice')!;
    const cook = await cookAt(slice.number);
    await cook.script(`
      U: i'm slicing it and the crackling is shattering all over the board any tips
      A: If ${spoken(hard.problem)}: ${spoken(hard.advice)} ${NEXT}
      U: where am i
      A: ${whereAt(slice.number)}
    `);
  });
});
