// Everything the elements need from zod, in one module they load on demand (see
// src/lazy/schemas.ts): restoring a draft, parsing an assignment, validating an entry. zod and
// the schemas are about a third of an element's code, and none of it is needed to render.
export { safeParse } from 'zod/mini';
export { parseAssignment } from './assignment.js';
export { validateEntry } from './entry.js';
export { thoughtRecordDataSchema } from '../exercises/thought-record-schema.js';
export { moodCheckInDraftSchema } from '../exercises/mood-tracker-schema.js';
export { experimentDraftSchema } from '../exercises/behavioural-experiment-schema.js';
// English that can only show once this chunk is here (storage warnings, the self-review and
// "Discard this draft" come with a loaded draft, an assignment's framing after it was
// checked): the widget adds it on load (exercise-element.ts), out of every first load.
export { storageMessages } from '../i18n/en/storage-messages.js';
export { discard as discardMessages } from '../i18n/en/discard.js';
export { selfReviewMessages } from '../i18n/en/self-review.js';
export { flagMessages } from '../i18n/en/flag.js';
export { formMessages } from '../i18n/en/form.js';
export { thinkingPatterns } from '../i18n/en/thinking-patterns.js';
