import { allIngredients, porkBelly, type Quantity } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { spokenAmount } from '../helpers/spoken';
import { NEXT } from '../helpers/expected';

/**
 * Issue 11: a batch or a piece scaled by a word, then an amount asked in the same sentence
 * ("I'm halving the glaze so how much maple syrup"). The answer is the recipe's amount times the
 * factor, for the part scaled only; the recipe's own figure is named beside it. Amounts are the
 * recipe data's, times the factor, said by the tests' own reading (helpers/spoken.ts).
 */
const ingredient = (id: string) => allIngredients(porkBelly).find((i) => i.id === id)!;
const own = (id: string) => spokenAmount(ingredient(id).quantity!);
/** The recipe's quantity times a factor, in its own unit. */
const times = (id: string, factor: number): string => {
  const q = ingredient(id).quantity!;
  const scaled: Quantity = { unit: q.unit, value: { min: q.value.min * factor, max: q.value.max * factor } };
  return spokenAmount(scaled);
};

async function answer(step: number, phrase: string): Promise<string> {
  const cook = await cookAt(step);
  return (await cook.script(`U: ${phrase}`))[0]!.speech;
}

describe('an amount for a batch scaled by a word', () => {
  it('halving the glaze halves the maple syrup and names the recipe’s cup', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: i'm halving the glaze so how much maple syrup
      A: For a half batch of the glaze: ${times('maple-syrup', 0.5)} of pure maple syrup, ${ingredient('maple-syrup').note}.
      A: The recipe gives ${own('maple-syrup')} for one batch. ${NEXT}
    `);
  });

  it('"if I double it" scales the part the asked ingredient is in', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: if i double it how much dijon
      A: For a double batch: ${times('dijon-mustard', 2)} of Dijon mustard. The recipe gives ${own('dijon-mustard')} for one batch. ${NEXT}
      U: triple batch of glaze for a crowd how much maple syrup
      A: For a triple batch of the glaze: ${times('maple-syrup', 3)} of pure maple syrup, ${ingredient('maple-syrup').note}.
      A: The recipe gives ${own('maple-syrup')} for one batch. ${NEXT}
    `);
  });

  it('a range doubles at both ends', async () => {
    const cook = await cookAt(19);
    await cook.script(`
      U: doubling the glaze how much ginger
      A: For a double batch of the glaze: ${times('ginger', 2)} of finely grated ginger, optional. The recipe gives ${own('ginger')} for one batch. ${NEXT}
    `);
  });

  it('doubling the glaze leaves the rub’s salt as the recipe gives it, and says so', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: doubling the glaze how much kosher salt
      A: ${own('kosher-salt')} of kosher salt. That’s the recipe’s own amount: a double batch of the glaze doesn’t change it. ${NEXT}
    `);
  });

  it('half a piece scales the rub down, the baking soda too', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: half size piece so how much kosher salt
      A: For half the pork belly: ${times('kosher-salt', 0.5)} of kosher salt. The recipe gives ${own('kosher-salt')} for one piece. ${NEXT}
    `);
    const soda = ingredient('baking-soda');
    expect(await answer(6, "it's a small piece about half the size so how much baking soda")).toBe(
      `For half the pork belly: ${times('baking-soda', 0.5)} of baking soda, ${soda.note}. The recipe gives ${own('baking-soda')} for one piece. ${NEXT}`,
    );
  });
});

describe('the recipe’s limit holds for one piece, not for more pieces', () => {
  it('two bellies take the half teaspoon each; one doubled rub stays at the half teaspoon', async () => {
    const cook = await cookAt(6);
    await cook.script(`
      U: i've got two bellies side by side so how much baking soda in total
      A: For two pieces of pork belly: ${times('baking-soda', 2)} of baking soda. That’s ${own('baking-soda')} for each piece, and no more. ${NEXT}
      U: doubling the rub how much baking soda
      A: For a double batch of the rub: ${own('baking-soda')} of baking soda. That’s the most the recipe allows for one piece, so spread it thinly. ${NEXT}
    `);
  });
});

describe('without a scaling word', () => {
  it('the amount stays the recipe’s', async () => {
    const cook = await cookAt(4);
    await cook.script(`
      U: how much kosher salt
      A: ${own('kosher-salt')} of kosher salt. ${NEXT}
    `);
  });
});
