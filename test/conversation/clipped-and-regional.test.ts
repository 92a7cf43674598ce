import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, spokenStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';

/**
 * Issue 11, a cook's own words: clipped American speech ("gotta", "lemme", a dropped g), the words
 * of South African and Kenyan English ("ja", "eish", "must I"), "hold up" before a question, and a
 * choice cut off after "or" ("foil on tight or"). The model teaches the lead-ins to every intent
 * (interaction-models/source/fillers.ts) and carries a cut-off choice (questions-open.ts); the skill
 * reads the words as English (lambda/vocabulary/en/spoken.ts, read with Pidgin's). Through the real
 * interaction model; the phrasings are this file's own; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;
/** The step's own sentence that answers, as the skill reads a step's instruction back. */
const says = (stepId: string) => `This step says: ${spoken(firstSentence(f.step(stepId).step.text))} ${NEXT}`;

describe('South African and Kenyan English', () => {
  it('"ja" and "eish" before a request or a question ask nothing', async () => {
    const cook = await cookAt(at('pat-dry'));
    await cook.script(`
      U: ja carry on
      A: ${spokenStep(at('pat-dry') + 1)}
    `);
    const glaze = await cookAt(at('reduce-glaze'));
    await glaze.script(`
      U: eish how will i know the glaze is ready
      A: It’s done when ${f.step('reduce-glaze').step.doneWhen}. ${NEXT}
    `);
    const pan = await cookAt(at('into-pan'));
    await pan.script(`
      U: eish which side goes up
      A: ${says('into-pan')}
    `);
  });
});

describe('"hold up" and "wait"', () => {
  it('before a question, the question is answered', async () => {
    const cook = await cookAt(at('season-meat'));
    await cook.script(`
      U: hold up what goes on the meat side
      A: ${says('season-meat')}
    `);
    const rest = await cookAt(at('rest'));
    await rest.script(`
      U: hold up how long does it rest
      A: ${spoken(firstSentence(f.step('rest').step.text))} ${NEXT}
    `);
  });

  it('alone, they still hold the cook\'s place', async () => {
    const cook = await cookAt(at('temper'));
    await cook.script(`
      U: hold up
      A: ${heldAt(at('temper'))}
      U: wait
      A: ${heldAt(at('temper'))}
    `);
  });
});

describe('a choice cut off after "or"', () => {
  it('the first of the recipe\'s either-ors is asked, and the step that settles it is read', async () => {
    const fridge = await cookAt(at('refrigerate'));
    await fridge.script(`
      U: cover it or
      A: ${says('refrigerate')}
    `);
    const rest = await cookAt(at('rest'));
    await rest.script(`
      U: foil on tight or
      A: ${says('rest')}
    `);
    const brush = await cookAt(at('brush-glaze'));
    await brush.script(`
      U: um thick layer or
      A: ${says('brush-glaze')}
    `);
  });
});
