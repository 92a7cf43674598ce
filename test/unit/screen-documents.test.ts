import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { porkBelly, stepCount } from '../../lambda/recipe';
import { documents } from '../../lambda/screens/documents';
import {
  APL_VERSION,
  answerPayload,
  ingredientsPayload,
  planPayload,
  stepPayload,
  type AplDocument,
  type ScreenKind,
} from '../../lambda/screens';
import { silentLog } from '../../lambda/services/logger';
import { en } from '../../lambda/speech';
import { freshState, type CookState } from '../../lambda/state/cook-state';
import type { Turn } from '../../lambda/turn/turn';
import { TurnBudget } from '../../lambda/services/budget';
import { keptPlan } from '../../lambda/turn/kept-plan';
import { inflate, missing, referencesIn, resolve, stringsOf } from '../helpers/apl';
import type { UnitSystem } from '../../lambda/recipe';
import { validateApl } from '../helpers/apl-validator';

const DOCUMENT_DIR = join(__dirname, '..', '..', 'lambda', 'screens', 'documents');
const SCREENS: readonly ScreenKind[] = ['step', 'ingredients', 'answer', 'plan'];

/** The components APL itself defines (the documents use no others, apart from their own layouts). */
const PRIMITIVES = ['Container', 'Text', 'Image', 'TouchWrapper', 'Frame', 'ScrollView', 'Sequence', 'GridSequence', 'Pager', 'VectorGraphic'];
/** Names every data-binding context has: APL's own, and the state a style may test. */
const BUILT_INS = ['localTime', 'utcTime', 'Time', 'Math', 'String', 'viewport', 'environment', 'index', 'ordinal', 'state'];
/** The resources of the alexa-viewport-profiles package the documents use, as its documentation names them. */
const PROFILE_RESOURCES = ['viewportProfile', 'hubRoundSmall', 'hubLandscapeSmall', 'hubLandscapeXLarge', 'hubPortraitMedium', 'tvLandscapeXLarge'];

const NOW = new Date('2025-11-20T18:00:00Z');

function turnWith(cook: Partial<CookState>): Turn {
  return { recipe: porkBelly, speech: en, log: silentLog, cook: { ...freshState(porkBelly), ...cook }, heardStep: true, now: NOW, locale: 'en-US', placeUnknown: false, budget: new TurnBudget() };
}
const ctx = (system: UnitSystem) => ({ recipe: porkBelly, system });
const TIMERS: CookState['alerts'] = [
  { id: 'a', kind: 'timer', label: 'pork belly roast', endsAt: '2025-11-20T19:45:00Z' },
  { id: 'b', kind: 'timer', label: 'maple glaze', endsAt: '2025-11-20T17:00:00Z' },
];

/** Data sources for real states of the recipe, the way the skill builds them, per screen. */
function realPayloads(): Record<ScreenKind, Record<string, unknown>[]> {
  const stepScreens = [];
  for (let i = 0; i < stepCount(porkBelly); i++) {
    stepScreens.push(stepPayload(turnWith({ step: i }), ctx('imperial'), i, NOW));
    stepScreens.push(stepPayload(turnWith({ step: i, alerts: TIMERS, prefs: { units: 'metric' } }), ctx('metric'), i, NOW));
  }
  const scaled = turnWith({ step: 4, prefs: { units: 'metric', porkKg: 2 } });
  return {
    step: stepScreens as unknown as Record<string, unknown>[],
    ingredients: [
      ingredientsPayload(turnWith({}), ctx('imperial')),
      ingredientsPayload(scaled, ctx('metric'), { highlightId: 'kosher-salt' }),
      ingredientsPayload(turnWith({ step: 20 }), ctx('imperial'), { groupId: 'glaze' }),
    ] as unknown as Record<string, unknown>[],
    answer: [
      answerPayload(turnWith({}), ctx('imperial'), 'Welcome.'),
      answerPayload(turnWith({ step: 8 }), ctx('imperial'), 'You’re on step 9.'),
      answerPayload(turnWith({ step: 24, finished: true }), ctx('imperial'), 'That’s the end.'),
    ] as unknown as Record<string, unknown>[],
    plan: [
      // An overnight plan made that morning, part gone by; a shortcut plan; a cook on a step.
      planPayload(turnWith({ plan: { ...PLAN, madeAt: '2025-11-20T12:00:00Z' } }), keptPlan(turnWith({ plan: { ...PLAN, madeAt: '2025-11-20T12:00:00Z' } }))!),
      planPayload(turnWith({ step: 3, plan: { ...PLAN, madeAt: '2025-11-21T16:00:00Z' } }), keptPlan(turnWith({ plan: { ...PLAN, madeAt: '2025-11-21T16:00:00Z' } }))!),
    ] as unknown as Record<string, unknown>[],
  };
}

/** Dinner at 7 PM on Friday 21 November 2025 in New York. */
const PLAN = { dinner: '2025-11-22T00:00:00Z', madeAt: '', timeZone: 'America/New_York', reminders: [] };

function resourceNames(document: AplDocument): Set<string> {
  const blocks = (document.resources ?? []) as Record<string, Record<string, unknown> | string>[];
  const names = blocks.flatMap((b) =>
    Object.entries(b)
      .filter(([, v]) => typeof v === 'object')
      .flatMap(([, v]) => Object.keys(v as object)),
  );
  return new Set([...names, ...PROFILE_RESOURCES]);
}

/** Every (component, property) of the document that holds a data-binding expression or resource. */
function boundProperties(document: AplDocument): Map<object, Set<string>> {
  const found = new Map<object, Set<string>>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string') {
      const bound = stringsOf(record).filter((s) => referencesIn(s.text).length > 0);
      if (bound.length) found.set(record, new Set(bound.map((s) => s.at)));
    }
    for (const key of ['item', 'items']) visit(record[key]);
  };
  visit(document.mainTemplate);
  for (const layout of Object.values((document.layouts ?? {}) as Record<string, { item: unknown }>)) visit(layout.item);
  return found;
}

describe('the screen documents', () => {
  it('are valid JSON files: four screens and what they share', () => {
    const files = readdirSync(DOCUMENT_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(['answer.json', 'ingredients.json', 'plan.json', 'shared.json', 'step.json']);
    for (const file of files) expect(() => JSON.parse(readFileSync(join(DOCUMENT_DIR, file), 'utf8'))).not.toThrow();
  });

  it.each(SCREENS)('%s has the fields APL requires, one version, and imports only the viewport profiles', (kind) => {
    const document = documents[kind];
    expect(document).toMatchObject({ type: 'APL', version: APL_VERSION, theme: 'dark' });
    expect(document.mainTemplate).toMatchObject({ parameters: ['payload'], item: expect.any(Object) });
    expect(document.import).toEqual([{ name: 'alexa-viewport-profiles', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) }]);
  });

  it.each(SCREENS)('%s passes Amazon’s APL validator (apl-suggester) without a warning', async (kind) => {
    // Without its import list: the validator would fetch the package, which the device resolves itself.
    const { import: _imports, ...offline } = documents[kind];
    expect(await validateApl(offline)).toEqual({ findings: [], printed: [] });
  });

  it('are checked by a live validator that finds a misspelt property', async () => {
    const { import: _imports, ...offline } = documents.answer;
    const broken = JSON.parse(JSON.stringify(offline).replace('"textAlign"', '"textAlignment"'));
    const { findings } = await validateApl(broken);
    // The validator's wording is its own; that it names the misspelt property is the point.
    expect(findings.map((w) => w.errorMessage).join()).toContain('textAlignment');
  });

  it('size everything by viewport profile, never in pixels', () => {
    for (const kind of SCREENS) {
      const text = JSON.stringify(documents[kind]);
      // Anywhere in the document: no pixel size, and a branch for each of the two profiles.
      expect(text).not.toMatch(/\d+px/);
      expect(text).toContain('@viewportProfile == @hubLandscapeSmall');
      expect(text).toContain('@viewportProfile == @hubLandscapeXLarge');
    }
  });
});

describe('the skill manifest', () => {
  interface Viewport {
    mode: string;
    shape: string;
    minWidth: number;
    maxWidth: number;
    minHeight: number;
    maxHeight: number;
  }
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill.json'), 'utf8')) as {
    manifest: { apis: { custom: { interfaces?: { type: string; supportedViewports?: Viewport[] }[] } } };
  };
  const apl = manifest.manifest.apis.custom.interfaces?.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
  const fits = (width: number, height: number) =>
    (apl?.supportedViewports ?? []).some(
      (v) => v.mode === 'HUB' && v.minWidth <= width && width <= v.maxWidth && v.minHeight <= height && height <= v.maxHeight,
    );

  it('declares APL, without which no device sends the interface and no screen is ever drawn', () => {
    expect(apl).toBeDefined();
  });

  it.each([
    ['Echo Show 5', 960, 480],
    ['Echo Show 8', 1280, 800],
    ['Echo Show 15', 1920, 1080],
    ['Echo Show 15 upright', 1080, 1920],
  ])('covers the %s (%i × %i)', (_name, width, height) => {
    expect(fits(width, height)).toBe(true);
  });
});

describe('the bindings of the screen documents', () => {
  const payloads = realPayloads();

  it.each(SCREENS)('%s uses only data its real data sources have, resources it defines, and components that exist', (kind) => {
    const document = documents[kind];
    const resources = resourceNames(document);
    const layouts = Object.keys((document.layouts ?? {}) as object);
    const expected = boundProperties(document);
    const checked = new Map<object, Set<string>>();
    const problems: string[] = [];
    for (const payload of payloads[kind]) {
      for (const { node, scope, path, params } of inflate(document, payload)) {
        if (![...PRIMITIVES, ...layouts].includes(String(node.type))) problems.push(`${path}: unknown component ${String(node.type)}`);
        for (const { at, text } of stringsOf(node)) {
          for (const name of referencesIn(text)) {
            const root = name.split('.')[0] ?? '';
            const ok = name.startsWith('@')
              ? resources.has(name.slice(1))
              : BUILT_INS.includes(root) || params.has(root) || ['true', 'false', 'null'].includes(root)
                ? true
                : (root === 'payload' || root === 'data') && resolve(scope, name) !== missing;
            if (!ok) problems.push(`${path}${at}: ${text} reads ${name}, which is not there`);
          }
          if (referencesIn(text).length) checked.set(node, (checked.get(node) ?? new Set()).add(at));
        }
      }
    }
    expect(problems).toEqual([]);
    // Every bound property was reached by some real data source, so none escaped the check.
    const unchecked = [...expected].flatMap(([node, ats]) => [...ats].filter((at) => !checked.get(node)?.has(at)).map((at) => `${String((node as { type?: string }).type)}${at}`));
    expect(unchecked).toEqual([]);
  });

  it('resolve styles and resource conditions to resources and names that exist', () => {
    const document = documents.step;
    const resources = resourceNames(document);
    const problems = stringsOf({ resources: document.resources, styles: document.styles }, false)
      .flatMap(({ text }) => referencesIn(text))
      .filter((name) => (name.startsWith('@') ? !resources.has(name.slice(1)) : !BUILT_INS.includes(name.split('.')[0] ?? '')));
    expect(problems).toEqual([]);
  });

  it('fail the check when a binding names data the source does not have', () => {
    const payload = payloads.answer[0]!;
    const text = inflate(documents.answer, payload).find((c) => c.node.type === 'Text' && c.node.text === '${payload.text}');
    expect(text && resolve(text.scope, 'payload.text')).toBe('Welcome.');
    expect(text && resolve(text.scope, 'payload.txt')).toBe(missing);
  });
});
