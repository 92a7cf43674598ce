import type { HandlerInput, PersistenceAdapter, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepCount, type Recipe } from '../recipe';
import { speechFor } from '../speech';
import { anonymous, type Log } from '../services/logger';
import { parseState, type CookState } from './cook-state';
import { setTurn, turnOf } from './turn';

/** How long one storage call may take before the turn goes on without it (Alexa waits 8 s in all). */
export const STORAGE_TIMEOUT_MS = 2000;

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
}

/** The state as it was when the turn began, to tell whether the turn changed it. */
const SNAPSHOT_KEY = 'cookSnapshot';

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface StateDeps {
  readonly recipe: Recipe;
  readonly persistence?: PersistenceAdapter;
  readonly log: Log;
}

function userTag(h: HandlerInput): string {
  return anonymous(h.requestEnvelope.context?.System?.user?.userId);
}

async function loadStored(h: HandlerInput, deps: StateDeps): Promise<unknown> {
  if (!deps.persistence) return undefined;
  return withTimeout(deps.persistence.getAttributes(h.requestEnvelope), STORAGE_TIMEOUT_MS);
}

/**
 * Loads the cook's state: from the session when it has it, otherwise from storage once per session.
 * If storage fails, the turn goes on from the session (or a fresh state) and loading is tried again
 * next turn; a bad stored value is replaced by a fresh state with a warning.
 */
export function stateRequestInterceptor(deps: StateDeps): RequestInterceptor {
  const total = stepCount(deps.recipe);
  return {
    async process(h) {
      const session = h.attributesManager.getSessionAttributes() as SessionFacts;
      let raw: unknown = session.cook;
      let loaded = session.loaded === true || !deps.persistence;
      let dirty = session.dirty === true;
      if (!loaded) {
        try {
          const stored = await loadStored(h, deps);
          loaded = true;
          // Changes made in this session while storage was away are newer than what it holds.
          if (!dirty || raw === undefined) raw = stored;
        } catch (err) {
          deps.log.warn('state load failed; answering from the session', { user: userTag(h), error: String(err) });
        }
      }
      const parsed = parseState(raw, deps.recipe, total);
      if (parsed.problem) {
        deps.log.warn('stored state replaced by a fresh one', { user: userTag(h), problem: parsed.problem });
        dirty = true;
      }
      Object.assign(session, { loaded, dirty });
      h.attributesManager.getRequestAttributes()[SNAPSHOT_KEY] = JSON.stringify(parsed.state);
      setTurn(h, {
        recipe: deps.recipe,
        speech: speechFor(h.requestEnvelope.request.locale),
        log: deps.log,
        cook: parsed.state,
        heardStep: session.heardStep === true,
      });
    },
  };
}

/**
 * Saves the state when this turn (or an earlier one storage missed) changed it, and carries it in
 * the session. A storage failure is logged and retried on a later turn; the cook still hears the answer.
 */
export function stateResponseInterceptor(deps: StateDeps): ResponseInterceptor {
  return {
    async process(h, _response?: Response) {
      const requestAttributes = h.attributesManager.getRequestAttributes();
      if (requestAttributes[SNAPSHOT_KEY] === undefined) return;
      const turn = turnOf(h);
      const session = h.attributesManager.getSessionAttributes() as SessionFacts;
      const cook: CookState = turn.cook;
      let dirty = session.dirty === true || JSON.stringify(cook) !== requestAttributes[SNAPSHOT_KEY];
      if (dirty && deps.persistence) {
        try {
          await withTimeout(deps.persistence.saveAttributes(h.requestEnvelope, { ...cook }), STORAGE_TIMEOUT_MS);
          dirty = false;
        } catch (err) {
          deps.log.warn('state save failed; will retry next turn', { user: userTag(h), error: String(err) });
        }
      } else if (!deps.persistence) {
        dirty = false;
      }
      Object.assign(session, { cook, dirty, heardStep: turn.heardStep });
    },
  };
}
