// Message lookup: which catalogue a widget speaks, and filling in its placeholders.
// Order of precedence: the assignment's overrides, then host-registered messages, then
// the shipped locale, then English, so a missing translation never shows a raw key.
import { enShared } from './en/shared.js';
import type { MessageKey } from './en/index.js';
import { localeLoaders } from '../lazy/locales.js';
import type { LocaleLoaders } from './locale-loader.js';

/**
 * Catalogues ready to use. English is built in (the shared part; each element adds its own
 * through addEnglishMessages); the others arrive through loadLocale(), part by part.
 */
const loaded: Record<string, Record<string, string>> = { en: { ...enShared } };
/**
 * The parts of each translation this page's elements show, by name: the client widgets'
 * always; the clinician's once one of their elements loads (addCataloguePart).
 */
const parts = new Map<string, LocaleLoaders>([['client', localeLoaders]]);
/** Which parts of each translated language are in `loaded`. */
const loadedParts: Record<string, Set<string>> = {};
const loading = new Map<string, Promise<void>>();
const hostMessages: Record<string, Record<string, string>> = {};

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Add or override messages for a locale at runtime, without rebuilding the library. */
export function registerMessages(locale: string, messages: Record<string, string>): void {
  const tag = canonicalTag(locale);
  hostMessages[tag] = { ...hostMessages[tag], ...messages };
}

/**
 * Each element adds its English messages when its module loads, so a bundle carries only
 * the words of the elements it holds (other languages carry them in their catalogues).
 */
export function addEnglishMessages(messages: Record<string, string>): void {
  Object.assign(loaded.en, messages);
}

/**
 * A part of every translation that only some elements show (the clinician's): its English,
 * and where each language's part comes from. Loaded from then on with each language, so
 * a client's page, which never adds it, never downloads it.
 */
export function addCataloguePart(name: string, english: Record<string, string>, loaders: LocaleLoaders): void {
  addEnglishMessages(english);
  parts.set(name, loaders);
}

export function shippedLocales(): string[] {
  return ['en', ...Object.keys(localeLoaders)];
}

/**
 * Make the catalogues of `locale` (and its language, e.g. `es` for `es-MX`) ready. Widgets
 * call this before showing their form; it resolves (to English) even if loading fails.
 */
export function loadLocale(locale: string): Promise<void> {
  const pending = fallbackChain(locale)
    .filter(isShipped)
    .flatMap((language) => missingParts(language).map((part) => load(language, part)));
  return Promise.all(pending).then(() => undefined);
}

function missingParts(language: string): string[] {
  return [...parts.keys()].filter((part) => !loadedParts[language]?.has(part));
}

function load(language: string, part: string): Promise<void> {
  const key = `${language}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    const loadPart = parts.get(part)![language];
    pending = loadPart().then(
      (catalogue) => {
        loaded[language] = { ...loaded[language], ...catalogue };
        (loadedParts[language] ??= new Set()).add(part);
      },
      // Offline or blocked: English it is, and a later widget may try again.
      () => void loading.delete(key),
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Whether `locale`'s own catalogue is ready, every part this page needs (English always is). */
export function isLocaleLoaded(locale: string): boolean {
  return fallbackChain(locale).every((language) => !isShipped(language) || missingParts(language).length === 0);
}

/**
 * The usual script of each language we ship, as Intl.Locale#maximize gives it: the first
 * Intl call of a page loads ICU's data (several ms before the first screen, or before a
 * language's catalogue is even asked for), so a bare shipped tag is answered without it
 * (locales.test.ts checks against Intl).
 */
const USUAL_SCRIPT: Record<string, string> = { en: 'Latn', es: 'Latn', fr: 'Latn', ar: 'Arab', hi: 'Deva', zh: 'Hans' };

/**
 * Most specific first, English last: `es-MX` -> es-MX, es-Latn, es, en. The script comes
 * from Intl.Locale#maximize (CLDR likely subtags), so `zh`, `zh-CN`, `zh-SG` and
 * `zh-Hans-CN` all reach the `zh-Hans` catalogue, while Traditional Chinese (`zh-TW`,
 * `zh-HK`, `zh-Hant`) never falls into Simplified: zh-Hant, then English.
 */
export function fallbackChain(locale: string): string[] {
  const chain: string[] = [];
  const add = (candidate: string) => void (chain.includes(candidate) || chain.push(candidate));
  if (Object.hasOwn(USUAL_SCRIPT, locale)) {
    [locale, `${locale}-${USUAL_SCRIPT[locale]}`, 'en'].forEach(add);
    return chain;
  }
  const tag = canonicalTag(locale);
  add(tag);
  try {
    const full = new Intl.Locale(tag).maximize();
    if (full.script) add(`${full.language}-${full.script}`);
    // The bare language only where its usual script is this one (`zh` means Simplified).
    if (!full.script || new Intl.Locale(full.language).maximize().script === full.script) add(full.language);
  } catch {
    // A malformed tag: English.
  }
  add('en');
  return chain;
}

/** The shipped catalogue a `lang` is served from (`zh-SG` -> `zh-Hans`, `zh-TW` -> `en`). */
export function shippedLocaleFor(locale: string): string {
  return fallbackChain(locale).find((candidate) => candidate === 'en' || isShipped(candidate)) ?? 'en';
}

/** Own keys only: a lang of "constructor" must not find Object's. */
function isShipped(language: string): boolean {
  return Object.hasOwn(localeLoaders, language);
}

/** `zh-hans-cn` -> `zh-Hans-CN`, so host messages and catalogues match however a page spells its lang. */
function canonicalTag(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    return locale;
  }
}

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase());
}

export type Vars = Record<string, string | number>;

/** Languages whose default digits are 0-9, not grouped below 1000, unless the tag asks for others (`-u-nu-`): checked against Intl in locales.test.ts. */
const plainDigits = (locale: string) => /^(en|es|fr|hi|zh)(-|$)/i.test(locale) && !/-u-/i.test(locale);

export class Localizer {
  private readonly chain: string[];

  constructor(
    /** The page's or assignment's tag, as given. */
    readonly requestedLocale: string,
    private readonly overrides: Record<string, string> = {},
    private readonly explicitDir?: 'ltr' | 'rtl',
    /** Keys shown as nothing at all (e.g. every hint, when an assignment switches hints off). */
    private readonly silenced: (key: string) => boolean = () => false,
  ) {
    this.chain = fallbackChain(requestedLocale);
  }

  /**
   * The language the words are in: the requested tag when it is English or a language that
   * is shipped or registered by the host, otherwise English (`zh-TW`, `sw` today), so that
   * `lang`, direction, plural rules and formats match the text instead of the page.
   */
  get locale(): string {
    const served = this.chain
      .slice(0, -1)
      .some((tag) => tag.split('-')[0] === 'en' || isShipped(tag) || Object.hasOwn(hostMessages, tag));
    return served ? this.chain[0] : 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return this.explicitDir ?? (isRtl(this.locale) ? 'rtl' : 'ltr');
  }

  /** The text for `key` with `{placeholders}` filled. Always a plain string, never HTML. */
  t(key: MessageKey | string, vars: Vars = {}): string {
    return format(this.lookup(key) ?? key, vars);
  }

  /** A count-dependent message: looks up `key.one`, `key.few`, ... by Intl.PluralRules. */
  plural(key: string, count: number, vars: Vars = {}): string {
    const category = this.formatter('plurals', () => new Intl.PluralRules(safeLocale(this.locale))).select(count);
    const text = this.lookup(`${key}.${category}`) ?? this.lookup(`${key}.other`) ?? key;
    return format(text, { count: this.number(count), ...vars });
  }

  /**
   * Intl formatters are costly to create (the benchmarks saw tens of ms): one of each per
   * Localizer, made again only if the language changes (a host registered it meanwhile).
   */
  private formatters = new Map<string, { locale: string; value: unknown }>();

  private formatter<T>(name: string, create: () => T): T {
    const cached = this.formatters.get(name);
    if (cached?.locale === this.locale) return cached.value as T;
    const value = create();
    this.formatters.set(name, { locale: this.locale, value });
    return value;
  }

  number(value: number): string {
    // "Mood 1", "0-100": the first screen's numbers, written as Intl would without loading it.
    const small = Number.isInteger(value) && value >= 0 && value < 1000 && !Object.is(value, -0);
    if (small && plainDigits(this.locale)) return String(value);
    return this.formatter('numbers', () => new Intl.NumberFormat(safeLocale(this.locale))).format(value);
  }

  /** "+1.5", "0", "-2" with the locale's own signs and digits (the valence scale). */
  signedNumber(value: number): string {
    const create = () => new Intl.NumberFormat(safeLocale(this.locale), { signDisplay: 'exceptZero' });
    return this.formatter('signedNumbers', create).format(value);
  }

  date(value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return new Intl.DateTimeFormat(safeLocale(this.locale), options).format(value);
  }

  relativeTime(msFromNow: number): string {
    const rtf = new Intl.RelativeTimeFormat(safeLocale(this.locale), { numeric: 'auto' });
    const minutes = Math.round(msFromNow / 60_000);
    if (Math.abs(minutes) < 1) return rtf.format(Math.round(msFromNow / 1000), 'second');
    if (Math.abs(minutes) < 60) return rtf.format(minutes, 'minute');
    return rtf.format(Math.round(minutes / 60), 'hour');
  }

  private lookup(key: string): string | undefined {
    // Crisis help is never an assignment's to reword or switch off (see core/crisis-help.ts).
    const fixed = key.startsWith('crisis.');
    if (!fixed && this.silenced(key)) return '';
    // A blank override (a field the clinician cleared) falls back like a missing one.
    const override = !fixed && Object.hasOwn(this.overrides, key) ? this.overrides[key] : undefined;
    if (override?.trim()) return override;
    for (const locale of this.chain) {
      const text = hostMessages[locale]?.[key] ?? loaded[locale]?.[key];
      // A host's blank crisis wording is skipped too: it must not empty the help.
      if (text !== undefined && !(fixed && !text.trim())) return text;
    }
    return undefined;
  }
}

export function format(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** Intl throws on malformed tags; a bad `lang` attribute must not break the widget. */
function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The language for an element: its own `lang`, then its ancestors' (across shadow roots), then the document's. */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

/**
 * The nearest `dir` (the element's own, then its ancestors' across shadow roots), unless an
 * element nearer than it sets `lang`: then that language's direction applies (see Localizer),
 * so a Spanish widget in an Arabic page reads left to right and an inherited `dir` is honoured.
 */
export function resolveDir(element: Element): 'ltr' | 'rtl' | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir');
      if (dir === 'rtl' || dir === 'ltr') return dir;
      if (node.getAttribute('lang')) return undefined;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
