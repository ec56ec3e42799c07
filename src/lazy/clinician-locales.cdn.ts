// Classic-script twin of clinician-locales.ts: the clinician's part of each translation,
// from dist/cdn/locales/<lang>-clinician.js beside the script.
import { loadersBesideScript } from '../cdn/locales-beside-script.js';

export const clinicianLocaleLoaders = loadersBesideScript('-clinician');
