import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { NEXT } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';

/**
 * Issue 11, list P's first run (list P is a training list since; these phrasings are this file's own):
 * a scale said with a question the skill knows ("the core temp in degrees c", "what size belly in
 * kilos"); a chef's terse nouns ("proportions for the rub", "timing on the slow roast", "carryover",
 * "window under the broiler", "broil top or bottom element"); a batch said after the amount ("for a
 * double batch"); a missing ingredient said with "we" and a stress word; the equipment asked formally;
 * what to serve, asked of anyone; whether to preheat, asked of the oven; the rest asked as the wait
 * before eating; the rack's distance asked after "if I use the broiler"; "what all goes in"; what the cook
 * has instead ("I only have pancake syrup"); "how will I know when it's time to take it out"; what a part is
 * for; the scoring asked in a scale or as "cut into the skin".
 * Through the real interaction model. The meat's temperature is checked whole against the recipe
 * data; the others are checked as the same whole answer a plain phrasing of the same question gets
 * (that answer's own text is asserted by the files that added it), plus the recipe's figure in it.
 */

// The first turn builds the local matcher from the model: on a machine shared with other runs that can outlast jest's 5 s.
jest.setTimeout(30_000);

const f = factsOf(porkBelly);

/** Both phrasings, each in a fresh conversation at the same place, get the same whole answer. */
async function sameAnswer(step: number | undefined, phrase: string, plain: string): Promise<string> {
  const heard = await (await cookAt(step)).say(phrase);
  const known = await (await cookAt(step)).say(plain);
  expect(heard.speech).toBe(known.speech);
  return heard.speech;
}

describe('the meat’s temperature, with the scale said however it is put', () => {
  const check = f.step('check-temp');
  it.each(["what's the core temp in degrees c", "what's the internal temperature supposed to be in celsius"])('"%s" answers in Celsius', async (phrase) => {
    const cook = await cookAt(check.number);
    await cook.script(`
      U: ${phrase}
      A: About ${spokenTemperature(check.step.internalTemp!.c, 'C')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });

  it('"how much carryover to expect" answers the target and the rise while resting', async () => {
    const cook = await cookAt(check.number);
    await cook.script(`
      U: how much carryover to expect
      A: About ${spokenTemperature(check.step.internalTemp!.f, 'F')} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}
    `);
  });
});

describe('the size of the piece, in a scale or not', () => {
  it('"what size pork belly do I need in kilos" is the pork belly in kilograms', async () => {
    const said = await sameAnswer(undefined, 'what size pork belly do i need in kilos', 'how much pork belly in kilos');
    expect(said).toContain('kilograms of pork belly');
  });

  it('"how big a pork belly should I get" is the recipe\'s own amount', async () => {
    await sameAnswer(undefined, 'how big a pork belly should i get', 'how much pork belly do i need');
  });
});

describe('a chef’s terse nouns', () => {
  it('"proportions for the rub" lists the rub', async () => {
    await sameAnswer(6, 'proportions for the rub', "what's in the rub");
  });

  it('"timing on the slow roast" is the roast\'s length', async () => {
    const roast = f.step('slow-roast');
    const said = await sameAnswer(roast.number, 'timing on the slow roast', 'how long is the slow roast');
    expect(said).toContain('two and a half hours');
  });

  it('"window under the broiler" is the crisping\'s length', async () => {
    const blister = f.step('blister');
    await sameAnswer(blister.number, 'window under the broiler', 'how long under the broiler');
  });

  it('"broil bottom or top element" answers how to use the broiler', async () => {
    const high = f.step('heat-high');
    const said = await sameAnswer(high.number, 'broil bottom or top element', 'how do i broil');
    expect(said).toContain('top element');
  });
});

describe('a batch said after the amount', () => {
  it('"how much maple syrup if I double it" scales the syrup as "doubling it so how much" does', async () => {
    const said = await sameAnswer(undefined, 'how much maple syrup if i double it', "i'm doubling it so how much maple syrup");
    expect(said).toContain('double batch');
  });
});

describe('statements and other askers', () => {
  it('"we really don\'t have apple cider vinegar" gives the swap', async () => {
    await sameAnswer(19, "we really don't have apple cider vinegar", "i don't have apple cider vinegar");
  });

  it('"... what tools I shall require", in a polite frame, lists the equipment', async () => {
    await sameAnswer(undefined, 'good evening would you please tell me what tools i shall require', 'what equipment do i need');
  });

  it('"what do people serve with it" is the pairing', async () => {
    await sameAnswer(25, 'what do people serve with it', 'what should i serve with it');
  });

  it('"does the oven have to be heated first" answers with the oven\'s setting', async () => {
    const preheat = f.step('preheat-low');
    const said = await sameAnswer(preheat.number, 'does the oven have to be heated first', 'what temperature is the oven');
    expect(said).toContain('275');
  });

  it('"and then how long should it rest before eating" is the rest', async () => {
    const roast = f.step('slow-roast');
    const said = await sameAnswer(roast.number, 'and then how long should it rest before eating', 'how long does it rest');
    expect(said).toContain('10 minutes');
  });

  it('"if I\'m using the broiler how far from the element should the rack be" is the rack\'s distance', async () => {
    const high = f.step('heat-high');
    await sameAnswer(high.number, "if i'm using the broiler how far from the element should the rack be", 'how far should the rack be from the element');
  });

  it('"what all goes into the rub" lists the rub', async () => {
    await sameAnswer(6, 'what all goes into the rub', "what's in the rub");
  });

  it('"I only have regular pancake syrup will that do" is a swap asked: the recipe\'s own syrup', async () => {
    const said = await sameAnswer(19, 'i only have regular pancake syrup will that do', 'what can i use instead of pancake syrup');
    expect(said).toContain('pure maple syrup');
  });

  it('"how will I know when it\'s time to take it out" is when it is done', async () => {
    await sameAnswer(f.step('take-out').number, "how will i know when it's time to take it out", "how do i know when it's done");
  });

  it('"tell me what this long slow roast is for" is why', async () => {
    await sameAnswer(11, 'tell me what this long slow roast is for', 'why the low and slow roast');
  });
});

describe('the scoring asked in a scale or by its cut', () => {
  it('"how deep should I score it in centimetres" reads the step in metric', async () => {
    const score = f.step('score');
    const heard = await (await cookAt(score.number)).say('how deep should i score it in centimetres');
    const metricCook = await cookAt(score.number);
    await metricCook.say('use metric');
    const known = await metricCook.say('how deep should i score it');
    expect(heard.speech).toBe(known.speech);
    expect(heard.speech).toContain('1 to 1.5 centimeters');
  });

  it('"how deep do I cut into the skin" is the scoring, not the slicing', async () => {
    await sameAnswer(f.step('score').number, 'how deep do i cut into the skin', 'how deep do i score');
  });
});
