// The second part of each translation: what only the clinician's elements show (the
// composer, the review panel). Imported by those elements, so a client's bundle does not
// carry it (see locale-loaders.ts). The classic script swaps this module for
// src/cdn/clinician-locale-loaders.ts.
import { catalogueOf, type LocaleLoaders } from './locale-loaders.js';

export const clinicianLocaleLoaders: LocaleLoaders = {
  es: () => import('./es/clinician.js').then(catalogueOf),
  ar: () => import('./ar/clinician.js').then(catalogueOf),
  fr: () => import('./fr/clinician.js').then(catalogueOf),
  'zh-Hans': () => import('./zh-Hans/clinician.js').then(catalogueOf),
  hi: () => import('./hi/clinician.js').then(catalogueOf),
};
