import { porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { heldAt, NEXT, spokenStep } from '../helpers/expected';
import { factsOf } from '../helpers/facts';
import { spoken } from '../helpers/spoken';
import { timedStep, timersForEachTest } from '../helpers/timers';

/**
 * Issue 11, a cook's own words: slang and regional fillers around an ordinary request, Gen Z
 * ("ngl", "lowkey", "bestie", "fr", "no cap", "tho") and Midwestern or Texan ("ope", "real quick",
 * "you betcha", "howdy"). The model teaches them to the intents cooks say them around
 * (interaction-models/source/fillers.ts, SLANG_LEADS); the skill reads them off the words in a slot
 * (lambda/vocabulary/en/tidy.ts). Through the real interaction model; the phrasings are this file's
 * own, not a training list's; expected text comes from the recipe data.
 */
const f = factsOf(porkBelly);
const at = (id: string) => f.step(id).number;
const firstSentence = (text: string) => text.split(/(?<=\.)\s+/)[0]!;

describe('slang before or after a move', () => {
  it('the move is made, whatever filler is round it', async () => {
    const cook = await cookAt(at('pat-dry'));
    await cook.script(`
      U: ope next step
      A: ${spokenStep(at('pat-dry') + 1)}
      U: next step fr
      A: ${spokenStep(at('pat-dry') + 2)}
      U: ngl hold on
      A: ${heldAt(at('pat-dry') + 2)}
      U: bestie next step no cap
      A: ${spokenStep(at('pat-dry') + 3)}
    `);
  });
});

describe('slang before a question', () => {
  it('the question is answered as if asked plainly', async () => {
    const rest = await cookAt(at('rest'));
    await rest.script(`
      U: lowkey how long does it rest
      A: ${spoken(firstSentence(f.step('rest').step.text))} ${NEXT}
      U: you betcha and how long does it rest
      A: ${spoken(firstSentence(f.step('rest').step.text))} ${NEXT}
    `);
  });
});

describe('slang around a timer', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  it('"ope could you set a timer for five minutes real quick" sets five minutes', async () => {
    const cook = await cookAt(at('rest'), timers.options());
    await cook.script(`
      U: ope could you set a timer for five minutes real quick
      A: Timer set for 5 minutes.
    `);
    expect(timers.lengths()).toEqual([5 * 60]);
  });
});

describe('a timer cancelled with the reason said beside it', () => {
  const timers = timersForEachTest(new Date('2024-11-02T18:00:00Z'));
  const glaze = timedStep('reduce-glaze');
  it('"cancel the timer the glaze is done" cancels the glaze timer; it asks no help with the glaze', async () => {
    const cook = await timers.timing(glaze);
    await cook.script(`
      U: cancel the timer the glaze is done
      A: Okay, I cancelled the ${glaze.step.duration.label} timer.
    `);
    expect(timers.lengths()).toEqual([]);
  });

  it('"it\'s done kill the timer fr" cancels the one timer running', async () => {
    const cook = await timers.timing(glaze);
    await cook.script(`
      U: it's done kill the timer fr
      A: Okay, I cancelled the ${glaze.step.duration.label} timer.
    `);
    expect(timers.lengths()).toEqual([]);
  });
});

describe('a brand named for a thing the recipe names', () => {
  it('Reynolds Wrap is the recipe\'s foil: the step that says how to tent it is read', async () => {
    const rest = await cookAt(at('rest'));
    await rest.script(`
      U: is reynolds wrap okay for tenting it
      A: This step says: ${spoken(firstSentence(f.step('rest').step.text))} ${NEXT}
    `);
  });
});

describe('a hold or a move with a grumble or an errand beside it', () => {
  it('"brb", or an errand then "hold on", holds the place; "skip this" and a grumble moves on', async () => {
    const cook = await cookAt(at('pat-dry'));
    await cook.script(`
      U: brb the dog wants out
      A: ${heldAt(at('pat-dry'))}
      U: fetching the paper towels hold on
      A: ${heldAt(at('pat-dry'))}
      U: skip this i'm so bored
      A: ${spokenStep(at('pat-dry') + 1)}
    `);
  });
});
