import type { PlacedStep } from '../../../recipe';
import { spokenMinutes, spokenTemperature } from '../../quantities';
import { speakable } from '../../text';
import { answer, listOf, sentence } from './context';
import type { AskContext, Line } from '../../types';

/** "about 150 to 155 degrees Fahrenheit inside" for a step checked by thermometer. */
function inside(ctx: AskContext, check: PlacedStep): string {
  const t = check.step.internalTemp;
  return t ? `${t.about ? 'about ' : ''}${spokenTemperature(t, ctx.system)} inside` : '';
}

const warnings = (ctx: AskContext, placed: PlacedStep) =>
  (placed.step.warnings ?? []).map((w) => ` ${sentence(speakable(w, ctx.system))}`).join('');

/** Sentences for questions about the moment the cook is at: is it done, what to do during a wait. */
export const momentAnswers = {
  /** At the roast and its check: the thermometer's target, when to look again if it is short, and the wait's time for a cook without one. */
  doneByThermometer(ctx: AskContext, check: PlacedStep, next: PlacedStep | undefined, timed?: PlacedStep): Line {
    const forWhat = next && next.phase.id !== check.phase.id ? ` for the ${next.phase.shortName}` : '';
    const again = check.step.recheckMinutes ? ` If it’s lower, check again in ${spokenMinutes({ min: check.step.recheckMinutes, max: check.step.recheckMinutes })}.` : '';
    const time = timed?.step.duration ? ` Without a thermometer, go by the time: ${spokenMinutes(timed.step.duration.minutes)}.` : '';
    return answer(ctx, `It’s ready${forWhat} at ${inside(ctx, check)}, on the thermometer.${again}${time}`);
  },

  /** At a step judged by eye ("crackled and crisp, golden to deep amber"), with its warnings. */
  doneBySight(ctx: AskContext, placed: PlacedStep): Line {
    return answer(ctx, `It’s done when ${speakable(placed.step.doneWhen ?? '', ctx.system)}.${warnings(ctx, placed)}`);
  },

  /** At a timed wait with nothing to judge: when it is up, and what comes then. */
  doneByTime(ctx: AskContext, placed: PlacedStep): Line {
    const d = placed.step.duration;
    if (!d) return answer(ctx, '');
    const then = d.check ? ` Then: ${sentence(speakable(d.check, ctx.system))}` : '';
    return answer(ctx, `It’s done after ${spokenMinutes(d.minutes)}.${then}`);
  },

  /** A step with nothing to judge: say so, and where the next check is. */
  nothingToCheck(ctx: AskContext, placed: PlacedStep, next: PlacedStep | undefined): Line {
    const ahead = next ? ` The next check is at step ${next.number}.` : '';
    return answer(ctx, `There’s nothing to check at step ${placed.number}.${ahead}`);
  },

  /** Before the cook starts (or after the end): every check the recipe makes. */
  doneChecks(ctx: AskContext, checks: readonly PlacedStep[]): Line {
    const each = checks.map((c) => `at step ${c.number}, ${c.step.internalTemp ? inside(ctx, c) : speakable(c.step.doneWhen ?? '', ctx.system)}`);
    return answer(ctx, `The recipe checks ${checks.length === 1 ? 'once' : `${checks.length} times`}: ${listOf(each)}.`);
  },

  /** During a wait, the step the recipe does meanwhile ("While the pork rests, combine..."). */
  meanwhile(ctx: AskContext, during: PlacedStep): Line {
    return answer(ctx, `Start the ${during.phase.shortName}, step ${during.number}: ${sentence(speakable(during.step.text, ctx.system))}`);
  },

  /** During a wait with nothing to do meanwhile: how long, and what comes when it is up. */
  nothingMeanwhile(ctx: AskContext, wait: PlacedStep): Line {
    const d = wait.step.duration;
    const length = d ? ` for ${spokenMinutes(d.minutes)}` : '';
    const then = d?.check ? ` When it’s up: ${sentence(speakable(d.check, ctx.system))}` : '';
    return answer(ctx, `Nothing hands-on${length}.${then}`);
  },

  /** No wait at or right after the cook's step. */
  noWaitHere(ctx: AskContext, placed: PlacedStep | undefined): Line {
    return answer(ctx, placed ? `There’s no wait at step ${placed.number}.` : 'There’s no wait before you start.');
  },
};
