export * from './types';
export { isoToSeconds, secondsToIso } from './iso-duration';
export { DeadlineApiClient } from './deadline-client';
export { ALERT_TIMEOUT_MS, classify, sdkAlertService, type SdkAlertOptions } from './sdk';
