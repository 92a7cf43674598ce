import { allSteps, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { capital, NEXT, offeredStep, whereAt } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Questions asked in forms the earlier lists barely had (issue 11, list D's kinds), through the real
 * interaction model: the lead-ins of other Englishes ("y'all", "reckon", "hon", "lord have mercy",
 * "do I gotta"); the word order of a cook whose first language is not English, the topic first or the
 * question word after its preposition ("with what I cover it now", "the kosher salt how much I need");
 * clipped fragments whose question comes last ("ten minutes or fifteen which", "out of ginger now
 * what"); and a question about what the printed recipe says. The phrasings are new, not list D's.
 * Expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
/** A step's sentence as the skill says it: the first of its text unless another is asked for. */
const sentence = (id: string, n = 0) => spoken(step(id).step.text.split(/(?<=\.)\s+/)[n]!);
const says = (text: string) => `This step says: ${text} ${NEXT}`;

describe('lead-ins of other Englishes', () => {
  it('Southern openers before a question: "lord have mercy", "hon", "I reckon"', async () => {
    const rest = await cookAt(step('rest').number);
    await rest.script(`
      U: lord have mercy how long does it rest
      A: ${sentence('rest')} ${NEXT}
    `);
    const fridge = await cookAt(step('refrigerate').number);
    await fridge.script(`
      U: hon should i cover it in the icebox
      A: ${sentence('refrigerate')} ${NEXT}
    `);
    const salt = await cookAt(step('season-meat').number);
    await salt.script(`
      U: i reckon how much kosher salt goes on
      A: ${f.amount('kosher-salt')} of ${f.name('kosher-salt')}. ${NEXT}
    `);
  });

  it('"how\'m I gonna tell" asks how to know it is done', async () => {
    const blister = step('blister');
    const cook = await cookAt(blister.number);
    await cook.script(`
      U: how'm i gonna tell when the skin's done
      A: It’s done when ${blister.step.doneWhen}. ${spoken(blister.step.warnings![0]!)} ${NEXT}
    `);
  });

  it('a Southern opener before a move or a hold, not only a question', async () => {
    const cook = await cookAt(step('rack-it').number);
    await cook.script(`
      U: y'all what step am i on
      A: ${whereAt(step('rack-it').number)}
      U: alrighty next
      A: ${offeredStep(step('refrigerate').number)}
    `);
  });
});

describe('word order of other languages', () => {
  it('the question word after its preposition: "with what I cover it now", "with what I dry the skin"', async () => {
    const rest = await cookAt(step('rest').number);
    await rest.script(`
      U: with what i cover it now
      A: ${says(sentence('rest'))}
    `);
    const dry = await cookAt(step('pat-dry').number);
    await dry.script(`
      U: with what i dry the skin
      A: ${says(sentence('pat-dry'))}
    `);
  });

  it('the topic first: "the kosher salt how much I need"', async () => {
    const cook = await cookAt(step('season-meat').number);
    await cook.script(`
      U: the kosher salt how much i need
      A: ${f.amount('kosher-salt')} of ${f.name('kosher-salt')}. ${NEXT}
    `);
  });

  it('a yes-or-no question in the order of a statement: "I must cut into the meat", "I must cover the pork"', async () => {
    const score = step('score');
    const cook = await cookAt(score.number);
    await cook.script(`
      U: i must cut into the meat
      A: ${says(spoken(score.step.warnings![0]!))}
    `);
    const fridge = await cookAt(step('refrigerate').number);
    await fridge.script(`
      U: i must cover the pork in the fridge
      A: ${sentence('refrigerate')} ${NEXT}
    `);
  });
});

describe('clipped fragments, the question said last', () => {
  it('"ten minutes or fifteen which" at the rest is the rest', async () => {
    const cook = await cookAt(step('rest').number);
    await cook.script(`
      U: ten minutes or fifteen which
      A: ${sentence('rest')} ${NEXT}
    `);
  });

  it('"simmer to what like how thick" and "glaze what goes in" are the step’s own sentence', async () => {
    const reduce = await cookAt(step('reduce-glaze').number);
    await reduce.script(`
      U: simmer to what like how thick
      A: ${says(sentence('reduce-glaze'))}
    `);
    const combine = await cookAt(step('combine-glaze').number);
    await combine.script(`
      U: glaze what goes in
      A: ${says(sentence('combine-glaze'))}
    `);
  });

  it('"out of ginger now what" is what to do without it', async () => {
    const cook = await cookAt(step('reduce-glaze').number);
    await cook.script(`
      U: out of ginger now what
      A: The recipe gives no swap for the ${f.name('ginger')}, but it’s optional: you can leave it out. ${NEXT}
    `);
  });
});

describe('questions about the printed recipe', () => {
  it('"the chef notes says towel, when do I do that" is the recipe’s tip about the towel', async () => {
    const out = step('take-out');
    const cook = await cookAt(out.number);
    await cook.script(`
      U: the chef notes says towel when do i do that
      A: ${says(spoken(out.step.tips![0]!.split(/(?<=\.)\s+/)[0]!))}
    `);
  });

  it('list D: "the bracket says do not exceed um exceed what" is the baking soda’s amount', async () => {
    const cook = await cookAt(step('rub-skin').number);
    await cook.script(`
      U: the bracket says do not exceed um exceed what
      A: ${capital(f.amount('baking-soda'))} of ${f.name('baking-soda')}, ${f.note('baking-soda')}. It ${f.purpose('baking-soda')}. ${NEXT}
    `);
  });
});

describe('a yes-or-no question naming the ingredient where it goes', () => {
  it('"do I gotta use the oil" and "pepper in the glaze yes or no" ask whether it is needed, not for a swap', async () => {
    const cook = await cookAt(step('season-glaze').number);
    await cook.script(`
      U: pepper in the glaze yes or no
      A: The recipe calls for it: ${f.ingredient('glaze-pepper').measureWords} of ${f.name('glaze-pepper')}. It’s ${f.purpose('glaze-pepper')}. ${NEXT}
    `);
    const oil = await cookAt(step('oil-meat').number);
    await oil.script(`
      U: do i gotta use the oil
      A: The recipe calls for it: ${f.amount('neutral-oil')} of ${f.name('neutral-oil')}. It’s ${f.purpose('neutral-oil')}. ${NEXT}
    `);
  });
});
