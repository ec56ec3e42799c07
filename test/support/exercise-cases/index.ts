// Every exercise element the shared suite runs against. A new exercise adds its case here.
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';
import type { ExerciseCase } from './types.js';

export type { ExerciseCase, ExerciseWidget } from './types.js';

export const exerciseCases: ExerciseCase[] = [thoughtRecord, moodTracker, behaviouralExperiment];
