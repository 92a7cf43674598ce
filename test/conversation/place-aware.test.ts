import { porkBelly, type PlacedStep } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { factsOf } from '../helpers/facts';
import { spoken, spokenDuration } from '../helpers/spoken';
import { NEXT, capital } from '../helpers/expected';

/** The first sentence of a step as written. */
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;

/**
 * Issue 12, answers that know the step: a word several ingredients share ("salt", "pepper") gives
 * the one the cook's step (or phase) uses, with its use; all of them, each with its use, only
 * where nothing narrows it. Every expected word comes from the recipe data (helpers/facts.ts).
 */

const f = factsOf(porkBelly);
const at = (id: string): PlacedStep => f.step(id);
/** "2 teaspoons of kosher salt", "a pinch of flaky sea salt", as an amount is heard. */
const amountOf = (id: string) => `${f.amount(id) === 'pinch' ? 'a pinch' : f.amount(id)} of ${f.name(id)}`;
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

describe('answers for the cook’s place: is it done, meanwhile, the glaze', () => {
  const roastCheck = at('check-temp');
  const target = `about ${f.insideF('check-temp')} inside`;
  const recheck = spokenDuration({ min: roastCheck.step.recheckMinutes!, max: roastCheck.step.recheckMinutes! });
  const thermometer = `It’s ready for the ${at('heat-high').phase.shortName} at ${target}, on the thermometer. If it’s lower, check again in ${recheck}. Without a thermometer, go by the time: ${spokenDuration(at('slow-roast').step.duration!.minutes)}.`;

  it('"is it done" at the roast and its check: the thermometer’s target', async () => {
    const roast = await cookAt(at('slow-roast').number);
    await roast.script(`
      U: is it done
      I: IsItDoneIntent
      A: ${thermometer} ${NEXT}
      U: how long
      A: ${spoken(firstSentence(at('slow-roast').step.text))} ${NEXT}
    `);
    const check = await cookAt(roastCheck.number);
    await check.script(`
      U: is it ready yet
      A: ${thermometer} ${NEXT}
    `);
  });

  it('"is it done" at the finish: the skin as the recipe describes it, with the step’s warning', async () => {
    const blister = at('blister');
    const cook = await cookAt(blister.number);
    await cook.script(`
      U: is it done
      A: It’s done when ${blister.step.doneWhen}. ${spoken(blister.step.warnings![0]!)} ${NEXT}
      U: next
      U: how do I know when it's done
      A: It’s done when ${at('take-out').step.doneWhen}. Say next to go on.
    `);
  });

  it('"when do I take it out" with no dinner plan: at the finish, when the skin is done; before the oven, out of the fridge', async () => {
    const blister = at('blister');
    const finishing = await cookAt(blister.number);
    await finishing.script(`
      U: when do I take it out
      A: It’s done when ${blister.step.doneWhen}. ${spoken(blister.step.warnings![0]!)} ${NEXT}
    `);
    const temper = at('temper');
    const drying = await cookAt(at('refrigerate').number);
    // The answer is the step that takes it out, said by its first sentence and its number.
    await drying.script(`
      U: when do I take it out
      A: ${spoken(firstSentence(temper.step.text))} That’s step ${temper.number}. ${NEXT}
    `);
    const [fridge, roast] = [at('refrigerate'), at('slow-roast')];
    const prepping = await cookAt(2);
    await prepping.script(`
      U: when does it go in the fridge
      A: ${spoken(firstSentence(fridge.step.text))} That’s step ${fridge.number}. ${NEXT}
      U: when does it go in the oven
      A: ${spoken(firstSentence(roast.step.text))} That’s step ${roast.number}. ${NEXT}
    `);
  });

  it('"is it done" at the glaze, the rest, a step with nothing to judge, and before starting', async () => {
    const glaze = await cookAt(at('reduce-glaze').number);
    await glaze.script(`
      U: is it done
      A: It’s done when ${at('reduce-glaze').step.doneWhen}. ${NEXT}
    `);
    const rest = at('rest');
    const resting = await cookAt(rest.number);
    await resting.script(`
      U: is it done
      A: It’s done after ${spokenDuration(rest.step.duration!.minutes)}. Then: ${spoken(rest.step.duration!.check!)} ${NEXT}
    `);
    const early = await cookAt(2);
    await early.script(`
      U: is it done
      A: There’s nothing to check at step 2. The next check is at step ${roastCheck.number}. ${NEXT}
    `);
    const before = await cookAt();
    const [blister, glazeStep] = [at('blister'), at('reduce-glaze')];
    await before.script(`
      U: is it done
      A: The recipe checks 3 times: at step ${roastCheck.number}, ${target}; at step ${blister.number}, ${blister.step.doneWhen};
      A: and at step ${glazeStep.number}, ${glazeStep.step.doneWhen}. When you’re ready, say start.
    `);
  });

  it('"what do I do while it rests": the glaze, made meanwhile; while it roasts, nothing hands-on till the check', async () => {
    const glaze = at('combine-glaze');
    const rest = await cookAt(at('rest').number);
    await rest.script(`
      U: what do I do while it rests
      I: WhileWaitingIntent
      A: Start the ${glaze.phase.shortName}, step ${glaze.number}: ${spoken(glaze.step.text)} ${NEXT}
    `);
    const roast = at('slow-roast');
    const roasting = await cookAt(roast.number);
    await roasting.script(`
      U: what should I do while it roasts
      A: Nothing hands-on for ${spokenDuration(roast.step.duration!.minutes)}. When it’s up: ${spoken(roast.step.duration!.check!)} ${NEXT}
    `);
  });

  it('"how do I make the glaze" is the method, from its first step; "when do I put the glaze on" and "what do I do with the glaze" the brushing', async () => {
    const first = at('combine-glaze');
    const glazeSteps = first.phase.steps.length;
    const cook = await cookAt(first.number);
    await cook.script(`
      U: how do I make the glaze
      I: HowToIntent
      A: The ${first.phase.shortName} is steps ${first.number} to ${first.number + glazeSteps - 1}. Step ${first.number}: ${spoken(first.step.text)} ${NEXT}
    `);
    const brush = at('brush-glaze');
    // The brushing step with its two tips is long: the tips are offered in a few words, and "more" reads them.
    const brushing = `Step ${brush.number}: ${spoken(brush.step.text)} For tips, say more. ${NEXT}`;
    const seasoning = await cookAt(at('season-glaze').number);
    await seasoning.script(`
      U: when do I put the glaze on
      A: ${brushing}
      U: what do I do with the glaze
      A: ${brushing}
      U: more
      A: Tip: ${spoken(brush.step.tips![0]!)} For another tip, say more.
      U: more
      A: Tip: ${spoken(brush.step.tips![1]!)} ${NEXT}
      U: more
      A: That’s everything. ${NEXT}
    `);
  });
});

describe('follow-ups refer to the last thing said', () => {
  it('"and the pepper?" after the salt at the seasoning step: the pepper this step uses', async () => {
    const cook = await cookAt(at('season-meat').number);
    await cook.script(`
      U: how much salt
      A: ${capital(amountOf('kosher-salt'))}, ${f.purpose('kosher-salt')}. ${NEXT}
      U: and the pepper
      I: FollowUpIntent
      A: ${capital(f.name('black-pepper'))}: to taste. It’s ${f.purpose('black-pepper')}. ${NEXT}
    `);
  });

  it('"and the glaze?" after the salt: the glaze’s own salt; after how long, the glaze’s wait; after how hot, no oven', async () => {
    const cook = await cookAt(at('season-meat').number);
    const reduce = at('reduce-glaze');
    const roast = at('slow-roast');
    await cook.script(`
      U: how much salt
      U: and the glaze
      A: ${capital(amountOf('flaky-salt'))}, ${f.purpose('flaky-salt')}. ${NEXT}
      U: how long does the roast take
      A: ${spoken(firstSentence(roast.step.text))} That’s step ${roast.number}. ${NEXT}
      U: what about the glaze
      A: ${spoken(firstSentence(reduce.step.text))} That’s step ${reduce.number}. ${NEXT}
      U: how hot
      U: and the glaze
      A: The oven isn’t used in the ${reduce.phase.shortName}. For the ${roast.phase.shortName}, ${f.ovenF('slow-roast')};
      A: and for the ${at('blister').phase.shortName}, ${f.ovenF('blister')} or broil. ${NEXT}
    `);
  });

  it('"what’s that in grams" and "and in Celsius" convert the last answer', async () => {
    const check = at('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: is it done
      U: and in celsius
      A: About ${f.insideC('check-temp')} inside, at step ${check.number}, in the ${check.phase.shortName}.
      A: ${spoken(check.step.tips![0]!)} That’s the recipe’s own figure. ${NEXT}
    `);
    // The recipe gives the oil by volume only; at the skin step "that" is the step's share, in milliliters
    // by the standard 4.93 milliliters to the teaspoon, then the whole (14.79 to the tablespoon, to the 5).
    const share = f.share('neutral-oil', 1);
    const teaspoons = Number(share.amount.split(' ')[0]);
    const whole = f.ingredient('neutral-oil').quantity!;
    const skin = await cookAt(at('rub-skin').number);
    await skin.script(`
      U: how much oil
      U: what's that in grams
      A: At this step, ${share.amount} of ${f.name('neutral-oil')} is about ${Math.round(teaspoons * 4.92892)} milliliters;
      A: ${f.amount('neutral-oil')} in all is about ${Math.round((whole.value.max * 14.7868) / 5) * 5} milliliters. That’s a standard conversion.
      A: The recipe measures it by volume, so it gives no weight. ${NEXT}
    `);
  });
});
