// The classic-script bundle cannot split code, so each part of each translation is
// published beside it as a small ES module (dist/cdn/locales/<lang>.js for the client
// widgets, <lang>-clinician.js for the clinician's elements, see
// clinician-locale-loaders.ts) and imported from the script's own URL when first needed.
import type { LocaleLoader, LocaleLoaders } from '../i18n/locale-loaders.js';
import { TRANSLATED_LOCALES } from '../i18n/translated-locales.js';
import { importBesideScript } from './script-url.js';

const fromCdn =
  (file: string): LocaleLoader =>
  async () =>
    (await importBesideScript(`locales/${file}.js`)).default as Record<string, string>;

/** `suffix` names the part: '' for the client widgets', '-clinician' for the clinician's. */
export const loadersBesideScript = (suffix: string) =>
  Object.fromEntries(
    TRANSLATED_LOCALES.map((language) => [language, fromCdn(`${language}${suffix}`)]),
  ) as LocaleLoaders;

export const localeLoaders = loadersBesideScript('');
