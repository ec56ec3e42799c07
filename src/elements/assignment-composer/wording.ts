// Every client widget's English, the list of what a clinician may reword and how it is
// grouped and named: the composer needs them for its wording section and the defaults it
// shows, not for its first paint, so they arrive beside zod and the schemas (lazy-checks.ts).
import { addEnglishMessages } from '../../i18n/catalogue.js';
import { enClient } from '../../i18n/en/client.js';
import { composerWording } from '../../i18n/en/composer-wording.js';

addEnglishMessages({ ...enClient, ...composerWording });

export { adaptableKeys } from '../../i18n/adaptable-keys.js';
export { groupWording } from './wording-groups.js';
/** What a failed check says, one line per problem: only ever needed once the checks are here. */
export { describeIssues } from '../../core/issues.js';
/** What may still be vague in the assignment (a word check in six languages: not first-paint material). */
export { vagueAspects } from '../../core/specificity.js';
/** The mood tracker's emotion words, named beside the composer's own list. */
export { DEFAULT_EMOTIONS as defaultEmotions } from '../../exercises/mood-tracker.js';
