// What a translation's loader is, for the npm build's chunks (src/lazy/locales.ts) and the
// CDN's files beside the script (src/cdn/locales-beside-script.ts) alike.
import type { TranslatedLocale } from './translated-locales.js';

export type LocaleLoader = () => Promise<Record<string, string>>;
export type LocaleLoaders = Record<TranslatedLocale, LocaleLoader> & Record<string, LocaleLoader>;

/** Every part's module exports its catalogue as the default (the classic script's files too). */
export const catalogueOf = (module: { default: Record<string, string> }) => module.default;
