import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';

/**
 * Issue 12, answers that know the step: a word several ingredients share ("salt", "pepper") gives
 * the one the cook's step (or phase) uses, with its use; all of them, each with its use, only
 * where nothing narrows it. Every expected word comes from the recipe data (helpers/facts.ts).
 */

const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "2 teaspoons of kosher salt", "a pinch of flaky sea salt", as an amount is heard. */
const amountOf = (id: string) => `${f.amount(id) === 'pinch' ? 'a pinch' : f.amount(id)} of ${f.name(id)}`;
const NEXT = 'When you’re ready, say next.';
const allSalts = ['kosher-salt', 'sea-salt', 'flaky-salt'];

describe('"how much salt" at the step that uses one of the salts', () => {
  it.each([
    ['season-meat', 'kosher-salt'],
    ['mix-rub', 'sea-salt'],
    ['rub-skin', 'sea-salt'],
    ['season-glaze', 'flaky-salt'],
  ])('at the %s step, the %s and its use', async (stepId, saltId) => {
    const cook = await cookAt(at(stepId).number);
    await cook.script(`
      U: how much salt
      A: ${capital(amountOf(saltId))}, ${f.purpose(saltId)}. ${NEXT}
    `);
  });

  it('in the glaze, before its seasoning step, the glaze’s salt', async () => {
    const cook = await cookAt(at('reduce-glaze').number);
    await cook.script(`
      U: how much salt
      A: ${capital(amountOf('flaky-salt'))}, ${f.purpose('flaky-salt')}. ${NEXT}
    `);
  });

  it('where no step narrows it (before starting, while it dries), every salt with its use', async () => {
    const each = allSalts.map((id) => `${amountOf(id)}, ${f.purpose(id)}`);
    const all = `The recipe has 3 of those: ${each[0]}; ${each[1]}; and ${each[2]}.`;
    const before = await cookAt();
    await before.script(`
      U: how much salt
      A: ${all} When you’re ready, say start.
    `);
    const drying = await cookAt(at('refrigerate').number);
    await drying.script(`
      U: how much salt
      A: ${all} ${NEXT}
    `);
  });

  it('in the prep, before the seasoning, the two salts of the rub', async () => {
    const cook = await cookAt(at('pat-dry').number);
    const [kosher, sea] = ['kosher-salt', 'sea-salt'].map((id) => `${amountOf(id)}, ${f.purpose(id)}`);
    await cook.script(`
      U: how much salt
      A: The recipe has 2 of those: ${kosher}; and ${sea}. ${NEXT}
    `);
  });
});

describe('"how much pepper" and "how much oil" by the step', () => {
  it('at the seasoning step, the meat’s pepper; in the glaze, the glaze’s', async () => {
    const meat = await cookAt(at('season-meat').number);
    await meat.script(`
      U: how much pepper
      A: ${capital(f.name('black-pepper'))}: to taste. It’s ${f.purpose('black-pepper')}. ${NEXT}
    `);
    const glaze = await cookAt(at('season-glaze').number);
    const pepper = f.ingredient('glaze-pepper');
    await glaze.script(`
      U: how much pepper
      A: ${capital(pepper.measureWords!)} of ${pepper.name}, ${pepper.purpose}. ${NEXT}
    `);
  });

  it('at the skin step, the oil’s remaining share', async () => {
    const cook = await cookAt(at('rub-skin').number);
    const skin = f.share('neutral-oil', 1);
    const meat = f.share('neutral-oil', 0);
    await cook.script(`
      U: how much oil
      A: At this step, the remaining ${skin.amount} of the ${f.name('neutral-oil')}, ${skin.use}.
      A: ${capital(meat.amount)} went ${meat.use} at step ${meat.stepNumber}: ${amountOf('neutral-oil')}, ${f.note('neutral-oil')}, in all. ${NEXT}
    `);
  });
});
