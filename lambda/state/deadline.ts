/** How long one storage call may take before the turn goes on without it (Alexa waits 8 s in all). */
export const STORAGE_TIMEOUT_MS = 2000;

/**
 * Settles with `work`, or rejects once `ms` have passed. The work itself is not cancelled (a store
 * may have no way to), but the cook is no longer kept waiting for it.
 */
export function withDeadline<T>(work: Promise<T>, ms: number = STORAGE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`storage did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
