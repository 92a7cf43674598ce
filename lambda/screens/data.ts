import { allIngredients, stepAt, stepCount, type Ingredient, type Step, type Temperature } from '../recipe';
import { stepTextFor, writtenMeasure, writtenMinutes, type Speech } from '../speech';
import { currentStep, type Turn } from '../turn/turn';
import type { Kept } from '../turn/kept-plan';
import { repeatedTime } from '../plan';
import { amountFor } from './amounts';
import type { SpeechContext } from '../speech/types';
import type { UnitSystem } from '../recipe';

/**
 * The data sources of the screens, built from the recipe data and the cook's state, so a screen
 * shows the same facts the speech was made from. Texts are the recipe's written forms ("½ tsp",
 * "275°F (135°C)"); every other word comes from the speech table's `screenText`.
 */

type ScreenText = Speech['screenText'];

/** A button's words and the action its touch sends. */
export interface ButtonData {
  readonly label: string;
  readonly action: TouchAction;
}

/** What a touch may ask for; each is what the spoken command of the same name does. */
export type TouchAction = 'back' | 'repeat' | 'next' | 'current' | 'start' | 'startOver' | 'ingredients' | 'ingredient';

/** A key number shown large beside the step: a temperature or a time. */
export interface FigureData {
  readonly value: string;
  readonly caption: string;
}

export interface StepPayload {
  readonly phase: string;
  readonly heading: string;
  readonly text: string;
  readonly notes: readonly { readonly kind: 'warning' | 'tip'; readonly label: string; readonly text: string }[];
  readonly figures: readonly FigureData[];
  /** How far through the recipe this step is, 1 to 100. */
  readonly progress: number;
  /** Timers the skill set that are still running; `endsAt` in milliseconds since the epoch (UTC). */
  readonly timers: readonly { readonly label: string; readonly endsAt: number }[];
  readonly labels: {
    readonly back: string;
    readonly repeat: string;
    readonly next: string;
    readonly endsAt: string;
    readonly clockFormat: string;
    readonly am: string;
    readonly pm: string;
  };
}

export interface IngredientData {
  readonly id: string;
  readonly name: string;
  readonly amount: string;
  readonly note: string;
  readonly highlighted: boolean;
}

export interface IngredientsPayload {
  readonly title: string;
  readonly heading: string;
  readonly groups: readonly { readonly id: string; readonly name: string; readonly items: readonly IngredientData[] }[];
  readonly primary: ButtonData;
}

export interface AnswerPayload {
  readonly title: string;
  readonly heading: string;
  readonly text: string;
  readonly primary: ButtonData;
  readonly labels: { readonly ingredients: string };
}

function temperatureFigure(t: Temperature, system: UnitSystem, where: string): FigureData {
  const f = writtenMeasure(t.f, 'F');
  const c = writtenMeasure(t.c, 'C');
  return system === 'metric' ? { value: c, caption: `${f} · ${where}` } : { value: f, caption: `${c} · ${where}` };
}

function figures(step: Step, system: UnitSystem, text: ScreenText): FigureData[] {
  const out: FigureData[] = [];
  if (step.ovenTemp) out.push(temperatureFigure(step.ovenTemp, system, text.oven));
  if (step.internalTemp) out.push(temperatureFigure(step.internalTemp, system, text.inside));
  if (step.duration) out.push({ value: writtenMinutes(step.duration.minutes), caption: step.duration.label });
  return out;
}

/** The step screen for the step at `index`, with the timers still running at `now`. */
export function stepPayload(turn: Turn, ctx: SpeechContext, index: number, now: Date): StepPayload {
  const placed = stepAt(turn.recipe, index);
  if (!placed) throw new Error(`no step at index ${index}`);
  const text = turn.speech.screenText;
  const { step } = placed;
  const timers = turn.cook.alerts
    .map((a) => ({ label: a.label, endsAt: Date.parse(a.endsAt) }))
    .filter((t) => t.endsAt > now.getTime())
    .sort((a, b) => a.endsAt - b.endsAt);
  return {
    phase: placed.phase.title,
    heading: text.stepOf(ctx, placed),
    text: stepTextFor(turn.recipe, step, turn.cook.prefs.porkKg),
    notes: [
      ...(step.warnings ?? []).map((w) => ({ kind: 'warning' as const, label: text.careful, text: w })),
      ...(step.tips ?? []).map((t) => ({ kind: 'tip' as const, label: text.tip, text: t })),
    ],
    figures: figures(step, ctx.system, text),
    progress: Math.round((placed.number / stepCount(turn.recipe)) * 100),
    timers,
    labels: {
      back: text.back,
      repeat: text.repeat,
      next: text.next,
      endsAt: text.endsAt,
      clockFormat: text.clock.format,
      am: text.clock.am,
      pm: text.clock.pm,
    },
  };
}

/** The way back from an answer or the ingredients: the cook's step, the start, or starting over. */
export function primaryButton(turn: Turn): ButtonData {
  const text = turn.speech.screenText;
  if (turn.cook.finished) return { label: text.startOver, action: 'startOver' };
  const placed = currentStep(turn);
  if (!placed) return { label: text.start, action: 'start' };
  return { label: text.backToStep(placed.number), action: 'current' };
}

function ingredientData(turn: Turn, ctx: SpeechContext, ingredient: Ingredient, highlightId: string | undefined): IngredientData {
  const text = turn.speech.screenText;
  const amount = amountFor(turn.recipe, ingredient, turn.cook.prefs, ctx.system);
  const marks = [ingredient.optional ? text.optional : '', ingredient.toTaste ? text.toTaste : '', ingredient.note ?? ''];
  return {
    id: ingredient.id,
    name: ingredient.name,
    amount: amount ? writtenMeasure(amount.value, amount.measure) : (ingredient.measureWords ?? ''),
    note: marks.filter(Boolean).join(' · '),
    highlighted: ingredient.id === highlightId,
  };
}

/** The ingredients screen: every group, or the one asked for; `highlightId` marks the one touched. */
export function ingredientsPayload(
  turn: Turn,
  ctx: SpeechContext,
  options: { readonly groupId?: string; readonly highlightId?: string } = {},
): IngredientsPayload {
  const text = turn.speech.screenText;
  const { recipe } = turn;
  const chosen = recipe.ingredientGroups.filter((g) => options.groupId === undefined || g.id === options.groupId);
  const groups = chosen.length > 0 ? chosen : recipe.ingredientGroups;
  const main = allIngredients(recipe).find((i) => i.id === recipe.mainIngredientId);
  const mainAmount = main && turn.cook.prefs.porkKg !== undefined ? amountFor(recipe, main, turn.cook.prefs, ctx.system) : undefined;
  return {
    title: groups.length === 1 && groups[0] ? groups[0].name : text.ingredients,
    heading: main && mainAmount ? text.scaledFor(mainAmount, main.name) : '',
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      items: g.ingredients.map((i) => ingredientData(turn, ctx, i, options.highlightId)),
    })),
    primary: primaryButton(turn),
  };
}

/** An answer screen: the words Alexa spoke, and the way back to cooking. */
export function answerPayload(turn: Turn, ctx: SpeechContext, spoken: string): AnswerPayload {
  const placed = turn.cook.finished ? undefined : currentStep(turn);
  return {
    title: turn.recipe.title,
    heading: placed ? turn.speech.screenText.stepOf(ctx, placed) : '',
    text: spoken,
    primary: primaryButton(turn),
    labels: { ingredients: turn.speech.screenText.ingredients },
  };
}

/** One moment on the plan's timeline: its clock time and day in the plan's zone, and what happens. */
export interface PlanRow {
  readonly time: string;
  readonly day: string;
  readonly label: string;
  /** True once it has gone by, so the screen dims it. */
  readonly past: boolean;
}

export interface PlanPayload {
  readonly title: string;
  readonly heading: string;
  readonly rows: readonly PlanRow[];
  readonly primary: ButtonData;
  readonly labels: { readonly ingredients: string };
}

/** A clock time as the timeline writes it; one the clock shows twice (the hour it goes back) with its zone ("1:23 AM EST"). */
function written(at: Date, timeZone: string): { time: string; day: string } {
  const twice = repeatedTime(at, timeZone) !== undefined;
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hour12: true, ...(twice ? { timeZoneName: 'short' } : {}) }).format(at);
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(at);
  return { time, day };
}

/** The plan's timeline: every moment of it in the device's zone, as the cook heard them. */
export function planPayload(turn: Turn, kept: Kept): PlanPayload {
  const text = turn.speech.screenText;
  const dinner = written(kept.plan.dinner, kept.clock.timeZone);
  return {
    title: text.planTitle(`${dinner.time} ${dinner.day}`),
    heading: text.planHeading(kept.plan.slackMinutes),
    rows: kept.plan.moments.map((m) => ({
      ...written(m.at, kept.clock.timeZone),
      label: text.planRoles[m.role],
      past: m.at.getTime() <= turn.now.getTime(),
    })),
    primary: primaryButton(turn),
    labels: { ingredients: text.ingredients },
  };
}
