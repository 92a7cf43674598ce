import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { NEXT, spokenStep } from '../helpers/expected';

/**
 * A cook who puts a guess for the skill to confirm ("it goes in the fridge uncovered innit", "is it
 * two seventy five or two fifty", "so next is the oil right"), who is back from a break ("sorry had to
 * pop out how long was it in the fridge again"), or who has no word for a thing ("the pokey thing",
 * "the cold box", "its little silver blanket"). The answer is the recipe's own figure or step for the
 * cook's place, which confirms the guess or corrects it. Expected words come from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
/** A step's first sentence, as the answer to a question about it says it. */
const said = (id: string) => spoken(at(id).step.text).split(/(?<=\.) /)[0];

describe('a guess with a tag, put to be confirmed', () => {
  it.each(['it goes in the fridge uncovered innit', 'it goes in the fridge uncovered sound about right', 'so it goes in the fridge uncovered am i right'])(
    '"%s": the step’s own words',
    async (phrase) => {
      const cook = await cookAt(at('refrigerate').number);
      await cook.script(`
        U: ${phrase}
        I: AskYesNoIntent
        A: ${f.stepText('refrigerate')} ${NEXT}
      `);
    },
  );

  it('"ten minutes ish under the grill sound about right": the recipe’s range, which corrects the guess', async () => {
    const cook = await cookAt(at('blister').number);
    await cook.script(`
      U: ten minutes ish under the grill sound about right
      A: ${said('blister')} ${NEXT}
    `);
  });
});

describe('a choice of two oven figures', () => {
  it.each(['is it two seventy five or two fifty', 'do i set it to three hundred or two fifty'])('"%s": the oven’s setting for this step', async (phrase) => {
    const preheat = at('preheat-low');
    const cook = await cookAt(preheat.number);
    await cook.script(`
      U: ${phrase}
      A: For the ${preheat.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });
});

describe('a guess at what comes next', () => {
  it.each([
    ['so next is the oil right', 'season-meat'],
    ['is the next bit the fridge or the oven', 'mix-rub'],
    ['next is taking it out right', 'blister'],
    ['slicing next yeah', 'brush-glaze'],
  ])('"%s": the next step, read', async (phrase, from) => {
    const cook = await cookAt(at(from).number);
    await cook.script(`
      U: ${phrase}
      I: NextSaidIntent
      A: ${spokenStep(at(from).number + 1)}
    `);
  });
});

describe('back from a break, then a question', () => {
  it.each([
    'sorry had to pop out how long was it meant to be in the fridge again',
    "okay i'm back how long does it stay in the fridge",
    'back now how long does it stay in the fridge',
  ])('"%s": the question, answered', async (phrase) => {
    const cook = await cookAt(at('refrigerate').number);
    await cook.script(`
      U: ${phrase}
      A: ${f.stepText('refrigerate')} ${NEXT}
    `);
  });

  it('"back now is the glaze going on before or after i slice it": the step’s own words', async () => {
    const cook = await cookAt(at('brush-glaze').number);
    await cook.script(`
      U: back now is the glaze going on before or after i slice it
      A: This step says: ${spoken(at('brush-glaze').step.text)} ${NEXT}
    `);
  });
});

describe('a thing without its name', () => {
  it('"how long does it have to sleep in the cold box": the fridge’s wait', async () => {
    const cook = await cookAt(at('refrigerate').number);
    await cook.script(`
      U: how long does it have to sleep in the cold box
      A: ${f.stepText('refrigerate')} ${NEXT}
    `);
  });

  it('"how long does it nap under its little silver blanket": the rest under foil', async () => {
    const cook = await cookAt(at('rest').number);
    await cook.script(`
      U: how long does it nap under its little silver blanket
      A: ${said('rest')} ${NEXT}
    `);
  });

  it('"what should the pokey thing say when i stick it in": the thermometer’s target', async () => {
    const check = at('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what should the pokey thing say when i stick it in
      A: About ${f.insideF('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });
});
