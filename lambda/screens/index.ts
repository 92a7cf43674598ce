export { amountFor } from './amounts';
export { APL_VERSION } from './apl-version';
export type { AplDocument } from './documents';
export * from './data';
export { screenInterceptor, supportsScreens, type ScreenDeps } from './render';
export { parseScreenToken, screenToken, type ScreenKind, type ScreenStamp } from './token';
