import { DEFAULT_TIMING, DeadlineError, TurnBudget, timingOf, withDeadline } from '../../lambda/services/budget';

/** A clock the test moves by hand. */
function handClock() {
  let t = 1000;
  return { clock: () => t, advance: (ms: number) => (t += ms) };
}

describe('a turn’s time budget', () => {
  it('gives each call its own deadline while the turn has it, then what is left, then nothing', () => {
    const { clock, advance } = handClock();
    const budget = new TurnBudget(timingOf({ clock }));
    expect(budget.slice(DEFAULT_TIMING.storageMs)).toBe(2000);
    advance(4000);
    // 2,500 ms left: a 3 s Alexa API read gets 2,000, keeping 500 back for the save.
    expect(budget.slice(DEFAULT_TIMING.alertMs, DEFAULT_TIMING.saveReserveMs)).toBe(2000);
    // A call that changes something outside the skill gets its whole deadline or none.
    expect(budget.whole(DEFAULT_TIMING.alertMs)).toBe(0);
    expect(budget.whole(2000)).toBe(2000);
    advance(2300);
    // 200 ms left: under the shortest call worth starting.
    expect(budget.slice(DEFAULT_TIMING.storageMs)).toBe(0);
    advance(1000);
    expect(budget.remaining()).toBe(0);
  });

  it('the deployed budget ends before the function’s 7 s timeout', () => {
    expect(DEFAULT_TIMING.turnMs).toBeLessThan(7000);
  });
});

describe('a call with a deadline', () => {
  it('is not started when the turn has no time left', async () => {
    let started = false;
    const call = withDeadline('storage', 0, async () => {
      started = true;
    });
    await expect(call).rejects.toEqual(new DeadlineError('storage: no time left in this turn'));
    expect(started).toBe(false);
  });

  it('that throws before it starts is an ordinary rejection, and no deadline fires later unheard', async () => {
    // The fuzz test found this: a storage read that threw at once (a request it could not build)
    // left the deadline's timer running, and its rejection, heard by no one, ended the process.
    const unhandled: unknown[] = [];
    const listen = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      const call = withDeadline('storage', 20, () => {
        throw new Error('no user id');
      });
      await expect(call).rejects.toThrow('no user id');
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listen);
    }
  });

  it('is given up at its deadline, and its signal aborted so the request is cancelled', async () => {
    let signal: AbortSignal | undefined;
    const never = (s: AbortSignal) => {
      signal = s;
      return new Promise<never>(() => {});
    };
    await expect(withDeadline('storage', 20, never)).rejects.toEqual(new DeadlineError('storage did not answer within 20 ms'));
    expect(signal?.aborted).toBe(true);
  });
});
