// Every client widget's English: the composer lists their adaptable prompts, and the message
// types are built from it. At run time each widget adds only its own (see shared.ts).
import { behaviouralExperiment } from './behavioural-experiment.js';
import { deviceStorage } from './device-storage.js';
import { moodTracker } from './mood-tracker.js';
import { assignmentFetch } from './assignment-fetch.js';
import { assignmentWords } from './assignment-words.js';
import { enShared } from './shared.js';
import { thoughtRecord } from './thought-record.js';

export const enClient = {
  ...enShared,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  // Added at run time by the view that shows them (elements/base/unsaved-entry.ts).
  ...deviceStorage,
  ...assignmentFetch,
  ...assignmentWords,
} as const;
