import { allSteps, porkBelly } from '../../lambda/recipe';
import { cookAt } from '../helpers/ask';
import { NEXT, whereAt } from '../helpers/expected';
import { spoken } from '../helpers/spoken';

/**
 * A statement its carrier denies ("I didn't ...", "I haven't ...", "I forgot to ..."): Alexa sends
 * only the words after the carrier, so TellNotIntent keeps the denial. What would read as the step
 * done ("put it on the rack") must leave the cook where they are and say how the step is done,
 * never move them on. Through the real interaction model; expected text from the recipe data.
 */
const steps = allSteps(porkBelly);
const step = (id: string) => steps.find((s) => s.step.id === id)!;

/** How the recipe says the step is done: its doneness cue, or else its text. */
function howDone(id: string): string {
  const placed = step(id);
  return placed.step.doneWhen
    ? `Step ${placed.number} is done when ${spoken(placed.step.doneWhen)}. ${NEXT}`
    : `Step ${placed.number} says: ${spoken(placed.step.text)} ${NEXT}`;
}

describe('a denied action never moves the cook on', () => {
  it.each([
    ['into-pan', "i didn't put it on the rack"],
    ['into-pan', "we didn't put it on the rack yet"],
    ['oil-meat', "i haven't rubbed the oil in"],
    ['brush-glaze', "um i haven't brushed it on"],
  ])('at %s, "%s" says how the step is done and keeps the place', async (id, phrase) => {
    const n = step(id).number;
    const cook = await cookAt(n);
    await cook.script(`
      U: ${phrase}
      A: ${howDone(id)}
      U: where am i
      A: ${whereAt(n)}
    `);
  });

  it('the same words without the denial are the step done', async () => {
    const n = step('into-pan').number;
    const cook = await cookAt(n);
    await cook.script(`
      U: i put it on the rack
      U: where am i
      A: ${whereAt(n + 1)}
    `);
  });
});

it('a step the cook cannot do, with a skip asked outright, is skipped', async () => {
  const dry = step('rack-it').number;
  const cook = await cookAt(dry);
  await cook.script(`
    U: i can't do the overnight drying so skip that whole part
    U: where am i
    A: ${whereAt(steps.find((s) => s.index > step('rack-it').index && s.phase.id !== step('rack-it').phase.id)!.number)}
  `);
});
