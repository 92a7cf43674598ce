import type { RequestEnvelope, services } from 'ask-sdk-model';
import type { TurnBudget } from '../budget';
import { DeadlineApiClient } from './deadline-client';
import { secondsToIso } from './iso-duration';
import {
  AlertError,
  MAX_LABEL_LENGTH,
  type AbsoluteReminderSpec,
  type AlertFailure,
  type AlertService,
  type AlertsApi,
  type ReminderSpec,
  type TimerInfo,
  type TimerSpec,
} from './types';

/** How long one alert API call may take: two calls in a turn still leave time inside Alexa's 8 s. */
export const ALERT_TIMEOUT_MS = 3000;

export interface SdkAlertOptions {
  /** Deadline per API call; tests shorten it. */
  readonly timeoutMs?: number;
  /** The HTTP client; by default the SDK's `DefaultApiClient` behind a deadline. */
  readonly apiClient?: services.ApiClient;
}

const BY_STATUS: Record<number, AlertFailure> = {
  400: 'rejected',
  401: 'no-consent',
  403: 'forbidden',
  404: 'not-found',
  429: 'throttled',
  504: 'offline',
};

/** Turns whatever the SDK threw into an `AlertError` the handlers can answer in speech. */
export function classify(err: unknown): AlertError {
  if (err instanceof AlertError) return err;
  const e = err as { statusCode?: unknown; message?: unknown; response?: { code?: unknown } };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  if (typeof e?.statusCode === 'number') {
    const status = e.statusCode;
    const failure = BY_STATUS[status] ?? (status >= 500 ? 'server' : 'rejected');
    const code = typeof e.response?.code === 'string' ? ` (${e.response.code})` : '';
    return new AlertError(failure, `${status} ${message}${code}`, status);
  }
  return new AlertError('unreachable', message);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A timer as the API described it, every field checked: what the API sends is not trusted blindly. */
function toInfo(t: services.timerManagement.TimerResponse): TimerInfo {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    id: text(t.id) ?? '',
    // At most what the API itself accepts, so a label is never longer in speech than a real one.
    label: text(t.timerLabel)?.slice(0, MAX_LABEL_LENGTH),
    status: t.status === 'PAUSED' || t.status === 'OFF' ? t.status : 'ON',
    duration: text(t.duration) ?? 'PT0S',
    triggerTime: text(t.triggerTime),
    remainingWhenPaused: text(t.remainingTimeWhenPaused),
  };
}

function operationOf(spec: TimerSpec): services.timerManagement.Operation {
  if (spec.launch) {
    // Alexa offers to bring the cook back to the skill, which opens at the check the wait ends with.
    const { task, confirm } = spec.launch;
    const launch: services.timerManagement.LaunchTaskOperation = {
      type: 'LAUNCH_TASK',
      textToConfirm: [{ locale: spec.locale, text: confirm }],
      task: { name: task.name, version: task.version, input: task.input },
    };
    return launch;
  }
  // An announcement tells the cook what to do next wherever they are, with nothing to answer.
  const announce: services.timerManagement.AnnounceOperation = {
    type: 'ANNOUNCE',
    textToAnnounce: [{ locale: spec.locale, text: spec.announcement }],
  };
  return announce;
}

function timerRequest(spec: TimerSpec): services.timerManagement.TimerRequest {
  return {
    duration: secondsToIso(spec.seconds),
    timerLabel: spec.label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: { operation: operationOf(spec), notificationConfig: { playAudible: true } },
  };
}

function reminderRequest(spec: ReminderSpec): services.reminderManagement.ReminderRequest {
  return {
    // The API's own example form: local-style ISO time with milliseconds and no zone.
    requestTime: spec.requestTime.toISOString().slice(0, 23),
    trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds: spec.offsetSeconds },
    alertInfo: { spokenInfo: { content: [{ locale: spec.locale, text: spec.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

function absoluteReminderRequest(spec: AbsoluteReminderSpec): services.reminderManagement.ReminderRequest {
  return {
    requestTime: spec.requestTime.toISOString().slice(0, 23),
    // The clock time in the cook's zone, without an offset, beside the zone's name (the API's form);
    // a clock time that happens twice goes as a length of time from now, the one form that can't be misread.
    trigger:
      spec.offsetSeconds !== undefined
        ? { type: 'SCHEDULED_RELATIVE', offsetInSeconds: spec.offsetSeconds }
        : { type: 'SCHEDULED_ABSOLUTE', scheduledTime: spec.localTime, timeZoneId: spec.timeZone },
    alertInfo: { spokenInfo: { content: [{ locale: spec.locale, text: spec.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/**
 * The alert APIs for one request, through the SDK's own service clients. Those are loaded at the
 * first call (sdk-clients.ts), so a turn that calls no API never parses them.
 */
class SdkAlertsApi implements AlertsApi {
  private readonly configuration?: services.ApiConfiguration;
  private factory?: services.ServiceClientFactory;
  private readonly deviceId?: string;

  constructor(envelope: RequestEnvelope, apiClient: services.ApiClient) {
    const system = envelope.context?.System;
    this.deviceId = system?.device?.deviceId;
    if (system?.apiEndpoint && system.apiAccessToken) {
      this.configuration = { apiClient, apiEndpoint: system.apiEndpoint, authorizationValue: system.apiAccessToken };
    }
  }

  private async call<T>(work: (factory: services.ServiceClientFactory) => Promise<T>): Promise<T> {
    if (!this.configuration) throw new AlertError('unreachable', 'the request carries no API endpoint or access token');
    try {
      if (!this.factory) {
        const { services: clients } = await import('./sdk-clients');
        this.factory ??= new clients.ServiceClientFactory(this.configuration);
      }
      return await work(this.factory);
    } catch (err) {
      throw classify(err);
    }
  }

  async listTimers(): Promise<readonly TimerInfo[]> {
    const list: unknown = await this.call((f) => f.getTimerManagementServiceClient().getTimers());
    // A 200 whose body is not a list of timers is the API failing, said as such, not a crash.
    const timers = isObject(list) ? (list.timers ?? []) : undefined;
    if (!Array.isArray(timers)) throw new AlertError('server', 'the Timers API answered 200 without a list of timers');
    return timers.filter(isObject).map((t) => toInfo(t as services.timerManagement.TimerResponse)).filter((t) => typeof t.id === 'string' && t.id);
  }

  async createTimer(spec: TimerSpec): Promise<TimerInfo> {
    const created = await this.call((f) => f.getTimerManagementServiceClient().createTimer(timerRequest(spec)));
    if (!isObject(created) || typeof created.id !== 'string' || !created.id) throw new AlertError('server', 'the Timers API answered without a timer id');
    return toInfo(created);
  }

  deleteTimer(id: string): Promise<void> {
    return this.call((f) => f.getTimerManagementServiceClient().deleteTimer(id));
  }

  pauseTimer(id: string): Promise<void> {
    return this.call((f) => f.getTimerManagementServiceClient().pauseTimer(id));
  }

  resumeTimer(id: string): Promise<void> {
    return this.call((f) => f.getTimerManagementServiceClient().resumeTimer(id));
  }

  async createReminder(spec: ReminderSpec): Promise<{ id: string }> {
    const created = await this.call((f) => f.getReminderManagementServiceClient().createReminder(reminderRequest(spec)));
    if (!isObject(created) || typeof created.alertToken !== 'string' || !created.alertToken) throw new AlertError('server', 'the Reminders API answered without an alert token');
    return { id: created.alertToken };
  }

  async createReminderAt(spec: AbsoluteReminderSpec): Promise<{ id: string }> {
    const created = await this.call((f) => f.getReminderManagementServiceClient().createReminder(absoluteReminderRequest(spec)));
    if (!created?.alertToken) throw new AlertError('server', 'the Reminders API answered without an alert token');
    return { id: created.alertToken };
  }

  async updateReminderAt(id: string, spec: AbsoluteReminderSpec): Promise<void> {
    await this.call((f) => f.getReminderManagementServiceClient().updateReminder(id, absoluteReminderRequest(spec)));
  }

  deleteReminder(id: string): Promise<void> {
    return this.call((f) => f.getReminderManagementServiceClient().deleteReminder(id));
  }

  timeZone(): Promise<string> {
    const deviceId = this.deviceId;
    if (!deviceId) return Promise.reject(new AlertError('unreachable', 'the request names no device'));
    return this.call((f) => f.getUpsServiceClient().getSystemTimeZone(deviceId));
  }
}

/** The alert service over the SDK's `DefaultApiClient` and service clients. */
export function sdkAlertService(options: SdkAlertOptions = {}): AlertService {
  const timeoutMs = options.timeoutMs ?? ALERT_TIMEOUT_MS;
  const apiClient = options.apiClient ?? new DeadlineApiClient(timeoutMs);
  const budgeted = (budget: TurnBudget) => {
    // Each call's deadline comes out of what the turn has left. A read may be cut short, keeping
    // back the save's share; a call that changes something runs its full deadline or not at all
    // (the save then has what is left, and what it cannot finish is saved next turn).
    const cap = Math.min(timeoutMs, budget.timing.alertMs);
    const ms = (request: services.ApiClientRequest) =>
      request.method === 'GET' ? budget.slice(cap, budget.timing.saveReserveMs) : budget.whole(cap);
    return apiClient instanceof DeadlineApiClient ? apiClient.withDeadline(ms) : new DeadlineApiClient(ms, apiClient);
  };
  return { open: (envelope, budget) => new SdkAlertsApi(envelope, budget ? budgeted(budget) : apiClient) };
}
