// Hindi: what the client widgets show. Loaded when a widget first needs it.
import type { ClientMessages } from '../en/index.js';
import { assignmentList } from './assignment-list.js';
import { assignmentClient } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { common } from './common.js';
import { deviceStorage } from './device-storage.js';
import { crisis } from './crisis.js';
import { discard } from './discard.js';
import { flagMessages } from './flag.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';
import { thinkingPatterns } from './thinking-patterns.js';
import { safeLoading } from './safe-loading.js';

export const hiClient: ClientMessages = {
  ...assignmentList,
  ...common,
  ...deviceStorage,
  ...crisis,
  ...discard,
  ...flagMessages,
  ...thoughtRecord,
  ...thinkingPatterns,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
  ...safeLoading,
};

export default hiClient;
