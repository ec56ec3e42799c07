// DOM-free core: schemas, validation, configuration checks. Safe to import on a server.
export * from './entry.js';
export * from './assignment.js';
export * from './engagement-schema.js';
export * from './config.js';
export * from './text.js';
export { newId } from './ids.js';
export { isoWithOffset, useClock, type Clock } from './clock.js';
export * from '../exercises/thought-record.js';
export * from '../exercises/thought-record-schema.js';
export {
  MOOD_TRACKER_SCHEMA,
  MOOD_SCALES,
  DEFAULT_EMOTIONS,
  type MoodTrackerData,
  type MoodScale,
} from '../exercises/mood-tracker.js';
export { moodTrackerDataSchema } from '../exercises/mood-tracker-schema.js';
export { BEHAVIOURAL_EXPERIMENT_SCHEMA, type BehaviouralExperimentData } from '../exercises/behavioural-experiment.js';
export { behaviouralExperimentDataSchema } from '../exercises/behavioural-experiment-schema.js';
export * from '../sync/retry-policy.js';
