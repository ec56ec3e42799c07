// The classic-script bundle cannot split code, so each translation is published beside it
// as a small ES module (dist/cdn/locales/<lang>.js) and imported from the script's own URL
// when a widget first needs it. Same origin as the script, so a CSP that allows the
// script allows these too.
import type { LocaleLoader } from '../i18n/locale-loaders.js';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/translated-locales.js';

// Captured while the script runs: currentScript is only set during that first evaluation.
const scriptUrl =
  typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

const fromCdn =
  (language: string): LocaleLoader =>
  async () => {
    if (!scriptUrl) throw new Error('homework-elements: cannot tell where the script was loaded from');
    const module = await import(/* @vite-ignore */ new URL(`locales/${language}.js`, scriptUrl).href);
    return module.default;
  };

export const localeLoaders = Object.fromEntries(
  TRANSLATED_LOCALES.map((language) => [language, fromCdn(language)]),
) as Record<TranslatedLocale, LocaleLoader> & Record<string, LocaleLoader>;
