import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in of Alexa's Timers and Reminders APIs (and the one settings call the skill
 * makes, the device time zone) on 127.0.0.1. It enforces the real rules the skill must respect:
 * the bearer token, 401 without the consent scope, a timer of at most PT2H, a label of at most
 * 256 characters, at most 10 timers counting the cook's own, and well-formed bodies. Tests grant
 * scopes, inject failures and slow answers, and read back every call it received.
 */

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export const DEVICE_ID = 'amzn1.ask.device.stand-in-kitchen';

const MAX_TIMER_SECONDS = 7200;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?$/;

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant a local time in a zone names, worked out here on its own (not with the skill's code):
 * the offset that zone has at a first guess, corrected once.
 */
function localToInstant(local: string, zone: string): number {
  const [date = '', time = ''] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const naive = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  const offset = (at: number) => {
    const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(at);
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(text);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  };
  const first = naive - offset(naive);
  return naive - offset(first);
}
const MAX_TIMERS = 10;
const MAX_LABEL = 256;

/** One request the stand-in received. */
export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

/** A failure to answer with, once, for the next call that matches. */
export interface InjectedFailure {
  readonly status: number;
  readonly method?: string;
  readonly path?: RegExp;
  /** Wait this long before answering (a slow API); with `status: 0` it then answers normally. */
  readonly delayMs?: number;
  /** Answer with this body (and `status`, 200 when 0): a malformed answer from a broken API. */
  readonly body?: unknown;
}

interface StoredTimer {
  id: string;
  label?: string;
  duration: string;
  seconds: number;
  status: 'ON' | 'PAUSED';
  /** When it rings, while ON. */
  triggerAt?: number;
  /** Seconds left, while PAUSED. */
  remaining?: number;
  createdTime: string;
  updatedTime: string;
  announcement?: string;
  /** The operation it was created with, as sent. */
  operation: Record<string, unknown>;
}

class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function parseDuration(value: unknown): number {
  const m = typeof value === 'string' ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(value) : null;
  if (!m || value === 'PT') throw new ApiProblem(400, 'INVALID_DURATION', `duration ${JSON.stringify(value)} is not an ISO-8601 duration`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

function isoSeconds(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function require400(ok: boolean, message: string): void {
  if (!ok) throw new ApiProblem(400, 'INVALID_REQUEST', message);
}

function spokenContent(list: unknown, what: string): void {
  require400(Array.isArray(list) && list.length > 0, `${what} must be a non-empty list`);
  for (const item of list as unknown[]) {
    const i = record(item);
    require400(typeof i.locale === 'string' && i.locale !== '', `${what}: locale is required`);
    require400(typeof i.text === 'string' && i.text.trim() !== '', `${what}: text is required`);
  }
}

export class AlertsApiStandIn {
  /** The apiAccessToken the stand-in accepts; the test driver puts it in every request. */
  readonly token = `stand-in-token-${randomUUID()}`;
  /** Scopes the cook has granted, as the API sees them. */
  readonly granted = new Set<string>();
  /**
   * Scopes the requests say are granted; by default the same as `granted`. Set it to make the two
   * disagree (consent withdrawn since the request was built: the API answers 401).
   */
  claimed?: Set<string>;
  /** Timers the cook set outside the skill: they count toward the limit of 10 but are not listed. */
  otherTimers = 0;
  timeZone = 'America/New_York';
  /**
   * When true, a LAUNCH_TASK timer is refused with 400 (as the API does for a task the skill's
   * published manifest does not declare), so the skill's fall back to an announcement can be tested.
   */
  refuseLaunchTask = false;
  readonly calls: ApiCall[] = [];
  readonly timers = new Map<string, StoredTimer>();
  readonly reminders = new Map<string, Record<string, unknown>>();
  /** When each reminder's body arrived (created or updated): a relative trigger counts from then. */
  private readonly receivedAt = new Map<string, number>();
  private failures: InjectedFailure[] = [];
  private server!: Server;
  endpoint = '';

  private constructor(private readonly now: () => Date) {}

  /** Starts on 127.0.0.1 on a free port, with the given clock (the skill's, so times agree). */
  static async start(now: () => Date): Promise<AlertsApiStandIn> {
    const api = new AlertsApiStandIn(now);
    api.server = createServer((req, res) => void api.serve(req, res));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.endpoint = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers the next matching call with this failure (or delay), once. */
  failNext(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  /** The calls that changed something (everything but reads), for "nothing was sent" checks. */
  writes(): ApiCall[] {
    return this.calls.filter((c) => c.method !== 'GET');
  }

  /**
   * A `decorate` for the test driver: points each request at this stand-in, with its token, a
   * device, and the scopes the request claims, as Alexa puts them in `context.System`.
   */
  readonly decorate = (request: Record<string, unknown>): void => {
    const context = record(request.context);
    const system = record(context.System);
    system.apiEndpoint = this.endpoint;
    system.apiAccessToken = this.token;
    system.device = { ...record(system.device), deviceId: DEVICE_ID };
    const scopes = Object.fromEntries([...(this.claimed ?? this.granted)].map((s) => [s, { status: 'GRANTED' }]));
    const user = record(system.user);
    user.permissions = { consentToken: 'stand-in-consent', scopes };
    system.user = user;
    context.System = system;
    request.context = context;
  };

  private active(): StoredTimer[] {
    const now = this.now().getTime();
    for (const [id, t] of this.timers) {
      // A timer that has rung is gone from the list, as on a real device.
      if (t.status === 'ON' && t.triggerAt !== undefined && t.triggerAt <= now) this.timers.delete(id);
    }
    return [...this.timers.values()];
  }

  private view(t: StoredTimer): Record<string, unknown> {
    return {
      id: t.id,
      status: t.status,
      duration: t.duration,
      ...(t.label ? { timerLabel: t.label } : {}),
      ...(t.status === 'ON' && t.triggerAt !== undefined ? { triggerTime: new Date(t.triggerAt).toISOString() } : {}),
      ...(t.status === 'PAUSED' ? { remainingTimeWhenPaused: isoSeconds(t.remaining ?? 0) } : {}),
      createdTime: t.createdTime,
      updatedTime: t.updatedTime,
    };
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // kept as text: a malformed body is answered 400 below
    }
    this.calls.push({ method, path, body });
    const index = this.failures.findIndex((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    const failure = index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
    if (failure?.delayMs) await new Promise((r) => setTimeout(r, failure.delayMs));
    if (res.destroyed) return;
    try {
      if (failure?.body !== undefined) return this.send(res, failure.status || 200, failure.body);
      if (failure && failure.status) throw new ApiProblem(failure.status, `INJECTED_${failure.status}`, 'injected by the test');
      if (req.headers.authorization !== `Bearer ${this.token}`) throw new ApiProblem(401, 'UNAUTHORIZED', 'bad or missing bearer token');
      if (typeof body === 'string') throw new ApiProblem(400, 'INVALID_REQUEST', 'the body is not JSON');
      const [status, out] = this.route(method, path, body);
      this.send(res, status, out);
    } catch (err) {
      if (!(err instanceof ApiProblem)) throw err;
      this.send(res, err.status, { code: err.code, message: err.message });
    }
  }

  private send(res: ServerResponse, status: number, out: unknown): void {
    if (out === undefined) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  }

  private needScope(scope: string): void {
    if (!this.granted.has(scope)) throw new ApiProblem(401, 'UNAUTHORIZED', `the cook has not granted ${scope}`);
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    if (method === 'GET' && /^\/v2\/devices\/[^/]+\/settings\/System\.timeZone$/.test(path)) return [200, this.timeZone];
    if (path.startsWith('/v1/alerts/timers')) {
      this.needScope(TIMERS_SCOPE);
      return this.timerRoute(method, path, body);
    }
    if (path.startsWith('/v1/alerts/reminders')) {
      this.needScope(REMINDERS_SCOPE);
      if (method === 'POST' && path === '/v1/alerts/reminders') return this.createReminder(body);
      const id = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path)?.[1];
      if (id && method === 'DELETE') {
        if (!this.reminders.delete(id)) throw new ApiProblem(404, 'NOT_FOUND', 'no such reminder');
        this.receivedAt.delete(id);
        return [200, undefined];
      }
      if (id && method === 'PUT') {
        if (!this.reminders.has(id)) throw new ApiProblem(404, 'NOT_FOUND', 'no such reminder');
        this.checkReminder(body);
        this.reminders.set(id, record(body));
        this.receivedAt.set(id, this.now().getTime());
        const stamp = this.now().toISOString();
        return [200, { alertToken: id, createdTime: stamp, updatedTime: stamp, status: 'ON', version: '2', href: `/v1/alerts/reminders/${id}` }];
      }
    }
    throw new ApiProblem(404, 'NOT_FOUND', `no route for ${method} ${path}`);
  }

  private timerRoute(method: string, path: string, body: unknown): [number, unknown] {
    if (path === '/v1/alerts/timers') {
      if (method === 'POST') return this.createTimer(body);
      if (method === 'GET') {
        const timers = this.active().sort((a, b) => a.seconds - b.seconds).map((t) => this.view(t));
        return [200, { totalCount: timers.length, timers, nextToken: null }];
      }
      if (method === 'DELETE') {
        this.timers.clear();
        return [200, undefined];
      }
    }
    const m = /^\/v1\/alerts\/timers\/([^/]+)(?:\/(pause|resume))?$/.exec(path);
    const timer = m?.[1] ? this.active().find((t) => t.id === m[1]) : undefined;
    if (!m || !timer) throw new ApiProblem(404, 'TIMER_NOT_FOUND', 'no such timer');
    const now = this.now().getTime();
    const stamp = new Date(now).toISOString();
    if (method === 'GET' && !m[2]) return [200, this.view(timer)];
    if (method === 'DELETE' && !m[2]) {
      this.timers.delete(timer.id);
      return [200, undefined];
    }
    if (method === 'POST' && m[2] === 'pause') {
      if (timer.status !== 'ON') throw new ApiProblem(400, 'INVALID_STATE', 'the timer is not running');
      Object.assign(timer, { status: 'PAUSED', remaining: Math.round(((timer.triggerAt ?? now) - now) / 1000), triggerAt: undefined, updatedTime: stamp });
      return [200, undefined];
    }
    if (method === 'POST' && m[2] === 'resume') {
      if (timer.status !== 'PAUSED') throw new ApiProblem(400, 'INVALID_STATE', 'the timer is not paused');
      Object.assign(timer, { status: 'ON', triggerAt: now + (timer.remaining ?? 0) * 1000, remaining: undefined, updatedTime: stamp });
      return [200, undefined];
    }
    throw new ApiProblem(404, 'NOT_FOUND', `no route for ${method} ${path}`);
  }

  private createTimer(body: unknown): [number, unknown] {
    const b = record(body);
    const seconds = parseDuration(b.duration);
    if (seconds < 1 || seconds > MAX_TIMER_SECONDS) {
      throw new ApiProblem(400, 'INVALID_DURATION', `duration ${String(b.duration)} is outside PT1S to PT2H`);
    }
    require400(b.timerLabel === undefined || typeof b.timerLabel === 'string', 'timerLabel must be a string');
    const label = b.timerLabel as string | undefined;
    require400((label ?? '').length <= MAX_LABEL, `timerLabel is longer than ${MAX_LABEL} characters`);
    const visibility = record(record(b.creationBehavior).displayExperience).visibility;
    require400(visibility === 'VISIBLE' || visibility === 'HIDDEN', 'creationBehavior.displayExperience.visibility is required');
    const triggering = record(b.triggeringBehavior);
    const operation = record(triggering.operation);
    require400(['ANNOUNCE', 'NOTIFY_ONLY', 'LAUNCH_TASK'].includes(String(operation.type)), 'triggeringBehavior.operation.type is invalid');
    if (operation.type === 'ANNOUNCE') spokenContent(operation.textToAnnounce, 'textToAnnounce');
    if (operation.type === 'LAUNCH_TASK') this.checkLaunchTask(operation);
    require400(typeof record(triggering.notificationConfig).playAudible === 'boolean', 'notificationConfig.playAudible is required');
    const active = this.active();
    // The error code names here are the stand-in's; the skill answers any 400 on create the same way.
    if (active.length + this.otherTimers >= MAX_TIMERS) throw new ApiProblem(400, 'MAX_TIMERS_EXCEEDED', 'the cook already has 10 timers');
    // Unique labels are the design notes' rule (DESIGN.md, Alexa facts); refusing duplicates keeps the skill to it.
    if (label && active.some((t) => t.label?.toLowerCase() === label.toLowerCase())) {
      throw new ApiProblem(400, 'DUPLICATE_LABEL', `a timer is already labelled ${label}`);
    }
    const now = this.now().getTime();
    const stamp = new Date(now).toISOString();
    const announcement = operation.type === 'ANNOUNCE' ? String(record((operation.textToAnnounce as unknown[])[0]).text) : undefined;
    const timer: StoredTimer = {
      id: randomUUID(),
      label,
      duration: String(b.duration),
      seconds,
      status: 'ON',
      triggerAt: now + seconds * 1000,
      createdTime: stamp,
      updatedTime: stamp,
      announcement,
      operation,
    };
    this.timers.set(timer.id, timer);
    return [200, this.view(timer)];
  }

  /**
   * A LAUNCH_TASK operation as the Timers API reference describes it: a confirmation per locale whose
   * text holds "%s" (where Alexa says "continue with" the skill), and the task's name and version.
   */
  private checkLaunchTask(operation: Record<string, unknown>): void {
    spokenContent(operation.textToConfirm, 'textToConfirm');
    for (const item of operation.textToConfirm as unknown[]) {
      require400(String(record(item).text).includes('%s'), 'textToConfirm text must contain %s');
    }
    const task = record(operation.task);
    require400(typeof task.name === 'string' && task.name !== '', 'a LAUNCH_TASK needs a task name');
    require400(typeof task.version === 'string' && task.version !== '', 'a LAUNCH_TASK needs a task version');
    if (this.refuseLaunchTask) throw new ApiProblem(400, 'INVALID_TASK', `the skill declares no task ${String(task.name)}`);
  }

  /** A reminder body, for create and update alike; absolute times are local, with a zone the API knows, and ahead. */
  private checkReminder(body: unknown): void {
    const b = record(body);
    require400(typeof b.requestTime === 'string' && LOCAL_TIME.test(b.requestTime), 'requestTime is required');
    const trigger = record(b.trigger);
    if (trigger.type === 'SCHEDULED_RELATIVE') {
      require400(Number.isInteger(trigger.offsetInSeconds) && (trigger.offsetInSeconds as number) > 0, 'offsetInSeconds must be a positive whole number');
    } else {
      require400(trigger.type === 'SCHEDULED_ABSOLUTE', 'trigger.type is invalid');
      require400(typeof trigger.scheduledTime === 'string' && LOCAL_TIME.test(trigger.scheduledTime), 'scheduledTime must be a local time without an offset');
      const zone = trigger.timeZoneId;
      require400(typeof zone === 'string' && knownZone(zone), 'timeZoneId must be a time zone');
      require400(localToInstant(String(trigger.scheduledTime), String(zone)) > this.now().getTime(), 'scheduledTime is in the past');
    }
    spokenContent(record(record(b.alertInfo).spokenInfo).content, 'alertInfo.spokenInfo.content');
    const push = record(b.pushNotification).status;
    require400(push === undefined || push === 'ENABLED' || push === 'DISABLED', 'pushNotification.status is invalid');
  }

  /**
   * The instant a reminder rings, for tests to check against the plan: an absolute one at its local
   * time in its zone (a time the clock shows twice is read as the first, one reading the API could
   * take), a relative one that many seconds after its request arrived.
   */
  ringsAt(id: string): Date | undefined {
    const trigger = record(this.reminders.get(id)?.trigger);
    if (trigger.type === 'SCHEDULED_RELATIVE') return new Date((this.receivedAt.get(id) ?? NaN) + Number(trigger.offsetInSeconds) * 1000);
    if (trigger.type !== 'SCHEDULED_ABSOLUTE') return undefined;
    return new Date(localToInstant(String(trigger.scheduledTime), String(trigger.timeZoneId)));
  }

  private createReminder(body: unknown): [number, unknown] {
    const b = record(body);
    this.checkReminder(b);
    const stamp = this.now().toISOString();
    const alertToken = randomUUID();
    this.reminders.set(alertToken, b);
    this.receivedAt.set(alertToken, this.now().getTime());
    return [201, { alertToken, createdTime: stamp, updatedTime: stamp, status: 'ON', version: '1', href: `/v1/alerts/reminders/${alertToken}` }];
  }
}
