import type { MomentRole } from '../plan/schedule';
import { isTimeZone } from '../plan/zone';
import { kilograms, PLANNED_KG, type Recipe } from '../recipe';
import { migrate } from './migrations';
import type { UnitSystem } from '../recipe';

/**
 * The schema version written with every saved state; bump it and add a step to `migrations.ts`
 * when the shape changes. Version 2 added `updatedAt`; version 3 added `plan`; version 4 added
 * `pausedTimer`.
 */
export const STATE_VERSION = 4;

/**
 * The most timers and reminders the state remembers (Alexa allows 10 timers; the rest are
 * reminders): the latest are kept, so a record stays small and "how much time is left" short.
 */
export const MAX_REMEMBERED_ALERTS = 20;
/** The longest label remembered: the Timers API's own limit (a stored record is not trusted). */
const MAX_ALERT_LABEL = 256;

/** A timer or reminder the skill set for the cook. */
export interface AlertRecord {
  /** The id the Alexa API returned. */
  readonly id: string;
  readonly kind: 'timer' | 'reminder';
  readonly label: string;
  /** The step the alert belongs to, if any. */
  readonly stepId?: string;
  /** ISO time at which it rings. */
  readonly endsAt: string;
}

/** A reminder the skill set for one moment of the dinner plan. */
export interface PlanReminder {
  readonly role: MomentRole;
  /** The alert token the Reminders API returned. */
  readonly id: string;
  /** ISO time it rings. */
  readonly at: string;
}

/** A timer the skill paused for the cook: which one, and what the cook hears it called. */
export interface PausedTimer {
  /** The id the Timers API gave it. */
  readonly id: string;
  /** Its name as the cook heard it when it was paused ("pork belly roast"), to say it even once it is gone. */
  readonly label: string;
}

/**
 * The cook's dinner plan, as facts: the plan itself is worked out again from the recipe, the dinner
 * time and the time it was made (`lambda/plan/schedule.ts`), so it never disagrees with the recipe.
 */
export interface StoredPlan {
  /** ISO instant of dinner. */
  readonly dinner: string;
  /** ISO instant the plan was made (or last moved): a drying already under way is planned from it. */
  readonly madeAt: string;
  /** The device's time zone when the plan was made (an IANA name), to say its times. */
  readonly timeZone: string;
  /** Reminders set for the plan's moments, once the cook agreed. */
  readonly reminders: readonly PlanReminder[];
}

/**
 * The cook's progress: facts only, never rendered speech. Saved across sessions and days.
 * Who writes each field and who reads it is noted beside it.
 */
export interface CookState {
  /** Written by `freshState` and migrations; read by `parseState` to decide how to load. */
  readonly version: typeof STATE_VERSION;
  /** Written when the state is created; a state for another recipe is replaced on load. */
  readonly recipeId: string;
  /** 0-based step the cook is on, null before they start. Written by navigation; read by everything. */
  readonly step: number | null;
  /** True once the cook said next at the last step. Written by navigation; read by launch and navigation. */
  readonly finished: boolean;
  /** What the cook told us about themselves. Written by question handlers; read by speech and screens. */
  readonly prefs: {
    readonly units?: UnitSystem;
    /** Weight of the cook's pork belly in kilograms, when they told us. */
    readonly porkKg?: number;
    /** The same weight as the cook said it, read back in their words ("your 800 gram pork belly"). */
    readonly porkSaid?: { readonly value: number; readonly unit: 'kg' | 'lb' | 'g' };
    /**
     * Whether a recipe wait's timer offers to bring the cook back when it rings (LAUNCH_TASK): unset
     * until the skill first asks, true once asked (unless they say no), false after they said no, when
     * every recipe timer announces what to check instead. Written and read by the timer handlers.
     */
    readonly bringBack?: boolean;
  };
  /** Timers and reminders the skill set. Written by timer handlers; read by timers and the welcome. */
  readonly alerts: readonly AlertRecord[];
  /**
   * ISO time of the last change the skill kept, or null when unknown (never saved, or migrated
   * from version 1). Written by the state response interceptor on every turn that changes the
   * state; read by the welcome ("you left off about 12 hours ago").
   */
  readonly updatedAt: string | null;
  /**
   * The dinner plan, or null when there is none. Written by the plan handlers (made, moved,
   * cancelled, reminders set); read by them, the welcome back and the plan screen.
   */
  readonly plan: StoredPlan | null;
  /**
   * The timer the skill last paused, while it may still be paused, or null. Written by the timer
   * handlers: set when the skill pauses one; cleared when the skill resumes or cancels it, and when
   * the Timers API shows it running again or gone (resumed or cancelled on the device). Read by
   * "resume" (AMAZON.ResumeIntent), which resumes that timer instead of moving the cook on.
   */
  readonly pausedTimer: PausedTimer | null;
}

export function freshState(recipe: Recipe): CookState {
  return {
    version: STATE_VERSION,
    recipeId: recipe.id,
    step: null,
    finished: false,
    prefs: {},
    alerts: [],
    updatedAt: null,
    plan: null,
    pausedTimer: null,
  };
}

/**
 * True when a stored value was written by a newer version of the skill (a schema version above
 * `STATE_VERSION`): after a rollback, such a record is kept as it is, never read or written over.
 */
export function isFromNewerVersion(stored: unknown): boolean {
  return isRecord(stored) && typeof stored.version === 'number' && stored.version > STATE_VERSION;
}

/** Why a stored value was not used as it was. */
export type StateProblem = 'corrupt' | 'unknown-version' | 'other-recipe' | 'step-out-of-range';

/** What loading a stored value found: the state to use, why it was replaced, and what it was migrated from. */
export interface ParsedState {
  readonly state: CookState;
  readonly problem?: StateProblem;
  /** The schema version the stored value had, when it was older than `STATE_VERSION` and migrated. */
  readonly migratedFrom?: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The longest id or label the state keeps (the Timers API's own label limit; Alexa's ids are far
 * shorter). A stored record is not trusted: it is carried in every session's attributes, which
 * must fit in Alexa's 24 KB response with the speech and the screen.
 */
const MAX_TEXT = 256;
/** The most bytes of JSON the remembered alerts may take, the latest kept first. */
const ALERTS_BUDGET_BYTES = 4096;

/** A weight the skill would have planned for (PLANNED_KG); anything else (1e308, -3) was never told. */
function plannedKg(kg: unknown): kg is number {
  return typeof kg === 'number' && kg >= PLANNED_KG.least && kg <= PLANNED_KG.most;
}

/** A stored weight as the cook said it, or undefined when it is missing, damaged or out of reach. */
function parseWeightSaid(v: unknown): CookState['prefs']['porkSaid'] {
  if (!isRecord(v) || typeof v.value !== 'number') return undefined;
  if (v.unit !== 'kg' && v.unit !== 'lb' && v.unit !== 'g') return undefined;
  return plannedKg(kilograms(v.value, v.unit)) ? { value: v.value, unit: v.unit } : undefined;
}

/** Text the skill could have written: short, and free of control characters and broken surrogates. */
function shortText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_TEXT && !/\p{C}/u.test(v);
}

/** The latest alerts, as many as fit MAX_REMEMBERED_ALERTS and ALERTS_BUDGET_BYTES. */
function latestAlerts(stored: unknown[]): AlertRecord[] {
  const kept: AlertRecord[] = [];
  let bytes = 0;
  // Rebuilt field by field: a stored alert's other keys are not carried on.
  const alerts = stored.filter(isAlert).map(({ id, kind, label, stepId, endsAt }) => ({ id, kind, label: label.slice(0, MAX_ALERT_LABEL), ...(shortText(stepId) ? { stepId } : {}), endsAt }));
  for (const alert of alerts.reverse()) {
    bytes += Buffer.byteLength(JSON.stringify(alert), 'utf8');
    if (kept.length === MAX_REMEMBERED_ALERTS || bytes > ALERTS_BUDGET_BYTES) break;
    kept.unshift(alert);
  }
  return kept;
}

function isAlert(v: unknown): v is AlertRecord {
  return (
    isRecord(v) &&
    shortText(v.id) &&
    (v.kind === 'timer' || v.kind === 'reminder') &&
    typeof v.label === 'string' &&
    shortText(v.label.slice(0, MAX_ALERT_LABEL)) &&
    isoTime(v.endsAt) !== null
  );
}

const ROLES: readonly string[] = ['fridge', 'fan', 'out', 'in', 'check', 'finish', 'eat'];

function isPlanReminder(v: unknown): v is PlanReminder {
  return isRecord(v) && typeof v.role === 'string' && ROLES.includes(v.role) && shortText(v.id) && isoTime(v.at) !== null;
}

/**
 * A plan only when its times and zone can be read; anything else is no plan (the cook can make
 * another). A plan has at most one reminder per moment: the first stored for each is kept.
 */
function storedPlan(v: unknown): StoredPlan | null {
  if (!isRecord(v)) return null;
  const dinner = isoTime(v.dinner);
  const madeAt = isoTime(v.madeAt);
  if (!dinner || !madeAt || !shortText(v.timeZone) || !isTimeZone(v.timeZone)) return null;
  const reminders = Array.isArray(v.reminders) ? v.reminders.filter(isPlanReminder).map(({ role, id, at }) => ({ role, id, at })) : [];
  const oncePerRole = reminders.filter((r, i) => reminders.findIndex((o) => o.role === r.role) === i);
  return { dinner, madeAt, timeZone: v.timeZone, reminders: oncePerRole };
}

/** A paused timer only when its id and label are text the skill could have written; anything else is none. */
function pausedTimer(v: unknown): PausedTimer | null {
  if (!isRecord(v) || !shortText(v.id) || !v.id || !shortText(v.label)) return null;
  return { id: v.id, label: v.label };
}

/** A time only when it is a short string a Date can read; anything else is an unknown time. */
function isoTime(v: unknown): string | null {
  return typeof v === 'string' && v.length <= 64 && !Number.isNaN(Date.parse(v)) ? v : null;
}

/**
 * Reads a stored value into a state, defensively: an older version is migrated first; anything
 * malformed, from an unknown version or for another recipe becomes a fresh state (with the
 * reason, for a logged warning), never a crash. An absent value (a new cook) is a fresh state
 * with no problem.
 */
export function parseState(stored: unknown, recipe: Recipe, stepTotal: number): ParsedState {
  if (stored === undefined || stored === null || (isRecord(stored) && Object.keys(stored).length === 0)) {
    return { state: freshState(recipe) };
  }
  if (!isRecord(stored)) return { state: freshState(recipe), problem: 'corrupt' };
  const migrated = migrate(stored, STATE_VERSION);
  if (!migrated) return { state: freshState(recipe), problem: 'unknown-version' };
  const raw = migrated.record;
  if (raw.recipeId !== recipe.id) return { state: freshState(recipe), problem: 'other-recipe' };
  const step = raw.step;
  if (step !== null && !(typeof step === 'number' && Number.isInteger(step))) {
    return { state: freshState(recipe), problem: 'corrupt' };
  }
  if (typeof step === 'number' && (step < 0 || step >= stepTotal)) {
    return { state: freshState(recipe), problem: 'step-out-of-range' };
  }
  const prefs = isRecord(raw.prefs) ? raw.prefs : {};
  return {
    ...(migrated.from < STATE_VERSION ? { migratedFrom: migrated.from } : {}),
    state: {
      version: STATE_VERSION,
      recipeId: recipe.id,
      step,
      finished: raw.finished === true,
      prefs: {
        units: prefs.units === 'metric' || prefs.units === 'imperial' ? prefs.units : undefined,
        porkKg: plannedKg(prefs.porkKg) ? prefs.porkKg : undefined,
        porkSaid: parseWeightSaid(prefs.porkSaid),
        bringBack: typeof prefs.bringBack === 'boolean' ? prefs.bringBack : undefined,
      },
      // The latest few: more than Alexa's 10 timers and a plan's reminders were never set by voice.
      alerts: Array.isArray(raw.alerts) ? latestAlerts(raw.alerts) : [],
      updatedAt: isoTime(raw.updatedAt),
      plan: storedPlan(raw.plan),
      pausedTimer: pausedTimer(raw.pausedTimer),
    },
  };
}
