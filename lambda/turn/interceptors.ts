import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepCount, type Recipe } from '../recipe';
import { speechFor } from '../speech';
import { TurnBudget, withDeadline, type Timing } from '../services/budget';
import { anonymous, type Log } from '../services/logger';
import { ConflictError, UnreadableRecordError } from '../services/stores/errors';
import { personKeyOf } from '../services/stores/key';
import type { CookStore } from '../services/stores/types';
import { isFromNewerVersion, parseState, STATE_VERSION, type CookState, type StateProblem } from '../state/cook-state';
import { setTurn, turnOf, type Turn } from './turn';

/**
 * What the session attributes carry between turns, so storage is read once per session. Every
 * key is also in SESSION_FACT_KEYS: the session keeps only the keys the skill writes.
 */
interface SessionFacts {
  /** The cook's state as of the last turn. */
  cook?: unknown;
  /** True once storage was read in this session (or there is no storage). */
  loaded?: boolean;
  /** True while the session holds changes that storage has not yet accepted. */
  dirty?: boolean;
  /** The stored record's revision as this session last knew it: the next write expects it. */
  revision?: number;
  /** True once a step was spoken in this session. */
  heardStep?: boolean;
  /** Whose place the session holds: the hashed person key (or the account's), as the store keys it. */
  owner?: string;
}

/** The session attributes the state interceptors own (every key of SessionFacts). */
export const SESSION_FACT_KEYS: readonly (keyof SessionFacts)[] = ['cook', 'loaded', 'dirty', 'revision', 'heardStep', 'owner'];

/** The state as it was when the turn began, to tell whether the turn changed it. */
const SNAPSHOT_KEY = 'cookSnapshot';

/** What the state interceptors need; `createSkill` passes its own deps. */
export interface StateDeps {
  readonly recipe: Recipe;
  readonly persistence?: CookStore;
  readonly log: Log;
  /** The turn's deadlines (the deployed ones unless a test shortens them). */
  readonly timing: Timing;
  /** The clock; the real one unless a test fixes the time. */
  readonly now?: () => Date;
}

function userTag(h: HandlerInput): string {
  return anonymous(h.requestEnvelope.context?.System?.user?.userId);
}

/** The person key, as the stores key it (hashed only when Alexa recognised a speaker); `none` without a user. */
function ownerOf(h: HandlerInput): string {
  const envelope = h.requestEnvelope;
  return envelope.context?.System?.user?.userId || envelope.session?.user?.userId ? personKeyOf(envelope) : 'none';
}

/**
 * What reading storage found: the stored value and its revision; a record that is there but
 * garbage (replace it); or nothing usable (an outage, or a record of a newer version: keep it).
 */
type StoredRead =
  | { kind: 'read'; value: unknown; revision: number }
  | { kind: 'unreadable'; revision: number }
  | { kind: 'unknown' };

async function readStored(h: HandlerInput, deps: StateDeps, store: CookStore, budget: TurnBudget): Promise<StoredRead> {
  try {
    const ms = budget.slice(deps.timing.storageMs);
    const record = await withDeadline('storage', ms, (signal) => store.read(h.requestEnvelope, { signal }));
    if (record && isFromNewerVersion(record.value)) {
      // Written by a newer release (this one was rolled back): the cook's place is in there, so it
      // is kept untouched, and this turn goes on as if storage could not be reached.
      deps.log.warn('stored state is from a newer version; kept as it is', {
        user: userTag(h),
        version: (record.value as { version?: unknown }).version,
        supported: STATE_VERSION,
      });
      return { kind: 'unknown' };
    }
    return { kind: 'read', value: record?.value, revision: record?.revision ?? 0 };
  } catch (err) {
    if (err instanceof UnreadableRecordError) return { kind: 'unreadable', revision: err.revision };
    deps.log.warn('state load failed; answering from the session', { user: userTag(h), error: String(err) });
    return { kind: 'unknown' };
  }
}

/**
 * Loads the cook's state: from the session when it has it, otherwise from storage once per session
 * (and once more for each new speaker Alexa recognises in it). When storage cannot be read, or
 * holds a record of a newer version, the turn is flagged `placeUnknown`: it goes on from a
 * stand-in state that is never saved, and loading is tried again next turn. A bad stored value is
 * replaced by a fresh state with a warning; an older one is migrated. Starts the turn's time
 * budget. Skill events (no session) have no cook and get no turn.
 */
export function stateRequestInterceptor(deps: StateDeps): RequestInterceptor {
  const total = stepCount(deps.recipe);
  return {
    async process(h) {
      const budget = new TurnBudget(deps.timing);
      if (!h.requestEnvelope.session) return;
      const session = h.attributesManager.getSessionAttributes() as SessionFacts;
      const owner = ownerOf(h);
      if (session.owner !== undefined && session.owner !== owner) {
        // Another recognised speaker in the same session: their own place, not the last speaker's.
        if (session.dirty) deps.log.warn('previous speaker’s unsaved change dropped', { user: userTag(h) });
        Object.assign(session, { cook: undefined, loaded: false, dirty: false, revision: undefined, heardStep: false });
      }
      let raw: unknown = session.cook;
      let loaded = session.loaded === true || !deps.persistence;
      const dirty = session.dirty === true;
      let revision = session.revision;
      let problem: StateProblem | undefined;
      // A closing session says nothing, so it needs no stored place (it may still save unsaved changes).
      const closing = h.requestEnvelope.request.type === 'SessionEndedRequest';
      if (!loaded && !closing && deps.persistence) {
        const read = await readStored(h, deps, deps.persistence, budget);
        loaded = read.kind !== 'unknown';
        if (read.kind !== 'unknown') revision = read.revision;
        // Changes this session made after reading are newer than what storage holds (a save that
        // failed or met a conflict): they are kept, and written over the revision just read.
        if (!(dirty && raw !== undefined)) {
          if (read.kind === 'read') raw = read.value;
          if (read.kind === 'unreadable') {
            raw = undefined;
            problem = 'corrupt';
          }
        }
      }
      // Unknown unless read now or earlier in the session, or held unsaved by the session itself.
      const placeUnknown = !loaded && !(dirty && raw !== undefined);
      const parsed = parseState(placeUnknown ? undefined : raw, deps.recipe, total);
      problem ??= parsed.problem;
      if (problem) deps.log.warn('stored state replaced by a fresh one', { user: userTag(h), problem });
      if (parsed.migratedFrom !== undefined) {
        deps.log.info('stored state migrated', { user: userTag(h), from: parsed.migratedFrom, to: parsed.state.version });
      }
      // A cook the session brought is replaced by its parsed state at once (the response interceptor
      // would do the same): should the turn fail before that runs, the session still carries a
      // checked (and bounded) state, not what it was handed.
      const checked = session.cook !== undefined ? { cook: parsed.state } : {};
      Object.assign(session, { ...checked, loaded, dirty: dirty || problem !== undefined, owner, revision });
      h.attributesManager.getRequestAttributes()[SNAPSHOT_KEY] = JSON.stringify(parsed.state);
      setTurn(h, {
        recipe: deps.recipe,
        speech: speechFor(h.requestEnvelope.request.locale),
        log: deps.log,
        cook: parsed.state,
        heardStep: session.heardStep === true,
        now: deps.now?.() ?? new Date(),
        locale: h.requestEnvelope.request.locale,
        placeUnknown,
        budget,
      });
    },
  };
}

/**
 * Writes the state conditionally on the revision the session knows. On a conflict (the record
 * moved: another device, or a write this session gave up on that landed after all) the session's
 * state is still the cook's latest word, so the revision is read again and the write made once
 * more over it. Returns the new revision.
 */
async function save(h: HandlerInput, deps: StateDeps, store: CookStore, turn: Turn, expected: number): Promise<number> {
  const ms = () => turn.budget.slice(deps.timing.storageMs);
  const state: CookState = turn.cook;
  const write = (revision: number) =>
    withDeadline('storage', ms(), (signal) => store.write(h.requestEnvelope, { ...state }, { expected: revision, signal }));
  try {
    return await write(expected);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    deps.log.info('stored state changed since it was read; writing over the new revision', { user: userTag(h) });
    const current = await withDeadline('storage', ms(), (signal) => store.read(h.requestEnvelope, { signal })).catch((e: unknown) => {
      // An unreadable record is replaced; its revision is still the one to write over.
      if (e instanceof UnreadableRecordError) return { revision: e.revision, value: {} };
      throw e;
    });
    if (current && isFromNewerVersion(current.value)) throw new Error('a newer version wrote the record; kept as it is', { cause: err });
    return write(current?.revision ?? 0);
  }
}

/**
 * Saves the state when this turn (or an earlier one storage missed) changed it, stamping
 * `updatedAt`, and carries it in the session. A storage failure is logged and retried on a later
 * turn; the cook still hears the answer. A turn that could not see the saved place saves nothing
 * and keeps nothing in the session, so the place is read again, untouched, next turn.
 */
export function stateResponseInterceptor(deps: StateDeps): ResponseInterceptor {
  return {
    async process(h, _response?: Response) {
      const requestAttributes = h.attributesManager.getRequestAttributes();
      const snapshot = requestAttributes[SNAPSHOT_KEY] as string | undefined;
      if (snapshot === undefined) return;
      const turn = turnOf(h);
      const session = h.attributesManager.getSessionAttributes() as SessionFacts;
      const changed = JSON.stringify(turn.cook) !== snapshot;
      if (turn.placeUnknown) {
        if (changed) deps.log.warn('change not kept: the saved place could not be read', { user: userTag(h) });
        Object.assign(session, { cook: undefined, loaded: false, dirty: false, revision: undefined, heardStep: turn.heardStep });
        return;
      }
      if (changed) turn.cook = { ...turn.cook, updatedAt: turn.now.toISOString() };
      let dirty = session.dirty === true || changed;
      let revision = session.revision;
      let loaded = session.loaded;
      if (dirty && deps.persistence) {
        try {
          revision = await save(h, deps, deps.persistence, turn, revision ?? 0);
          dirty = false;
        } catch (err) {
          deps.log.warn('state save failed; will retry next turn', { user: userTag(h), error: String(err) });
          // After a conflict the revision is stale: the next turn reads it again before writing.
          if (err instanceof ConflictError) loaded = false;
        }
      } else if (!deps.persistence) {
        dirty = false;
      }
      Object.assign(session, { cook: turn.cook, dirty, revision, loaded, heardStep: turn.heardStep });
    },
  };
}
