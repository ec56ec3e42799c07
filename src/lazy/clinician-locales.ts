// The second part of each translation: what only the clinician's elements show (the
// composer, the review panel). Imported by those elements, so a client's bundle does not
// carry it (see locales.ts). The classic script loads it from beside
// itself (clinician-locales.cdn.ts).
import { catalogueOf, type LocaleLoaders } from '../i18n/locale-loader.js';

// Not through onDemand, like locales.ts (see there).
export const clinicianLocaleLoaders: LocaleLoaders = {
  es: () => import('../i18n/es/clinician.js').then(catalogueOf),
  ar: () => import('../i18n/ar/clinician.js').then(catalogueOf),
  fr: () => import('../i18n/fr/clinician.js').then(catalogueOf),
  'zh-Hans': () => import('../i18n/zh-Hans/clinician.js').then(catalogueOf),
  hi: () => import('../i18n/hi/clinician.js').then(catalogueOf),
};
