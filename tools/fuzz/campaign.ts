/**
 * One fuzz run against a built bundle: thousands of mutated envelopes of every request type, sent in
 * small concurrent rounds to the bundle in its own process (the memory store), with a share sent to
 * a second copy on the file store whose records the run writes first, while six cooks follow the
 * recipe on the memory store between the attacks. Every response is checked for the properties in
 * properties.ts, and every cook's answer for their own place. Repeatable from the seed: the same
 * seed sends the same envelopes (up to what the skill's own answers hand back as the session).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertsApiStandIn, REMINDERS_SCOPE, TIMERS_SCOPE } from '../../test/helpers/alerts-api';
import { BundleHost, type Outcome } from './bundle-host';
import { cooks } from './cooks';
import { anyRequest, envelope, mutate, type ApiTarget, type Json } from './envelopes';
import { hostileString, hostileValue } from './hostile';
import { Prng } from './prng';
import { endsSession, responseProblems, sessionAttributesOf, speechOf } from './properties';
import { storedFileText, storedShape } from './stored';

export interface CampaignOptions {
  /** The built entry, `dist/index.js` or another build's. */
  readonly entry: string;
  /** How many envelopes to send in all (the cooks' turns included). */
  readonly count: number;
  readonly seed: number;
  /**
   * Send only these envelopes of the run (by index), to replay what a run found: each envelope is
   * drawn from its own generator, forked from the seed's in order, so it comes out the same; only a
   * session handed back by an earlier answer (not replayed) is missing.
   */
  readonly only?: readonly number[];
  /** Stop collecting failures after this many (the run still counts them). */
  readonly keepFailures?: number;
  /** Called every so many envelopes with how many were sent. */
  readonly progress?: (sent: number) => void;
}

/** One envelope that broke a property, with enough to reproduce it. */
export interface Failure {
  readonly seed: number;
  /** Which envelope of the run (0-based), in the order they were made. */
  readonly index: number;
  readonly kind: string;
  readonly mutations: readonly string[];
  readonly problems: readonly string[];
  /** The envelope as sent (long strings cut), as JSON. */
  readonly event: string;
}

export interface CampaignResult {
  readonly seed: number;
  readonly count: number;
  /** Envelopes that broke a property (the cooks' turns included). */
  readonly failed: number;
  readonly failures: readonly Failure[];
  /** Envelopes sent, by kind. */
  readonly kinds: Readonly<Record<string, number>>;
  readonly cookTurns: number;
  /** The intents the IntentRequests named (before any mutation). */
  readonly intentsSent: ReadonlySet<string>;
  /** Why the error handler had to answer (its logged error messages), with how often. */
  readonly handlerErrors: Readonly<Record<string, number>>;
  readonly elapsedMs: number;
}

/**
 * How long the run waits for one answer before calling it unanswered: far past Alexa's 8 seconds,
 * so only an invocation that never settles (not a slow machine) is reported.
 */
const NO_ANSWER_MS = 30_000;

/** The bundle's answer, or an error once NO_ANSWER_MS have passed without one. */
async function invokeGuarded(host: BundleHost, event: unknown): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ error: `no answer within ${NO_ANSWER_MS / 1000} s` }), NO_ANSWER_MS);
  });
  try {
    return await Promise.race([host.invoke(event), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Fuzzed speakers: a small pool, so sessions carry on and stored places are met again. */
const FUZZ_USERS = Array.from({ length: 12 }, (_, i) => `amzn1.ask.account.fuzz-${i}`);
const FUZZ_PERSONS = Array.from({ length: 3 }, (_, i) => `amzn1.ask.person.fuzz-${i}`);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Long strings cut, so a failure's envelope stays readable. */
function shortJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 300 ? `${v.slice(0, 300)}…(${v.length} chars)` : v));
}

function attributesFor(p: Prng, last: Json | undefined): { newSession: boolean; attributes: unknown } {
  const roll = p.int(100);
  if (roll < 40 && last) return { newSession: false, attributes: last };
  if (roll < 60) return { newSession: true, attributes: {} };
  if (roll < 70) return { newSession: p.chance(0.5), attributes: p.pick([null, undefined]) };
  if (roll < 88) {
    return {
      newSession: false,
      attributes: {
        cook: storedShape(p),
        loaded: p.pick([true, false, 'yes', null]),
        dirty: p.pick([true, false, 1]),
        heardStep: p.pick([true, false, {}]),
        ...(p.chance(0.5) ? { owner: p.pick(['ACCOUNT', sha256(p.pick(FUZZ_PERSONS)), hostileString(p)]) } : {}),
      },
    };
  }
  return { newSession: p.chance(0.5), attributes: hostileValue(p) };
}

/** Runs the campaign; never throws for what the skill does (that is a failure in the result). */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const root = new Prng(options.seed);
  const stateDir = mkdtempSync(join(tmpdir(), 'fuzz-state-'));
  const api = await AlertsApiStandIn.start(() => new Date());
  api.granted.add(TIMERS_SCOPE);
  api.granted.add(REMINDERS_SCOPE);
  const memory = new BundleHost(options.entry, { STATE_STORE: 'memory' });
  const file = new BundleHost(options.entry, { STATE_STORE: 'file', STATE_DIR: stateDir });
  const household = cooks();
  const lastAttributes = new Map<string, Json | undefined>();
  const failures: Failure[] = [];
  const kinds: Record<string, number> = {};
  const intentsSent = new Set<string>();
  let failed = 0;
  let cookTurns = 0;
  let index = 0;
  const keep = options.keepFailures ?? 25;

  const fail = (failure: Failure) => {
    failed += 1;
    if (failures.length < keep) failures.push(failure);
  };

  /** One fuzzed envelope: sent, checked, and its session remembered for the speaker's next one. */
  const fuzzOne = async (p: Prng, at: number): Promise<void> => {
    const userId = p.pick(FUZZ_USERS);
    const personId = p.chance(0.3) ? p.pick(FUZZ_PERSONS) : undefined;
    const speakerKey = `${userId}/${personId ?? ''}`;
    const toFile = p.chance(0.15);
    const target: ApiTarget = p.chance(0.7)
      ? { endpoint: api.endpoint, token: p.chance(0.9) ? api.token : 'wrong-token' }
      : { endpoint: p.pick(['http://127.0.0.1:1', 'not a url', '', 'http://[::1', 'ftp://127.0.0.1:1']), token: 'x' };
    if (toFile && p.chance(0.6)) {
      const folder = join(stateDir, sha256(userId));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, `${personId ? sha256(personId) : 'ACCOUNT'}.json`), storedFileText(p));
    }
    const session = attributesFor(p, lastAttributes.get(speakerKey));
    const { kind, request } = anyRequest(p);
    // A copy made through JSON, as Alexa's would be: no object shared with another envelope or the last session.
    const event = JSON.parse(JSON.stringify(envelope(
      p,
      { userId, personId, sessionId: `amzn1.echo-api.session.${speakerKey}`, newSession: session.newSession, attributes: session.attributes as Json },
      target,
      request,
    ))) as Json;
    const sessionObject = event.session as Json;
    if (session.attributes === undefined) delete sessionObject.attributes;
    if (kind === 'skill event' || p.chance(0.04)) delete event.session;
    if (p.chance(0.03)) delete event.context;
    if (p.chance(0.3)) api.failNext({ status: p.pick([400, 401, 403, 404, 429, 500, 504]) });
    const times = p.pick([0, 0, 0, 1, 1, 1, 1, 2, 2, 3, 5, 8]);
    const mutations = mutate(p, event, times);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const intent = kind === 'IntentRequest' ? (request.intent as { name?: unknown }).name : undefined;
    if (typeof intent === 'string') intentsSent.add(intent);
    const outcome = await invokeGuarded(toFile ? file : memory, event);
    const problems = await responseProblems(event, outcome);
    if (problems.length) fail({ seed: options.seed, index: at, kind, mutations, problems, event: shortJson(event) });
    lastAttributes.set(speakerKey, endsSession(outcome) ? undefined : sessionAttributesOf(outcome));
  };

  /** One cook's turn on the memory store: the properties, then their own place. */
  const cookOne = async (p: Prng, at: number, which: number): Promise<void> => {
    const cook = household[which]!;
    const turn = cook.nextTurn(p);
    cookTurns += 1;
    kinds['cook turn'] = (kinds['cook turn'] ?? 0) + 1;
    const outcome = await invokeGuarded(memory, turn.event);
    const problems = await responseProblems(turn.event, outcome);
    problems.push(...cook.hear(turn, speechOf(outcome), sessionAttributesOf(outcome), endsSession(outcome)));
    if (problems.length) fail({ seed: options.seed, index: at, kind: `cook ${cook.name}: ${turn.say}`, mutations: [], problems, event: shortJson(turn.event) });
  };

  try {
    while (index < options.count) {
      // A round: a few requests in flight at once, each cook at most once (a person waits for an answer).
      const round: Promise<void>[] = [];
      const size = Math.min(root.between(1, 4), options.count - index);
      const busy = new Set<number>();
      for (let i = 0; i < size; i++) {
        const p = root.fork();
        const at = index++;
        if (options.only && !options.only.includes(at)) continue;
        const which = p.int(household.length);
        if (p.chance(0.2) && !busy.has(which)) {
          busy.add(which);
          round.push(cookOne(p, at, which));
        } else {
          round.push(fuzzOne(p, at));
        }
        if (options.progress && index % 1000 === 0) options.progress(index);
      }
      await Promise.all(round);
    }
  } finally {
    await Promise.all([memory.close(), file.close()]);
    await api.close();
    rmSync(stateDir, { recursive: true, force: true });
  }

  const handlerErrors: Record<string, number> = {};
  for (const line of [...memory.errorLogs, ...file.errorLogs]) {
    const key = `${String(line.message)}: ${String(line.error ?? '').slice(0, 160)}`;
    handlerErrors[key] = (handlerErrors[key] ?? 0) + 1;
  }
  return { seed: options.seed, count: index, failed, failures, kinds, cookTurns, intentsSent, handlerErrors, elapsedMs: Date.now() - started };
}

/** A failure as the run prints it: seed and envelope index first, so it can be found again. */
export function describeFailure(f: Failure): string {
  return [
    `seed ${f.seed}, envelope ${f.index} (${f.kind}; ${f.mutations.join(', ') || 'not mutated'}):`,
    ...f.problems.map((problem) => `  - ${problem}`),
    `  envelope: ${f.event.slice(0, 3000)}`,
  ].join('\n');
}
