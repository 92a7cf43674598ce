/**
 * One time budget per turn. Alexa waits 8 s for an answer and the function is stopped at 7 s, so
 * every call a turn makes (the storage read and write, each Alexa API call) draws on the same
 * clock: a call may take its own deadline only while the turn has that much left, and a call that
 * cannot get a useful slice is not started at all. The turn then answers in speech (the failure
 * lines say the service did not answer in time) instead of being cut off mid-call.
 */

/** The deadlines of a turn. Tests may shorten the per-call ones; the defaults are the deployed ones. */
export interface Timing {
  /** Everything a turn may spend on calls: under the function's 7 s timeout, with room to answer. */
  readonly turnMs: number;
  /** One storage call (read, write or delete). */
  readonly storageMs: number;
  /** One Alexa API call (Timers, Reminders, settings). */
  readonly alertMs: number;
  /** Kept back from an Alexa API call for the save that follows it. */
  readonly saveReserveMs: number;
  /** A slice shorter than this is not worth starting: the call is refused as out of time. */
  readonly minCallMs: number;
  /** Milliseconds on a monotonic clock; tests may pass their own. */
  readonly clock: () => number;
}

/** The deployed deadlines (the function times out at 7 s, infrastructure/cfn-deployer/skill-stack.yaml; Alexa waits 8 s). */
export const DEFAULT_TIMING: Timing = {
  turnMs: 6500,
  storageMs: 2000,
  alertMs: 3000,
  saveReserveMs: 500,
  minCallMs: 250,
  clock: () => performance.now(),
};

/** The full timing from a partial one (what a test overrides), the rest from `DEFAULT_TIMING`. */
export function timingOf(partial: Partial<Timing> = {}): Timing {
  return { ...DEFAULT_TIMING, ...partial };
}

/** A call gave up: out of its deadline, or the turn had no time left to start it. */
export class DeadlineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineError';
  }
}

/** What is left of one turn's time. Made when the turn starts; every call of the turn asks it. */
export class TurnBudget {
  private readonly endsAt: number;

  constructor(readonly timing: Timing = DEFAULT_TIMING) {
    this.endsAt = timing.clock() + timing.turnMs;
  }

  /** Milliseconds left in the turn (never negative). */
  remaining(): number {
    return Math.max(0, this.endsAt - this.timing.clock());
  }

  /**
   * The deadline for one call: its own cap, cut to what the turn has left after `reserveMs`;
   * 0 when that is under `minCallMs`, meaning the call should not start.
   */
  slice(capMs: number, reserveMs = 0): number {
    const ms = Math.min(capMs, this.remaining() - reserveMs);
    return ms >= this.timing.minCallMs ? Math.floor(ms) : 0;
  }

  /**
   * The whole of `capMs` when the turn still has it after `reserveMs`, else 0. For calls that
   * change something outside the skill (creating a timer): cut short, such a call could still take
   * effect after the turn said it failed, so it is only started when it can run its full course.
   */
  whole(capMs: number, reserveMs = 0): number {
    return this.remaining() - reserveMs >= capMs ? capMs : 0;
  }
}

/**
 * Runs `work` with a deadline of `ms`: rejects with a `DeadlineError` once it passes and aborts
 * the signal `work` was given, so an HTTP request given up on is cancelled rather than left to
 * land later. A deadline of 0 (no time left in the turn) refuses at once without starting.
 */
export function withDeadline<T>(what: string, ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (ms <= 0) return Promise.reject(new DeadlineError(`${what}: no time left in this turn`));
  const controller = new AbortController();
  // Work that throws before it returns a promise (a request it cannot even build) is an ordinary
  // rejection; the timer is only started once the work is running, so it never fires unheard.
  let running: Promise<T>;
  try {
    running = Promise.resolve(work(controller.signal));
  } catch (err) {
    return Promise.reject(err);
  }
  // Once abandoned, its own rejection (the abort) is expected and must not surface as unhandled.
  running.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DeadlineError(`${what} did not answer within ${ms} ms`);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  return Promise.race([running, timeout]).finally(() => clearTimeout(timer));
}
