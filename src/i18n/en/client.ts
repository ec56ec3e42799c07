// Every client widget's English: the composer lists their adaptable prompts, and the message
// types are built from it. At run time each widget adds only its own (see shared.ts).
import { assignmentList } from './assignment-list.js';
import { behaviouralExperiment } from './behavioural-experiment.js';
import { deviceStorage } from './device-storage.js';
import { moodHistory } from './mood-history.js';
import { moodTracker } from './mood-tracker.js';
import { assignmentFetch } from './assignment-fetch.js';
import { assignmentWords } from './assignment-words.js';
import { discard } from './discard.js';
import { flagMessages } from './flag.js';
import { formMessages } from './form.js';
import { selfReviewMessages } from './self-review.js';
import { enShared } from './shared.js';
import { storageMessages } from './storage-messages.js';
import { thoughtRecord } from './thought-record.js';
import { thinkingPatterns } from './thinking-patterns.js';

export const enClient = {
  ...enShared,
  ...discard,
  ...selfReviewMessages,
  ...flagMessages,
  ...formMessages,
  ...storageMessages,
  ...thoughtRecord,
  ...thinkingPatterns,
  ...moodTracker,
  ...moodHistory,
  ...behaviouralExperiment,
  // Added at run time by the view that shows them (elements/base/unsaved-entry.ts).
  ...deviceStorage,
  ...assignmentFetch,
  ...assignmentWords,
  // The client's own list (elements/assignment-list), added by that element.
  ...assignmentList,
} as const;
