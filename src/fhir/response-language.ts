// The language a response is written in: the client's, when the library ships it. Every
// word the response copies from the Questionnaire is then in that language or left out, so
// `language` never claims a language over English text:
//   a translated language  `language` is it (`es`, `zh-Hans`); item text is the catalogue's
//                          (what the Questionnaire's translation extension says); an item
//                          worded for FHIR alone (settings, hidden ids) has no `text`, and
//                          codings no `display` (the CodeSystems are English)
//   English                `language: en`, English text and displays, as before
//   any other language     English text and displays, no `language`: the client's answers
//                          may well be in their own language (the entry extension's `locale`)
import { TRANSLATED_LOCALES, type TranslatedLocale } from '../i18n/translated-locales.js';
import { ITEM_MESSAGES } from './item-messages.js';
import { ENGLISH_WORDS, wordsIn, type Words } from './response-items.js';

export interface ResponseLanguage {
  language?: string;
  words: Words;
}

export function responseLanguage(locale: string): ResponseLanguage {
  const translated = translatedLocaleOf(locale);
  if (translated) {
    const messages = ITEM_MESSAGES[translated];
    return {
      language: translated,
      words: wordsIn((key) => (Object.hasOwn(messages, key) ? messages[key] : undefined)),
    };
  }
  return { ...(/^en(-|$)/i.test(locale) ? { language: 'en' } : {}), words: ENGLISH_WORDS };
}

/**
 * The translation the widget showed for `locale`, as the catalogue picks it (catalogue.ts
 * shippedLocaleFor; a test checks they agree): `es-MX` -> es, `zh-SG` -> zh-Hans, while
 * `zh-TW` (Traditional) and `hi-Latn` (another script) have none. Not imported from there:
 * the catalogue brings the loaders of every translation, which the writer must not carry.
 */
export function translatedLocaleOf(locale: string): TranslatedLocale | undefined {
  try {
    const full = new Intl.Locale(locale).maximize();
    const usualScript = new Intl.Locale(full.language).maximize().script;
    return TRANSLATED_LOCALES.find(
      (tag) => tag === `${full.language}-${full.script}` || (tag === full.language && full.script === usualScript),
    );
  } catch {
    return undefined; // a malformed tag: the widget spoke English
  }
}
