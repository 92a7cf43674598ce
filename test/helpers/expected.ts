import { allSteps, porkBelly, stepCount } from '../../lambda/recipe';
import { spoken, spokenDuration } from './spoken';

/** What a cook should hear, built from the recipe data and the tests' own reading of it (helpers/spoken.ts). */

export const TOTAL = stepCount(porkBelly);
const steps = allSteps(porkBelly);

/** A step as spoken: its landmark and its own text (warnings and tips may follow). */
export function heardStep(n: number): string {
  const placed = steps[n - 1]!;
  return `Step ${n} of ${TOTAL}, ${placed.phase.shortName}: ${spoken(placed.step.text)}`;
}

/** The first sentences of the welcome back for a cook who left at step n. */
export function welcomeBackTo(n: number): string {
  return `Welcome back. You were on step ${n} of ${TOTAL}, the ${steps[n - 1]!.phase.shortName}.`;
}

/** A step as spoken in full: its landmark, its text, then each warning and tip (from the recipe data). */
export function spokenStep(n: number, system: 'imperial' | 'metric' = 'imperial'): string {
  const { step, phase } = steps[n - 1]!;
  const parts = [`Step ${n} of ${TOTAL}, ${phase.shortName}: ${spoken(step.text, system)}`, ...(step.warnings ?? []).map((w) => `Careful: ${spoken(w, system)}`)];
  return [...parts, ...heardTips(parts, (step.tips ?? []).map((t) => `Tip: ${spoken(t, system)}`))].join(' ');
}

/** Issue 12: past this many words a step's optional tips are offered, not read; its warnings always are. */
export const STEP_WORDS = 40;

/** The tips as heard after a step's parts: all of them, or the offer when they would make it long. */
export function heardTips(parts: readonly string[], tips: readonly string[]): readonly string[] {
  const words = [...parts, ...tips].join(' ').split(/\s+/).filter(Boolean).length;
  if (tips.length === 0 || words <= STEP_WORDS) return tips;
  return [tips.length === 1 ? 'For a tip, say more.' : 'For tips, say more.'];
}

/** The recipe's phases by id. */
export function phaseName(id: string): string {
  const phase = porkBelly.phases.find((p) => p.id === id);
  if (!phase) throw new Error(`no phase ${id}`);
  return phase.shortName;
}

/**
 * What a step with a wait offers after it (issue 12), from its data: its timer at the shortest wait
 * and the first name a cook gives it, or, at the last step of the day before, a reminder.
 */
export function offerAfter(n: number): string {
  const placed = steps[n - 1]!;
  const d = placed.step.duration;
  if (!d) return '';
  const nextAhead = steps[n]?.phase.ahead === true;
  if (placed.phase.ahead && !nextAhead) {
    return `That’s it for today. Want a reminder to take the pork out in ${spokenDuration({ min: d.minutes.min, max: d.minutes.min })}?`;
  }
  const length = d.minutes.min % 60 === 0 ? `${d.minutes.min / 60}-hour` : `${d.minutes.min}-minute`;
  return `Want a ${length} ${d.aliases?.[0] ?? d.label} timer?`;
}

/** A step as spoken when the cook moves to it: the step, then what it offers. */
export function offeredStep(n: number): string {
  const offer = offerAfter(n);
  return offer ? `${spokenStep(n)} ${offer}` : spokenStep(n);
}

/** The reasons the welcome offers to explain, listed as a cook hears a list: "a, b, or c". */
const whyAsks = ((asks: string[]) => `${asks.slice(0, -1).join(', ')}, or ${asks[asks.length - 1]}`)(
  porkBelly.reasons.flatMap((r) => (r.intro ? [r.intro] : [])),
);

/**
 * The whole welcome a new cook hears: the seed's two days (drying overnight, then about 3 hours of
 * cooking), the choice between step 1 and the ingredients, and the reasons the recipe data offers.
 */
export const WELCOME =
  `Welcome to ${porkBelly.title}. It spans two days: the skin dries in the fridge overnight, then about 3 hours of cooking. ` +
  `Shall we start with step 1, or would you like the ingredients first? To hear why it works, ask: ${whyAsks}.`;

/** The whole welcome back for a cook who left at step n a moment ago, with no timer running. */
export function welcomedBackTo(n: number): string {
  return `${welcomeBackTo(n)} Say continue, or start over.`;
}

/** The whole answer to "where am I" at step n: the step, its part of the recipe, and what is left. */
export function whereAt(n: number): string {
  const left = TOTAL - n;
  const after = left === 0 ? 'It’s the last step.' : `${left} ${left === 1 ? 'step' : 'steps'} left after this one.`;
  return `You’re on step ${n} of ${TOTAL}, in the ${steps[n - 1]!.phase.shortName}. ${after}`;
}
