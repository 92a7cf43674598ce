import { allSteps, porkBelly, problems } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { groupHeard, NEXT } from '../helpers/expected';

/**
 * Questions whose answer is in the recipe, found by the question's form and the cook's own words
 * (issue 11): "skin up or down" wants the sentence that says "up"; "what do I put it in" wants the
 * thing after "in"; "how will I know when ..." wants what the recipe says it looks like when ready;
 * "alongside", "depth", "brighten" are the cook's words for the recipe's pairing, umami and lemon
 * zest. Through the real interaction model; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const FINISHED = 'Say start over to cook it again, or stop.';
const step = (id: string) => allSteps(porkBelly).find((s) => s.step.id === id)!;
const said = (id: string) => `This step says: ${spoken(step(id).step.text)} ${NEXT}`;
const advice = (id: string) => problems(porkBelly).find((p) => p.id === id)!;

describe('the question’s form finds the sentence that answers it', () => {
  it('"up or down" and "which way up" find the sentence that says which side goes up', async () => {
    const rack = await cookAt(step('rack-it').number);
    await rack.script(`
      U: skin up or down
      A: ${said('rack-it')}
    `);
    const pan = await cookAt(step('into-pan').number);
    await pan.script(`
      U: which way up does it go
      A: ${said('into-pan')}
    `);
  });

  it('a question ending in "in", "on" or "with" finds the thing the step puts after it', async () => {
    const pan = await cookAt(step('into-pan').number);
    await pan.script(`
      U: what do I put it in
      A: ${said('into-pan')}
    `);
    const rack = await cookAt(step('rack-it').number);
    await rack.script(`
      U: what do i put it on again
      A: ${said('rack-it')}
    `);
    const dry = await cookAt(step('pat-dry').number);
    await dry.script(`
      U: what do i dry the rind with
      A: ${said('pat-dry')}
    `);
  });

  it('"how will I know when" finds what the recipe says it looks like when it is ready, at the cook’s step', async () => {
    const out = await cookAt(step('take-out').number);
    await out.script(`
      U: how will i know when to take it out
      A: It’s done when ${step('take-out').step.doneWhen}. ${NEXT}
    `);
    const glaze = await cookAt(step('reduce-glaze').number);
    await glaze.script(`
      U: how do i know when it's thick enough
      A: It’s done when ${step('reduce-glaze').step.doneWhen}. ${NEXT}
    `);
  });

  it('a yes-or-no question about leaving it finds the step’s own warning, not a word shared elsewhere', async () => {
    const blister = step('blister');
    const cook = await cookAt(blister.number);
    await cook.script(`
      U: can i leave it while i greet my guests
      A: This step says: ${spoken(blister.step.warnings![0]!)} ${NEXT}
    `);
  });

  it('"why is the oven so low" is the recipe’s reason for the low and slow roast', async () => {
    const reason = porkBelly.reasons.find((r) => r.id === 'why-low-then-high')!;
    const cook = await cookAt(step('slow-roast').number);
    await cook.script(`
      U: why's the oven so low
      A: ${spoken(reason.text)} ${NEXT}
    `);
  });
});

describe('the cook’s own words for what the recipe says', () => {
  it('"what do I use" after what the cook lacks is the recipe’s swap', async () => {
    const vinegar = f.ingredient('cider-vinegar');
    const cook = await cookAt(step('combine-glaze').number);
    await cook.script(`
      U: got no vinegar what do i use
      A: Instead of ${vinegar.name}, you can use ${vinegar.alternatives![0]!.name}. ${NEXT}
    `);
  });

  it('"alongside" asks for the pairing, "brighten it up before serving" for the serving tip', async () => {
    const cook = await cookAt(allSteps(porkBelly).length);
    await cook.script(`
      U: next
      U: what would go nice alongside it
      A: ${spoken(porkBelly.pairing)} ${FINISHED}
      U: how can i brighten it up just before serving
      A: ${spoken(porkBelly.serviceTip)} ${FINISHED}
    `);
  });

  it('"more depth" for the glaze is the recipe’s umami: the miso tip', async () => {
    const reduce = step('reduce-glaze');
    const cook = await cookAt(step('combine-glaze').number);
    await cook.script(`
      U: is there a way to give the glaze a bit more depth
      A: Step ${reduce.number} says: ${spoken(reduce.step.tips![0]!)} ${NEXT}
    `);
  });

  it('patches that won’t blister are the recipe’s uneven blistering, with its blowtorch', async () => {
    const uneven = advice('uneven-blistering');
    const cook = await cookAt(step('blister').number);
    await cook.script(`
      U: anything i can do for patches that won't blister
      A: If ${uneven.problem}: ${spoken(uneven.advice)} ${NEXT}
    `);
  });

  // "I haven't time" says "time" without asking how long: the cook's want is the advice, not the wait.
  it('doing without the overnight wait is the recipe’s advice for a cook short on time', async () => {
    const short = advice('no-time-to-dry');
    const cook = await cookAt(step('refrigerate').number);
    await cook.script(`
      U: can i just like not do overnight
      A: If ${short.problem}: ${spoken(short.advice)} ${NEXT}
      U: i'm afraid i haven't time to leave it overnight what would you suggest
      A: If ${short.problem}: ${spoken(short.advice)} ${NEXT}
    `);
  });

  it('British kitchen words: a "tin" is a pan, the "cooker" is the oven', async () => {
    const into = step('into-pan');
    const pan = porkBelly.equipment.find((e) => e.id === 'roasting-pan')!;
    const cook = await cookAt(into.number);
    await cook.script(`
      U: what sort of tin does it go in
      A: The recipe lists a ${pan.name}. It’s used at step ${into.number}: ${spoken(into.step.text)} ${NEXT}
    `);
    const roast = step('slow-roast');
    const roasting = await cookAt(roast.number);
    await roasting.script(`
      U: how long is it in the cooker for
      A: ${spoken(roast.step.text.split('. ')[0]!)}. ${NEXT}
    `);
  });
});

describe('how much of a whole group, not of one of its ingredients', () => {
  it('"how much glaze" at the brushing step is the step’s thin layer; before the cook starts, the glaze’s list', async () => {
    const brush = step('brush-glaze');
    const cook = await cookAt(brush.number);
    await cook.script(`
      U: how much glaze do i slap on
      A: This step says: ${spoken(brush.step.text)} ${NEXT}
    `);
    const fresh = await cookAt();
    const heard = await fresh.say('how much glaze');
    expect(heard.speech).toBe(`${groupHeard('glaze')} When you’re ready, say start.`);
  });
});
