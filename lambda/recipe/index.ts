export * from './types';
export * from './lookup';
export { porkBelly } from './pork-belly';
export * from './scale';
export * from './timed-steps';
export * from './questions';
