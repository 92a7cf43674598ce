/**
 * The request timestamp rule: Alexa's requests are refused more than 150 seconds from now, either
 * way (a clock may be a little ahead, but a request from the future is a forgery or a replay
 * being prepared). Amazon lets skill events (SkillDisabled and the like) arrive up to an hour
 * late, but never early.
 */
import { badRequest } from './refusal';

export const TOLERANCE_MS = 150_000;
export const SKILL_EVENT_DELAY_MS = 3_600_000;
const SKILL_EVENTS = new Set([
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionChanged',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
]);
/** ISO 8601 as Alexa writes it; `Date.parse` alone would take "1" or "Tuesday 3 PM". */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks `request.timestamp` of a parsed envelope against `now`. Returns the time after which the
 * same request would be refused anyway, which is how long the replay guard must remember it.
 */
export function checkTimestamp(envelope: unknown, now: number): number {
  const request = (envelope as { request?: { type?: unknown; timestamp?: unknown } } | null)?.request;
  const stamp = request?.timestamp;
  if (typeof stamp !== 'string') throw badRequest('request timestamp is missing');
  const at = ISO_8601.test(stamp) ? Date.parse(stamp) : NaN;
  if (Number.isNaN(at)) throw badRequest('request timestamp is not a valid date');
  const lateBy = typeof request?.type === 'string' && SKILL_EVENTS.has(request.type) ? SKILL_EVENT_DELAY_MS : TOLERANCE_MS;
  if (at > now + TOLERANCE_MS || at < now - lateBy) throw badRequest('request timestamp is too far from now');
  return at + lateBy;
}
