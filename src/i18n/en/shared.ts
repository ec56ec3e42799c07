// English every client widget shows (buttons, statuses, the self-review, the framing intros):
// built into the catalogue. Each widget adds its own messages when its module loads
// (addEnglishMessages), so a page with one thought record does not download the mood
// tracker's words; the clinician's elements add theirs likewise.
import { assignmentClient } from './assignment-client.js';
import { common } from './common.js';
import { crisis } from './crisis.js';
import { safeLoading } from './safe-loading.js';

export const enShared = { ...common, ...crisis, ...assignmentClient, ...safeLoading } as const;
