// DOM-free core: schemas, validation, configuration checks. Safe to import on a server.
export * from './entry.js';
export * from './assignment.js';
export * from './engagement-schema.js';
export * from './config.js';
export * from './text.js';
export { newId } from './ids.js';
export { isoWithOffset, useClock, type Clock } from './clock.js';
export * from '../exercises/thought-record.js';
export {
  MOOD_TRACKER_SCHEMA,
  MOOD_SCALES,
  DEFAULT_EMOTIONS,
  moodTrackerDataSchema,
  type MoodTrackerData,
  type MoodScale,
} from '../exercises/mood-tracker.js';
export {
  BEHAVIOURAL_EXPERIMENT_SCHEMA,
  behaviouralExperimentDataSchema,
  type BehaviouralExperimentData,
} from '../exercises/behavioural-experiment.js';
export * from '../sync/retry-policy.js';
