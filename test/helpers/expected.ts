import { allSteps, porkBelly, stepCount, type Ingredient, type UnitSystem } from '../../lambda/recipe';
import { spoken, spokenAmount, spokenDuration } from './spoken';

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
export function offeredStep(n: number, system: UnitSystem = 'imperial'): string {
  const offer = offerAfter(n);
  return offer ? `${spokenStep(n, system)} ${offer}` : spokenStep(n, system);
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

/**
 * An ingredient as a list names it: its amount and name, and "optional" or "to taste". In metric,
 * the seed's metric figure where it gives one, read as written ("1.5 to 1.8 kilograms").
 */
function listed(i: Ingredient, system: UnitSystem): string {
  if (!i.quantity) return i.measureWords ? `${i.measureWords} of ${i.name}` : `${i.name}, to taste`;
  const metric = system === 'metric' ? i.metric : undefined;
  if (metric && metric.unit !== 'kg') throw new Error(`test/helpers/expected.ts has no reading for the metric unit ${metric.unit}`);
  const amount = metric
    ? `${metric.value.min} to ${metric.value.max} kilograms`
    : i.quantity.unit === 'pinch'
      ? 'a pinch'
      : spokenAmount(i.quantity);
  // An optional ingredient the seed gives a measured swap for names the swap beside it.
  const swap = i.optional ? i.alternatives?.find((a) => a.quantity) : undefined;
  const or = swap ? `, or ${spokenAmount(swap.quantity!)} of ${swap.name} ${swap.reason}` : '';
  return `${amount} of ${i.name}${i.optional ? ', optional' : ''}${or}`;
}

/** "a; b; and c", as the lists are read. */
const series = (items: readonly string[]) => `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`;

/** One ingredient group as read: "For the Pork Belly and Drying Rub: 3 to 4 pounds of pork belly; ...". */
export function groupHeard(id: string, system: UnitSystem = 'imperial'): string {
  const group = porkBelly.ingredientGroups.find((g) => g.id === id);
  if (!group) throw new Error(`no ingredient group ${id}`);
  return `For the ${spoken(group.name)}: ${series(group.ingredients.map((i) => listed(i, system)))}.`;
}

/** The whole answer to "ingredients" mid-recipe: the first group, and the next one offered by name. */
export function ingredientsHeard(system: UnitSystem = 'imperial'): string {
  const [first, second] = porkBelly.ingredientGroups;
  return `${groupHeard(first!.id, system)} Say more for the ${spoken(second!.name).toLowerCase()}.`;
}

/** The hand-back after an answer mid-recipe, as every conversation test hears it. */
export const NEXT = 'When you’re ready, say next.';

/** A hold at step `n`, without a screen: the place kept and how to go on. */
export const heldAt = (n: number) => `Sure, take your time. I’ll keep your place at step ${n}. Say next when you’re ready.`;

/** A sentence's first letter made a capital, as an answer that starts with a recipe word says it. */
export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * With no timer running, what "how long is left" says at a step: the recipe's timed steps from there
 * on, each counted once (a wait that overlaps the one before is not), to the nearest half hour.
 */
export function noTimersFrom(n: number): string {
  const ahead = steps.slice(n - 1).map((s) => s.step.duration).filter((d) => d !== undefined && !d.overlapsPrevious);
  const middle = ahead.reduce((sum, d) => sum + (d!.minutes.min + d!.minutes.max) / 2, 0);
  const hours = Math.round((middle / 60) * 2) / 2;
  return `You have no timers from me running. From your step, the recipe has about ${spokenDuration({ min: hours * 60, max: hours * 60 })} to go. Say start the timer on a step with a wait, or set a timer for 10 minutes.`;
}
