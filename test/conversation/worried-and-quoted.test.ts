import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { TestCook } from '../helpers/skill';
import { NEXT, offeredStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken, spokenTemperature } from '../helpers/spoken';

/**
 * List M's question classes (list M is a training list; its phrasings are not used here): a cook who
 * names the scale of the temperature inside, or corrects the scale said first ("in fahrenheit no
 * celsius"), hears the temperature inside in that scale, not the oven's. Expected text comes from
 * the recipe data.
 */
const f = factsOf(porkBelly);
const check = f.step('check-temp');
const inside = (scale: 'C' | 'F') =>
  `About ${spokenTemperature(scale === 'C' ? check.step.internalTemp!.c : check.step.internalTemp!.f, scale)} inside, at step ${check.number}, in the ${check.phase.shortName}. ${spoken(check.step.tips![0]!)} ${NEXT}`;

describe('the temperature inside, in the scale the cook names', () => {
  it('"what should it be at in celsius" and a scale corrected mid-sentence answer the meat, not the oven', async () => {
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what should it be at in celsius
      A: ${inside('C')}
      U: what should the meat read in celsius sorry fahrenheit
      A: ${inside('F')}
      U: what should it read in fahrenheit no celsius
      A: ${inside('C')}
    `);
  });
});

/**
 * A parent's word to a child said before the question (list M's parent persona; these phrasings are
 * its own): AskWhatIntent carries the words after an address ("sweetie", "kids") or a short command
 * ("get down", "hands off"), and the skill answers the question after them, the child's words set aside.
 */
describe('a word to a child before the question', () => {
  const first = (id: string) => `${spoken(f.step(id).step.text).split('. ')[0]!.replace(/\.$/, '')}.`;

  it('answers the question after an address or a command to a child', async () => {
    const rest = f.step('rest');
    const cook = await cookAt(rest.number);
    await cook.script(`
      U: sweetie get down from there how long does it rest
      A: ${first('rest')} ${NEXT}
      U: hands off kids where do i put the foil
      A: This step says: ${first('rest')} ${NEXT}
    `);
    const dry = await cookAt(f.step('pat-dry').number);
    await dry.script(`
      U: daddy's cooking buddy what do i dry it with
      A: This step says: ${first('pat-dry')} ${NEXT}
    `);
  });
  it('does a request said after a word to a child: starting, moving back', async () => {
    const cook = new TestCook();
    await cook.say('open crispy pork belly');
    await cook.script(`
      U: sweetie let's get cooking
      A: ${offeredStep(1)}
    `);
    const mixing = await cookAt(f.step('mix-rub').number);
    await mixing.script(`
      U: hands off please go back one
      A: ${offeredStep(f.step('mix-rub').number - 1)}
    `);
  });
});

/**
 * "How long must it ..." (South African and Nigerian English) and a wait asked by the thing put on the
 * pork ("how long do I keep the towel on", "how long should the foil stay on"): the wait is the
 * step's, never another step's ("must it rest before I cut it" had been the tempering before roasting,
 * "leave the towel on" the night in the fridge). Expected text from the recipe data.
 */
describe('how long, asked with "must" or by the thing on the pork', () => {
  const rest = f.step('rest');
  const out = f.step('take-out');
  const resting = `${spoken(rest.step.text).split('. ')[0]!}.`;

  it('answers the rest for "must" and for the foil, and the towel with the recipe’s tip', async () => {
    const cook = await cookAt(rest.number);
    await cook.script(`
      U: how long must it rest before i cut into it
      A: ${resting} ${NEXT}
      U: how long should the foil stay on
      A: ${resting} ${NEXT}
      U: how long do i keep the towel on
      A: Step ${out.number} says: ${spoken(out.step.tips![0]!.split(/(?<=\.)\s+/)[0]!)} ${NEXT}
    `);
  });

  it('answers the glaze’s reduction for "bubble away"', async () => {
    const reduce = f.step('reduce-glaze');
    const cook = await cookAt(reduce.number);
    await cook.script(`
      U: how long will it bubble away
      A: ${spoken(reduce.step.text).replace(/ \((.*)\)\.$/, ', $1.')} ${NEXT}
    `);
  });

  it('reads the South African "ag" off before the question', async () => {
    const low = f.step('preheat-low');
    const cook = await cookAt(low.number);
    await cook.script(`
      U: ag how hot must the oven go
      A: For the ${low.phase.shortName}: ${spokenTemperature(low.step.ovenTemp!.f, 'F')}. ${NEXT}
    `);
  });
});

/**
 * A question asked after naming the part of the recipe it is about ("the part about the miso, how much
 * goes in"): the part's carrier chose GoToWordsIntent, which had moved the cook to the part named (a
 * wrong answer, list M); the question after the part is answered and the cook stays. A part named
 * alone, or by where it says something ("the bit where it says ..."), still goes there.
 */
describe('a question after the part it is about', () => {
  const tip = (id: string) => spoken(f.step(id).step.tips![0]!.split(/(?<=\.)\s+/)[0]!);

  it('answers the question and keeps the place', async () => {
    const out = f.step('take-out');
    const reduce = f.step('reduce-glaze');
    const cook = await cookAt(f.step('temper').number);
    await cook.script(`
      U: the bit about the towel how many minutes is it
      A: Step ${out.number} says: ${tip('take-out')} ${NEXT}
    `);
    const glazing = await cookAt(f.step('brush-glaze').number);
    await glazing.script(`
      U: the part about the miso how much do i whisk in
      A: Step ${reduce.number} says: ${tip('reduce-glaze')} ${NEXT}
    `);
  });

  it('still goes to a part named alone, or by what it says', async () => {
    const rest = f.step('rest');
    const cook = await cookAt(f.step('score').number);
    await cook.script(`
      U: the part about the foil
      A: ${offeredStep(rest.number)}
    `);
    const again = await cookAt(f.step('score').number);
    await again.script(`
      U: the bit where it says tent loosely with foil
      A: ${offeredStep(rest.number)}
    `);
  });
});

/**
 * Vague words for the recipe's things, leaning on where the cook is (list M's vague persona; these
 * phrasings are its own): an ingredient by its look ("the yellow one"), a tool by a made-up name
 * ("the poker", "the tray thingy"), and a thing said first, then
 * asked about with a pronoun ("... how much of that"). Expected text from the recipe data.
 */
describe('vague words for the recipe’s things', () => {
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  /** The amount, then the note, or else the first swap and why ("or tamari, for gluten-free"). */
  const amount = (id: string) => {
    const swap = f.ingredient(id).alternatives?.[0];
    const after = f.note(id) || (swap?.reason ? `or ${swap.name}, ${swap.reason}` : '');
    return `${capital(f.amount(id))} of ${f.name(id)}${after ? `, ${after}` : ''}. ${NEXT}`;
  };

  it('hears an ingredient by its look, said first or after "how much of"', async () => {
    const cook = await cookAt(f.step('combine-glaze').number);
    await cook.script(`
      U: the yellow one how much of it
      A: ${amount('dijon-mustard')}
      U: how much of the yellow one do i need
      A: ${amount('dijon-mustard')}
    `);
  });

  it('hears the thermometer as the poker, and a thing whose word the cook can’t find as a thingy', async () => {
    const check = f.step('check-temp');
    const cook = await cookAt(check.number);
    await cook.script(`
      U: what should the poker thingy say
      A: The recipe lists an instant-read thermometer. It’s used at step ${check.number}: ${spoken(check.step.text).split('. ')[0]!.replace(/\.$/, '')}. ${NEXT}
    `);
  });
});
