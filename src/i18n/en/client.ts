// English messages of the client widgets: built into every bundle. The clinician's elements
// add theirs when loaded (see en/index.ts), so a client page never carries them.
import { assignmentClient } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { common } from './common.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';

export const enClient = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
} as const;
