// DOM-free core: schemas, validation, configuration checks. Safe to import on a server.
export * from './entry.js';
export * from './assignment.js';
export * from './engagement-schema.js';
export * from './config.js';
export * from './text.js';
export { newId } from './ids.js';
export { isoWithOffset, useClock, type Clock } from './clock.js';
export * from '../exercises/thought-record.js';
export * from '../sync/retry-policy.js';
