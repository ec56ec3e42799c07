// Where translations come from when a widget first needs them: here, what the client
// widgets show; what only the clinician's elements show comes in a second part that their
// elements add (clinician-locales.ts), so a client's page never downloads (or
// carries the code to fetch) the review panel's words. In the npm build each part is a
// dynamic import that the host's bundler splits into its own chunk. (The classic script
// loads them from beside itself: locales.cdn.ts.) Each import is spelled out: bundlers split
// only literal paths.
import { catalogueOf, type LocaleLoaders } from '../i18n/locale-loader.js';

// Not through onDemand (docs/development.md, "Lazy modules"): the catalogue forgets a
// failed part itself (catalogue.ts), and onDemand would add on-demand.ts to the first load
// of the list and the caseload, which hold no other lazy module.
export const localeLoaders: LocaleLoaders = {
  es: () => import('../i18n/es/client.js').then(catalogueOf),
  ar: () => import('../i18n/ar/client.js').then(catalogueOf),
  fr: () => import('../i18n/fr/client.js').then(catalogueOf),
  'zh-Hans': () => import('../i18n/zh-Hans/client.js').then(catalogueOf),
  hi: () => import('../i18n/hi/client.js').then(catalogueOf),
};
