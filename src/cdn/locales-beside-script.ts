// The classic script cannot split code, so each part of each translation is published
// beside it as a small ES module (dist/cdn/locales/<lang>.js for the client widgets,
// <lang>-clinician.js for the clinician's elements) and imported from the script's own URL
// when first needed: the twins src/lazy/locales.cdn.ts and clinician-locales.cdn.ts.
import type { LocaleLoader, LocaleLoaders } from '../i18n/locale-loader.js';
import { TRANSLATED_LOCALES } from '../i18n/translated-locales.js';
import { onDemand } from '../core/on-demand.js';
import { importBesideScript } from './script-url.js';

// Checked against the pinned hash, given up after the load timeout, and asked for again
// after a failure (on-demand.ts); the catalogue shows English meanwhile.
const fromCdn = (file: string): LocaleLoader => {
  const path = `locales/${file}.js`;
  return onDemand(path, async (attempt) => (await importBesideScript(path, attempt)).default as Record<string, string>);
};

/** `suffix` names the part: '' for the client widgets', '-clinician' for the clinician's. */
export const loadersBesideScript = (suffix: string) =>
  Object.fromEntries(
    TRANSLATED_LOCALES.map((language) => [language, fromCdn(`${language}${suffix}`)]),
  ) as LocaleLoaders;
