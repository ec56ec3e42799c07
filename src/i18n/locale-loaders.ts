// Where translations come from when a widget first needs them: here, what the client
// widgets show; what only the clinician's elements show comes in a second part that their
// elements add (clinician-locale-loaders.ts), so a client's page never downloads (or
// carries the code to fetch) the review panel's words. In the npm build each part is a
// dynamic import that the host's bundler splits into its own chunk. (The classic-script
// bundle swaps these modules: see src/cdn/.) Each import is spelled out: bundlers split
// only literal paths.
import type { TranslatedLocale } from './translated-locales.js';

export type LocaleLoader = () => Promise<Record<string, string>>;
export type LocaleLoaders = Record<TranslatedLocale, LocaleLoader> & Record<string, LocaleLoader>;

/** Every part's module exports its catalogue as the default (the classic script's files too). */
export const catalogueOf = (module: { default: Record<string, string> }) => module.default;

export const localeLoaders: LocaleLoaders = {
  es: () => import('./es/client.js').then(catalogueOf),
  ar: () => import('./ar/client.js').then(catalogueOf),
  fr: () => import('./fr/client.js').then(catalogueOf),
  'zh-Hans': () => import('./zh-Hans/client.js').then(catalogueOf),
  hi: () => import('./hi/client.js').then(catalogueOf),
};
