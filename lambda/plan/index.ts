export * from './schedule';
export * from './zone';
export * from './dinner-time';
export * from './moments';
