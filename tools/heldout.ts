/**
 * Scores held-out phrase lists (test/heldout/, format in its README) against the real skill:
 *   npm run heldout -- test/heldout/list-a-questions.txt test/heldout/list-a-navigation.txt ...
 * Each line runs in its own conversation through tools/conversation.ts (the real interaction
 * model, matched as Alexa matches, unlisted slot words included), with a memory store and the
 * local Alexa Timers API stand-in, consent granted. It prints the score per list and per kind
 * (questions, navigation, timers) and every failure with what the skill did instead.
 * `--strict` scores with only the matching a device is sure to do (ConversationOptions.strict).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Intent } from '../lambda/intents';
import { porkBelly } from '../lambda/recipe';
import { sdkAlertService } from '../lambda/services/alerts';
import { silentLog } from '../lambda/services/logger';
import { MemoryStore } from '../lambda/services/stores/memory';
import { createSkill } from '../lambda/skill';
import { AlertsApiStandIn, TIMERS_SCOPE } from '../test/helpers/alerts-api';
import { asRecognized } from './as-recognized';
import { Conversation, type Exchange } from './conversation';
import { INVOCATION_NAME } from '../interaction-models/source';

export type Kind = 'questions' | 'navigation' | 'timers';

export type Expectation =
  | { readonly type: 'step'; readonly step: number }
  | { readonly type: 'says'; readonly parts: readonly string[] }
  | { readonly type: 'timer'; readonly seconds: number }
  | { readonly type: 'timer-cancel' | 'timer-left' | 'timer-pause' | 'timer-resume' | 'hold' | 'end' };

export interface HeldoutLine {
  readonly file: string;
  readonly line: number;
  readonly where: string;
  readonly phrase: string;
  readonly expect: Expectation;
  readonly expectText: string;
  readonly kind: Kind;
}

export interface LineResult {
  readonly item: HeldoutLine;
  readonly ok: boolean;
  /** What happened, for a failure: the intent sent and what the cook heard. */
  readonly detail: string;
}

const MODEL_FILE = join(__dirname, '..', 'interaction-models', 'en-US.json');

function parseExpectation(text: string): Expectation {
  const t = text.trim();
  const step = /^step (\d+)$/.exec(t);
  if (step) return { type: 'step', step: Number(step[1]) };
  if (t.startsWith('says ')) return { type: 'says', parts: t.slice(5).split(';').map((p) => p.trim()).filter(Boolean) };
  const timer = /^timer (\d+)([hms])$/.exec(t);
  if (timer) return { type: 'timer', seconds: Number(timer[1]) * { h: 3600, m: 60, s: 1 }[timer[2] as 'h' | 'm' | 's'] };
  if (['timer-cancel', 'timer-left', 'timer-pause', 'timer-resume', 'hold', 'end'].includes(t)) {
    return { type: t as 'hold' };
  }
  throw new Error(`unknown expectation "${t}"`);
}

/** A list's kind comes from its file name; a file of mixed lines is judged line by line. */
function kindOf(file: string, expect: Expectation): Kind {
  const name = basename(file);
  if (name.includes('question')) return 'questions';
  if (name.includes('navigation')) return 'navigation';
  if (name.includes('timer')) return 'timers';
  if (expect.type.startsWith('timer')) return 'timers';
  return expect.type === 'says' ? 'questions' : 'navigation';
}

/** Reads a list file: `<where> | <phrase> | <expect>` lines, `#` comments. */
export function readList(file: string): HeldoutLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter(({ text }) => text && !text.startsWith('#'))
    .map(({ text, line }) => {
      const [where, phrase, expectText] = text.split('|').map((p) => p.trim());
      if (!where || !phrase || !expectText) throw new Error(`${file}:${line}: not "<where> | <phrase> | <expect>"`);
      const expect = parseExpectation(expectText);
      return { file, line, where, phrase, expect, expectText, kind: kindOf(file, expect) };
    });
}

/** One cook in a fresh conversation: a memory store, the timers stand-in, consent granted. */
class Trial {
  readonly store = new MemoryStore();
  readonly conversation: Conversation;
  private last?: RequestEnvelope;

  constructor(
    readonly api: AlertsApiStandIn,
    strict = false,
  ) {
    const skill = createSkill({ recipe: porkBelly, persistence: this.store, log: silentLog, alerts: sdkAlertService(), now: () => FIXED_NOW });
    this.conversation = new Conversation({
      handler: async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
        this.last = event;
        return skill.invoke(event);
      },
      modelFile: MODEL_FILE,
      userId: 'amzn1.ask.account.heldout',
      decorate: api.decorate,
      strict,
    });
  }

  /** The cook's 1-based step as stored after the last turn (0 before they start). */
  async step(): Promise<number> {
    if (!this.last) return 0;
    const stored = (await this.store.getAttributes(this.last)) as { step?: number | null };
    return typeof stored.step === 'number' ? stored.step + 1 : 0;
  }
}

const FIXED_NOW = new Date('2026-11-28T18:00:00Z');

/** Puts the cook where the line says they are, as a cook would get there. */
async function setUp(trial: Trial, where: string): Promise<void> {
  if (where === 'oneshot') return;
  await trial.conversation.say(`open ${INVOCATION_NAME}`);
  if (where === 'new') return;
  const total = 25;
  if (where === 'finished') {
    await trial.conversation.intent(Intent.GoToStep, { stepNumber: String(total) });
    await trial.conversation.intent(Intent.NextStep);
    return;
  }
  const m = /^step (\d+)( timer)?$/.exec(where);
  if (!m) throw new Error(`unknown situation "${where}"`);
  await trial.conversation.intent(Intent.GoToStep, { stepNumber: m[1] ?? '1' });
  if (m[2]) {
    // The timer the cook asked for earlier: this step's own, or ten minutes when it has none.
    await trial.conversation.intent(Intent.SetTimer);
    if (trial.api.timers.size === 0) await trial.conversation.intent(Intent.SetTimer, { duration: 'PT10M' });
  }
}

/**
 * Text as compared: lower case, plain apostrophes, and numbers as digits on both sides, so an
 * expectation written "2 and a half hours" (the list format allows digits) matches a voice saying
 * "two and a half hours", and "one and a half teaspoons" matches "1 and a half teaspoons".
 */
const norm = (s: string) => digits(s.toLowerCase().replace(/[’‘]/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' '));

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * Number words to digits: "twenty five" → "25", "two hundred and sixty" → "260". Not the skill's own
 * number reading (lambda/vocabulary/numbers.ts): the judge must not share code with what it judges,
 * and that reading folds "and a half" into a decimal, which would break expectations written as a
 * piece of a range ("and a half hours").
 */
export function digits(text: string): string {
  const unit = (w: string) => UNITS.indexOf(w);
  const ten = (w: string) => (w.length > 0 ? TENS.indexOf(w) : -1);
  const out: string[] = [];
  const said = text.split(' ');
  for (let i = 0; i < said.length; ) {
    const small = (k: number): [number, number] => {
      const t = ten(said[k] ?? '');
      if (t >= 2) {
        const u = unit(said[k + 1] ?? '');
        return u >= 1 && u <= 9 ? [t * 10 + u, k + 2] : [t * 10, k + 1];
      }
      const u = unit(said[k] ?? '');
      return u >= 0 ? [u, k + 1] : [-1, k];
    };
    let [value, j] = small(i);
    if (value >= 1 && value <= 9 && said[j] === 'hundred') {
      const rest = small(said[j + 1] === 'and' ? j + 2 : j + 1);
      [value, j] = rest[0] >= 1 && rest[0] <= 99 ? [value * 100 + rest[0], rest[1]] : [value * 100, j + 1];
    }
    if (value < 0) {
      out.push(said[i] ?? '');
      i++;
    } else {
      out.push(String(value));
      i = j;
    }
  }
  return out.join(' ');
}

function judge(item: HeldoutLine, heard: Exchange, before: { step: number; timers: Map<string, { seconds: number; status: string }> }, after: { step: number; timers: Map<string, { seconds: number; status: string }> }): boolean {
  const understood = heard.sent !== Intent.Fallback;
  const e = item.expect;
  switch (e.type) {
    case 'step':
      return after.step === e.step && norm(heard.speech).includes(`step ${e.step} of`);
    case 'says':
      return understood && e.parts.every((p) => norm(heard.speech).includes(norm(p)));
    case 'timer':
      return [...after.timers.entries()].some(([id, t]) => !before.timers.has(id) && t.seconds === e.seconds);
    case 'timer-cancel':
      return after.timers.size < before.timers.size;
    case 'timer-pause':
      return [...after.timers.values()].some((t) => t.status === 'PAUSED') && [...before.timers.values()].every((t) => t.status !== 'PAUSED');
    case 'timer-resume':
      return [...after.timers.values()].some((t) => t.status === 'ON') && [...before.timers.values()].every((t) => t.status === 'PAUSED');
    case 'timer-left':
      // The running timer is untouched and the answer tells a time left ("has 2 hours left").
      return understood && after.timers.size === before.timers.size && /\bleft\b/.test(norm(heard.speech)) && /\d|hour|minute|second/.test(heard.speech);
    case 'hold':
      return understood && !heard.sessionEnded && after.step === before.step;
    case 'end':
      return understood && heard.sessionEnded && after.step === before.step;
  }
}

function snapshot(api: AlertsApiStandIn): Map<string, { seconds: number; status: string }> {
  return new Map([...api.timers.values()].map((t) => [t.id, { seconds: t.seconds, status: t.status }]));
}

/** Runs one line in a fresh conversation and judges it. */
export async function runLine(item: HeldoutLine, strict = false): Promise<LineResult> {
  const api = await AlertsApiStandIn.start(() => FIXED_NOW);
  try {
    api.granted.add(TIMERS_SCOPE);
    const trial = new Trial(api, strict);
    await setUp(trial, item.where);
    if (item.expect.type === 'timer-resume') await trial.conversation.intent(Intent.PauseTimer);
    const before = { step: await trial.step(), timers: snapshot(api) };
    const said = asRecognized(item.phrase);
    const phrase = item.where === 'oneshot' ? `ask ${INVOCATION_NAME} ${said}` : said;
    const heard = await trial.conversation.say(phrase);
    const after = { step: await trial.step(), timers: snapshot(api) };
    const ok = judge(item, heard, before, after);
    const slots = Object.keys(heard.slots).length ? ` ${JSON.stringify(heard.slots)}` : '';
    const loose = heard.unlisted.length ? ' (unlisted words)' : '';
    return { item, ok, detail: `[${heard.sent}${slots}${loose}] ${heard.speech}` };
  } finally {
    await api.close();
  }
}

export interface Score {
  readonly passed: number;
  readonly total: number;
}

/** Runs every line of the given lists, one at a time. */
export async function runLists(files: readonly string[], strict = false): Promise<LineResult[]> {
  const results: LineResult[] = [];
  for (const file of files) for (const item of readList(file)) results.push(await runLine(item, strict));
  return results;
}

/** Passed and total, grouped by a key. */
export function scoreBy(results: readonly LineResult[], key: (r: LineResult) => string): Map<string, Score> {
  const out = new Map<string, Score>();
  for (const r of results) {
    const k = key(r);
    const s = out.get(k) ?? { passed: 0, total: 0 };
    out.set(k, { passed: s.passed + (r.ok ? 1 : 0), total: s.total + 1 });
  }
  return out;
}

const pct = (s: Score) => `${s.passed}/${s.total} (${((100 * s.passed) / Math.max(1, s.total)).toFixed(1)}%)`;

async function main(args: readonly string[]): Promise<void> {
  // --strict: only the matching a device is sure to do (see ConversationOptions.strict).
  const strict = args.includes('--strict');
  const files = args.filter((a) => a !== '--strict');
  if (files.length === 0) throw new Error('usage: npm run heldout -- [--strict] <list files>');
  const results = await runLists(files, strict);
  if (strict) console.log('Matching: strict (no learnt lead-ins and tails, no request inside a longer sentence)');
  for (const r of results.filter((x) => !x.ok)) {
    console.log(`FAIL ${basename(r.item.file)}:${r.item.line} ${r.item.where} | ${r.item.phrase} | ${r.item.expectText}\n     ${r.detail}`);
  }
  console.log('\nBy list:');
  for (const [file, s] of scoreBy(results, (r) => basename(r.item.file))) console.log(`  ${file}: ${pct(s)}`);
  console.log('By kind:');
  for (const [kind, s] of scoreBy(results, (r) => r.item.kind)) console.log(`  ${kind}: ${pct(s)}`);
  const all = scoreBy(results, () => 'all').get('all');
  if (all) console.log(`All: ${pct(all)}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
