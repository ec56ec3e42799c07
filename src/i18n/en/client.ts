// Every client widget's English: the composer lists their adaptable prompts, and the message
// types are built from it. At run time each widget adds only its own (see shared.ts).
import { behaviouralExperiment } from './behavioural-experiment.js';
import { moodHistory } from './mood-history.js';
import { moodTracker } from './mood-tracker.js';
import { discard } from './discard.js';
import { framingIntros } from './framing.js';
import { flagMessages } from './flag.js';
import { formMessages } from './form.js';
import { selfReviewMessages } from './self-review.js';
import { enShared } from './shared.js';
import { storageMessages } from './storage-messages.js';
import { thoughtRecord } from './thought-record.js';

export const enClient = {
  ...enShared,
  ...framingIntros,
  ...discard,
  ...selfReviewMessages,
  ...flagMessages,
  ...formMessages,
  ...storageMessages,
  ...thoughtRecord,
  ...moodTracker,
  ...moodHistory,
  ...behaviouralExperiment,
} as const;
