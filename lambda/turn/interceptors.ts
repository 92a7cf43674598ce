import type { HandlerInput, PersistenceAdapter, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepCount, type Recipe } from '../recipe';
import { speechFor } from '../speech';
import { anonymous, type Log } from '../services/logger';
import { UnreadableRecordError } from '../services/stores/errors';
import { storageKey } from '../services/stores/key';
import { parseState, type StateProblem } from '../state/cook-state';
import { withDeadline } from '../state/deadline';
import { setTurn, turnOf } from './turn';

export { STORAGE_TIMEOUT_MS } from '../state/deadline';

/** What the session attributes carry between turns, so storage is read once per session. */
interface SessionFacts {
  /** The cook's state as of the last turn. */
  cook?: unknown;
  /** True once storage was read in this session (or there is no storage). */
  loaded?: boolean;
  /** True while the session holds changes that storage has not yet accepted. */
  dirty?: boolean;
  /** True once a step was spoken in this session. */
  heardStep?: boolean;
  /** Whose place the session holds: the hashed person key (or the account's), as the store keys it. */
  owner?: string;
}

/** The state as it was when the turn began, to tell whether the turn changed it. */
const SNAPSHOT_KEY = 'cookSnapshot';

/** What the state interceptors need; `createSkill` passes its own deps. */
export interface StateDeps {
  readonly recipe: Recipe;
  readonly persistence?: PersistenceAdapter;
  readonly log: Log;
  /** The clock; the real one unless a test fixes the time. */
  readonly now?: () => Date;
}

function userTag(h: HandlerInput): string {
  return anonymous(h.requestEnvelope.context?.System?.user?.userId);
}

function ownerOf(h: HandlerInput): string {
  try {
    return storageKey(h.requestEnvelope).personKey;
  } catch {
    return 'none';
  }
}

/** What reading storage found: the stored value, or why there is none to use. */
type StoredRead = { ok: true; value: unknown } | { ok: true; unreadable: true } | { ok: false };

async function readStored(h: HandlerInput, persistence: PersistenceAdapter, log: Log): Promise<StoredRead> {
  try {
    return { ok: true, value: await withDeadline(persistence.getAttributes(h.requestEnvelope)) };
  } catch (err) {
    // A record that is there but garbage is an answer (replace it); anything else is an outage (retry).
    if (err instanceof UnreadableRecordError) return { ok: true, unreadable: true };
    log.warn('state load failed; answering from the session', { user: userTag(h), error: String(err) });
    return { ok: false };
  }
}

/**
 * Loads the cook's state: from the session when it has it, otherwise from storage once per session
 * (and once more for each new speaker Alexa recognises in it). If storage fails, the turn goes on
 * from the session (or a fresh state, flagged as `placeUnknown`) and loading is tried again next
 * turn; a bad stored value is replaced by a fresh state with a warning; an older one is migrated.
 * Skill events (no session) have no cook and get no turn.
 */
export function stateRequestInterceptor(deps: StateDeps): RequestInterceptor {
  const total = stepCount(deps.recipe);
  return {
    async process(h) {
      if (!h.requestEnvelope.session) return;
      const session = h.attributesManager.getSessionAttributes() as SessionFacts;
      const owner = ownerOf(h);
      if (session.owner !== undefined && session.owner !== owner) {
        // Another recognised speaker in the same session: their own place, not the last speaker's.
        if (session.dirty) deps.log.warn('previous speaker’s unsaved change dropped', { user: userTag(h) });
        Object.assign(session, { cook: undefined, loaded: false, dirty: false, heardStep: false });
      }
      let raw: unknown = session.cook;
      let loaded = session.loaded === true || !deps.persistence;
      let dirty = session.dirty === true;
      let problem: StateProblem | undefined;
      // A closing session says nothing, so it needs no stored place (it may still save unsaved changes).
      const closing = h.requestEnvelope.request.type === 'SessionEndedRequest';
      if (!loaded && !closing && deps.persistence) {
        const read = await readStored(h, deps.persistence, deps.log);
        loaded = read.ok;
        // Changes made in this session while storage was away are newer than what it holds.
        if (read.ok && (!dirty || raw === undefined)) {
          if ('unreadable' in read) {
            raw = undefined;
            problem = 'corrupt';
          } else {
            raw = read.value;
          }
        }
      }
      const parsed = parseState(raw, deps.recipe, total);
      problem ??= parsed.problem;
      if (problem) {
        deps.log.warn('stored state replaced by a fresh one', { user: userTag(h), problem });
        dirty = true;
      }
      if (parsed.migratedFrom !== undefined) {
        deps.log.info('stored state migrated', { user: userTag(h), from: parsed.migratedFrom, to: parsed.state.version });
      }
      Object.assign(session, { loaded, dirty, owner });
      h.attributesManager.getRequestAttributes()[SNAPSHOT_KEY] = JSON.stringify(parsed.state);
      setTurn(h, {
        recipe: deps.recipe,
        speech: speechFor(h.requestEnvelope.request.locale),
        log: deps.log,
        cook: parsed.state,
        heardStep: session.heardStep === true,
        now: deps.now?.() ?? new Date(),
        locale: h.requestEnvelope.request.locale,
        // Nothing read and nothing done in this session: the state is a stand-in, not the cook's place.
        placeUnknown: !loaded && !dirty,
      });
    },
  };
}

/**
 * Saves the state when this turn (or an earlier one storage missed) changed it, stamping
 * `updatedAt`, and carries it in the session. A storage failure is logged and retried on a later
 * turn; the cook still hears the answer.
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
      if (changed) turn.cook = { ...turn.cook, updatedAt: turn.now.toISOString() };
      let dirty = session.dirty === true || changed;
      if (dirty && deps.persistence) {
        try {
          await withDeadline(deps.persistence.saveAttributes(h.requestEnvelope, { ...turn.cook }));
          dirty = false;
        } catch (err) {
          deps.log.warn('state save failed; will retry next turn', { user: userTag(h), error: String(err) });
        }
      } else if (!deps.persistence) {
        dirty = false;
      }
      Object.assign(session, { cook: turn.cook, dirty, heardStep: turn.heardStep });
    },
  };
}
