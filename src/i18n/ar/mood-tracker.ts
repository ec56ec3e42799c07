// Messages of the mood-tracker. PLACEHOLDER: filled in by its issue.
import type { Catalogue } from '../catalogue-types.js';
import type { moodTracker as english } from '../en/mood-tracker.js';

export const moodTracker: Catalogue<typeof english> = {};
