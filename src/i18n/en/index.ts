// English: the source catalogue. Each widget's messages live in their own file so a new
// widget adds files instead of editing shared ones.
import type { Catalogue } from '../catalogue-types.js';
import { common } from './common.js';
import { assignmentComposer } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';

export const en = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentComposer,
} as const;
export type MessageKey = keyof typeof en;
export type Messages = Catalogue<typeof en>;
