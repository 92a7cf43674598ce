import { porkBelly, type Ingredient } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { capital, NEXT } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken, spokenAmount } from '../helpers/spoken';

/**
 * List L's question kinds, as classes: a statement with its question tag last, often in the
 * negative ("i don't need to cover it do i"); a chef's shorthand without a verb ("internal target",
 * "temp for the blast", "sub for the vinegar"); Irish, Australian and an older cook's phrasings
 * ("will i cover it with cling film", "have you the amount of maple syrup there", "heaps of ginger or
 * just a bit", "dear what kind of oil"); Indian English ("ginger is compulsory or optional", "how i
 * will know the skin is done"); and a misheard word ("inter null temp"). Each reaches a question, never
 * a timer by the thing's name. Through the real interaction model; the phrasings are this file's own
 * or list L's; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const sentences = (text: string) => text.split(/(?<=\.)\s+/);
/** A step's nth sentence, as the skill reads a step's instruction back. */
const says = (stepId: string, n = 0) => `This step says: ${spoken(sentences(f.step(stepId).step.text)[n]!)} ${NEXT}`;
const reason = (id: string) => spoken(porkBelly.reasons.find((r) => r.id === id)!.text);

describe('a statement with its question tag last', () => {
  it.each([
    ['i don\'t need to cover it do i', 'refrigerate', 0],
    ['it shouldn\'t be blistering yet should it', 'slow-roast', 1],
    ['i don\'t whisk the butter in while it\'s still on the heat do i', 'finish-glaze', 0],
    ['we don\'t put the butter in on the heat do we', 'finish-glaze', 0],
  ] as const)('"%s": the step\'s own words, which say whether it holds', async (phrase, stepId, n) => {
    const cook = await cookAt(f.step(stepId).number);
    await cook.script(`
      U: ${phrase}
      I: AskYesNoIntent
      A: ${says(stepId, n)}
    `);
  });

  it('"you didn\'t say how much salt did you": the question asked inside the statement', async () => {
    const cook = await cookAt(f.step('season-meat').number);
    await cook.script(`
      U: you didn't say how much salt did you
      I: AskYesNoIntent
      A: ${capital(f.amount('kosher-salt'))} of ${f.name('kosher-salt')}, ${f.purpose('kosher-salt')}. ${NEXT}
    `);
    const glaze = await cookAt(f.step('season-glaze').number);
    await glaze.script(`
      U: you never said what salt for the glaze did you
      A: ${capital(f.name('flaky-salt'))}: ${f.purpose('flaky-salt')}. It’s used at step ${f.step('season-glaze').number}. ${NEXT}
    `);
  });
});

describe('a chef\'s shorthand, without a verb', () => {
  it('temperatures: the finish by its nickname, and the pull temp inside', async () => {
    const heat = f.step('heat-high');
    const finish = await cookAt(heat.number);
    await finish.script(`
      U: temp for the blast
      I: OvenTemperatureIntent
      A: For the ${heat.phase.shortName}: ${f.ovenF('heat-high')}, or ${spoken(heat.step.ovenAlternative!)}. ${NEXT}
      U: rack height broiler
      A: ${says('heat-high', 1)}
    `);
    const check = f.step('check-temp');
    const inside = `About ${f.insideF('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}`;
    const roast = await cookAt(check.number);
    await roast.script(`
      U: internal target
      I: InternalTemperatureIntent
      A: ${inside}
      U: pull temp on the belly
      A: ${inside}
      U: what's the inter null temp
      A: ${inside}
    `);
  });

  it('times, swaps, the mise and the pass', async () => {
    const reduce = await cookAt(f.step('reduce-glaze').number);
    await reduce.script(`
      U: reduction time on the glaze
      I: HowLongIntent
      A: ${spoken(f.step('reduce-glaze').step.text)} ${NEXT}
    `);
    const rest = await cookAt(f.step('rest').number);
    await rest.script(`
      U: rest time before it goes to the pass
      A: ${spoken(sentences(f.step('rest').step.text)[0]!)} ${NEXT}
    `);
    const glaze = porkBelly.ingredientGroups.find((g) => g.id === 'glaze')!;
    const listed = (i: Ingredient) => {
      const amount = !i.quantity ? i.measureWords : i.quantity.unit === 'pinch' ? 'a pinch' : spokenAmount(i.quantity);
      const swap = i.optional ? i.alternatives?.find((a) => a.quantity) : undefined;
      return `${amount} of ${i.name}${i.optional ? ', optional' : ''}${swap ? `, or ${spokenAmount(swap.quantity!)} of ${swap.name} ${swap.reason}` : ''}`;
    };
    const items = glaze.ingredients.map(listed);
    const combine = await cookAt(f.step('combine-glaze').number);
    await combine.script(`
      U: sub for the vinegar
      I: SubstituteIntent
      A: Instead of ${f.name('cider-vinegar')}, you can use ${f.alternative('cider-vinegar')}. ${NEXT}
      U: what's the mise for the glaze
      I: GroupIngredientsIntent
      A: For the ${spoken(glaze.name)}: ${items.slice(0, -1).join('; ')}; and ${items.at(-1)}. ${NEXT}
    `);
    const slice = await cookAt(f.step('slice').number);
    await slice.script(`
      U: portion thickness for plating
      A: ${says('slice', 1)}
      U: any service notes for plating this
      I: ServiceTipIntent
      A: ${porkBelly.serviceTip} ${NEXT}
    `);
  });
});

describe('Irish, Australian and an older cook\'s English', () => {
  it('"will i" for "shall i" is a question, never a timer by the fridge\'s name', async () => {
    const fridge = await cookAt(f.step('refrigerate').number);
    await fridge.script(`
      U: will i cover it with cling film or leave it bare in the fridge
      I: AskYesNoIntent
      A: ${spoken(sentences(f.step('refrigerate').step.text)[0]!)} ${NEXT}
    `);
    const rest = await cookAt(f.step('rest').number);
    await rest.script(`
      U: will i cover it with foil
      A: ${says('rest')}
    `);
  });

  it('"have you the amount", "heaps or just a bit", "was it", "dear" first, and how mother did it', async () => {
    const combine = f.step('combine-glaze');
    const cook = await cookAt(combine.number);
    await cook.script(`
      U: have you the amount of maple syrup there
      I: IngredientAmountIntent
      A: ${capital(f.amount('maple-syrup'))} of ${f.name('maple-syrup')}, ${f.note('maple-syrup')}. ${NEXT}
      U: heaps of ginger or just a bit
      I: IngredientAmountIntent
      A: ${capital(f.amount('ginger'))} of ${f.name('ginger')}, optional. ${NEXT}
      U: was it the orange juice or the vinegar
      I: AskYesNoIntent
      A: ${says('combine-glaze')}
      U: dear is the ginger compulsory
      I: IngredientOptionalIntent
      A: The ${f.name('ginger')} is optional. It ${f.purpose('ginger')}. ${NEXT}
    `);
    const roast = await cookAt(f.step('slow-roast').number);
    await roast.script(`
      U: my mum always roasted hers hot the whole way through why so low
      A: ${reason('why-low-then-high')} ${NEXT}
    `);
  });
});

describe('a figure or a heat checked in the cook\'s own words', () => {
  it('"it doesn\'t go above two seventy five does it": the oven\'s setting for the cook\'s step', async () => {
    const roast = f.step('slow-roast');
    const cook = await cookAt(roast.number);
    await cook.script(`
      U: it doesn't go above two seventy five does it
      I: AskYesNoIntent
      A: For the ${roast.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
      U: it shouldn't be below two seventy five should it
      A: For the ${roast.phase.shortName}: ${f.ovenF('preheat-low')}. ${NEXT}
    `);
  });

  it('"on what flame i should keep the glaze": the glaze\'s heat on the stove, from the step that gives it', async () => {
    const combine = f.step('combine-glaze');
    const cook = await cookAt(f.step('reduce-glaze').number);
    await cook.script(`
      U: on what flame i should keep the glaze
      A: Step ${combine.number} says: ${spoken(combine.step.text)} ${NEXT}
    `);
  });
});

describe('words a recognizer mishears', () => {
  it('"how far from the boiler do i put the wreck": the broiler and the rack', async () => {
    const heat = f.step('heat-high');
    const cook = await cookAt(heat.number);
    await cook.script(`
      U: how far from the boiler do i put the wreck
      A: Step ${heat.number}: ${spoken(heat.step.text)} ${NEXT}
      U: where does the wreck go for the boiler
      A: ${says('heat-high', 1)}
    `);
  });
});

describe('what to do meanwhile, asked in the progressive after narration', () => {
  it('"foil\'s on and it\'s resting so what should i be doing while i wait": the glaze, made meanwhile', async () => {
    const glaze = f.step('combine-glaze');
    const rest = await cookAt(f.step('rest').number);
    await rest.script(`
      U: foil's on and it's resting so what should i be doing while i wait
      I: WhileWaitingIntent
      A: Start the ${glaze.phase.shortName}, step ${glaze.number}: ${spoken(glaze.step.text)} ${NEXT}
    `);
  });
});

describe('Indian English', () => {
  it('"compulsory or optional", and "how i will know" in the order of a statement', async () => {
    const combine = await cookAt(f.step('combine-glaze').number);
    await combine.script(`
      U: ginger is compulsory or optional
      I: IngredientOptionalIntent
      A: The ${f.name('ginger')} is optional. It ${f.purpose('ginger')}. ${NEXT}
    `);
    const blister = f.step('blister');
    const cook = await cookAt(blister.number);
    await cook.script(`
      U: how i will know the skin is done
      I: IsItDoneIntent
      A: It’s done when ${blister.step.doneWhen}. ${blister.step.warnings![0]} ${NEXT}
    `);
  });
});
