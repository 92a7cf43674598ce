/**
 * Refuses a signed request sent a second time. A request id needs remembering only while its
 * timestamp would still pass (checkTimestamp's answer); after that the timestamp refuses it. The
 * memory is bounded: past `capacity` ids the oldest is forgotten first, which only matters if
 * more than `capacity` requests arrive within 150 seconds (50,000 by default, about 330 a second
 * for the whole window).
 */
import { badRequest } from './refusal';

export class ReplayGuard {
  /** Request id → the time it stops mattering; in arrival order. */
  private readonly seen = new Map<string, number>();

  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.seen.size;
  }

  /** Records a request id; throws a 400 Refusal if it was already seen and is still live. */
  admit(requestId: unknown, liveUntil: number, now: number): void {
    if (typeof requestId !== 'string' || requestId === '' || requestId.length > 256) throw badRequest('request id is missing');
    this.forgetExpired(now);
    const known = this.seen.get(requestId);
    if (known !== undefined && known >= now) throw badRequest('request was already received');
    this.seen.delete(requestId);
    this.seen.set(requestId, liveUntil);
    while (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value as string);
  }

  private forgetExpired(now: number): void {
    // Arrival order is nearly expiry order (skill events live longer), so stop at the first live id.
    for (const [id, until] of this.seen) {
      if (until >= now) return;
      this.seen.delete(id);
    }
  }
}
