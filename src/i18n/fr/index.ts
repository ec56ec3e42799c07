// French: every English message, translated.
import type { Messages } from '../en/index.js';
import { common } from './common.js';
import { reviewPanel } from './review-panel.js';
import { assignmentClient, assignmentComposer } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';

export const fr: Messages = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
  ...assignmentComposer,
  ...reviewPanel,
};

export default fr;
