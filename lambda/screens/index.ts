export { amountFor } from './amounts';
export { documents, APL_VERSION, type AplDocument } from './documents';
export * from './data';
export { screenInterceptor, supportsScreens, type ScreenDeps } from './render';
export { parseScreenToken, screenToken, type ScreenKind, type ScreenStamp } from './token';
