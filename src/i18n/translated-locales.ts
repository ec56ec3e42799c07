// The locales the library ships besides English: one list for the npm loaders, the
// classic-script loaders and the CDN build, so adding a language is one line here plus
// its src/i18n/<locale>/ folder (the compiler then asks for its loader).
export const TRANSLATED_LOCALES = ['es', 'ar', 'fr', 'zh-Hans', 'hi'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
