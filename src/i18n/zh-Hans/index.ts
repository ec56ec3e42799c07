// Simplified Chinese: every English message, translated. Also serves zh, zh-CN, zh-SG
// (see the aliases in catalogue.ts); Traditional Chinese is not shipped yet.
import type { Messages } from '../en/index.js';
import { common } from './common.js';
import { reviewPanel } from './review-panel.js';
import { assignmentClient, assignmentComposer } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';

export const zhHans: Messages = {
  ...common,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
  ...assignmentComposer,
  ...reviewPanel,
};

export default zhHans;
