// The clinician's part of each translation, beside the classic script (replaces
// src/i18n/clinician-locale-loaders.ts in that build only).
import { loadersBesideScript } from './locale-loaders.js';

export const clinicianLocaleLoaders = loadersBesideScript('-clinician');
