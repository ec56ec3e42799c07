// Every client widget's English and the list of what a clinician may reword: the composer
// needs them for its wording section and the defaults it shows, not for its first paint,
// so they arrive beside zod and the schemas (lazy-checks.ts).
import { addEnglishMessages } from '../../i18n/catalogue.js';
import { enClient } from '../../i18n/en/client.js';

addEnglishMessages(enClient);

export { adaptableKeys } from '../../i18n/adaptable-keys.js';
