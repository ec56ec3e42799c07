// Hindi: what the client widgets show. Loaded when a widget first needs it.
import type { ClientMessages } from '../en/index.js';
import { assignmentClient } from './assignment-composer.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { common } from './common.js';
import { crisis } from './crisis.js';
import { discard } from './discard.js';
import { flagMessages } from './flag.js';
import { moodTracker } from './mood-tracker.js';
import { thoughtRecord } from './thought-record.js';

export const hiClient: ClientMessages = {
  ...common,
  ...crisis,
  ...discard,
  ...flagMessages,
  ...thoughtRecord,
  ...moodTracker,
  ...behaviouralExperiment,
  ...assignmentClient,
};

export default hiClient;
