// The classic-script bundle cannot split code, so each translation is published beside it
// as a small ES module (dist/cdn/locales/<lang>.js) and imported from the script's own URL
// when a widget first needs it.
import type { LocaleLoader } from '../i18n/locale-loaders.js';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/translated-locales.js';
import { importBesideScript } from './script-url.js';

const fromCdn =
  (language: string): LocaleLoader =>
  async () =>
    (await importBesideScript(`locales/${language}.js`)).default as Record<string, string>;

export const localeLoaders = Object.fromEntries(
  TRANSLATED_LOCALES.map((language) => [language, fromCdn(language)]),
) as Record<TranslatedLocale, LocaleLoader> & Record<string, LocaleLoader>;
