// Spanish: every English message, translated.
import type { Messages } from '../en/index.js';
import { common } from './common.js';
import { assignmentClient, assignmentComposer } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';
import { reviewPanel } from './review-panel.js';

export const es: Messages = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
  ...assignmentComposer,
  ...reviewPanel,
};

export default es;
