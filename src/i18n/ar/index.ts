// Arabic (right to left): every English message, plus the plural forms Arabic has.
import type { Messages } from '../en/index.js';
import { common } from './common.js';
import { assignmentClient, assignmentComposer } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';
import { reviewPanel } from './review-panel.js';

export const ar: Messages & Record<string, string> = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
  ...assignmentComposer,
  ...reviewPanel,
};

export default ar;
