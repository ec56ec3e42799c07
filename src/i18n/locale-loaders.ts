// Where translations come from when a widget first needs them. In the npm build each is
// a dynamic import that the host's bundler splits into its own chunk, so a page pays only
// for the languages its clients use. (The classic-script bundle swaps this module: see
// src/cdn/locale-loaders.ts.) Each import is spelled out: bundlers split only literal paths.
import type { TranslatedLocale } from './translated-locales.js';

export type LocaleLoader = () => Promise<Record<string, string>>;

export const localeLoaders: Record<TranslatedLocale, LocaleLoader> & Record<string, LocaleLoader> = {
  es: () => import('./es/index.js').then((module) => module.es),
  ar: () => import('./ar/index.js').then((module) => module.ar),
  fr: () => import('./fr/index.js').then((module) => module.fr),
  'zh-Hans': () => import('./zh-Hans/index.js').then((module) => module.zhHans),
  hi: () => import('./hi/index.js').then((module) => module.hi),
};
