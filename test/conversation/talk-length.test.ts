import { allSteps, porkBelly } from '../../lambda/recipe';
import { figures, runScriptedCook } from '../../tools/talk-length';
import { spoken } from '../helpers/spoken';

/**
 * Issue 12's targets for short turns, on the scripted cook `npm run talk-length` runs (two days, the
 * whole recipe, the questions cooks ask): median at most 30 words and 95th percentile at most 50,
 * outside the lists the cook asked for; and the step's safety warnings are still heard.
 */
describe('short turns over a whole scripted cook', () => {
  it('keeps the median at most 30 words and the 95th percentile at most 50, outside asked-for lists', async () => {
    const measured = await runScriptedCook();
    const f = figures(measured);
    expect({ median: f.median <= 30, p95: f.p95 <= 50, figures: f }).toMatchObject({ median: true, p95: true });
    // The whole recipe was walked: the last step and the finish were heard.
    expect(measured.some((m) => m.speech.startsWith('That’s the end of'))).toBe(true);
    // Shortening never drops a safety warning: every step's warnings are heard with it, as the recipe gives them.
    const warned = allSteps(porkBelly).filter((s) => s.step.warnings?.length);
    expect(warned.length).toBeGreaterThan(0);
    for (const s of warned) {
      const heard = measured.find((m) => m.speech.startsWith(`Step ${s.number} of `));
      expect({ step: s.number, warned: s.step.warnings!.every((w) => heard?.speech.includes(`Careful: ${spoken(w)}`)) }).toEqual({ step: s.number, warned: true });
    }
  });
});
