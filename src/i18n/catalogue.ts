// Message lookup: which catalogue a widget speaks, and filling in its placeholders.
// Order of precedence: the assignment's overrides, then host-registered messages, then
// the shipped locale, then English, so a missing translation never shows a raw key.
import { en, type MessageKey } from './en/index.js';
import { localeLoaders } from './locale-loaders.js';

/** Catalogues ready to use. English is built in; the others arrive through loadLocale(). */
const loaded: Record<string, Record<string, string>> = { en };
const loading = new Map<string, Promise<void>>();
const hostMessages: Record<string, Record<string, string>> = {};

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** Add or override messages for a locale at runtime, without rebuilding the library. */
export function registerMessages(locale: string, messages: Record<string, string>): void {
  hostMessages[locale] = { ...hostMessages[locale], ...messages };
}

/**
 * English a widget brings along itself. The clinician's widgets add theirs when their module
 * loads, so the client widgets' bundles never carry text only a clinician reads.
 */
export function addEnglish(messages: Record<string, string>): void {
  loaded.en = { ...messages, ...loaded.en };
}

export function shippedLocales(): string[] {
  return ['en', ...Object.keys(localeLoaders)];
}

/**
 * Make the catalogues of `locale` (and its language, e.g. `es` for `es-MX`) ready. Widgets
 * call this before showing their form; it resolves (to English) even if loading fails.
 */
export function loadLocale(locale: string): Promise<void> {
  const needed = fallbackChain(locale).filter((language) => !(language in loaded) && language in localeLoaders);
  return Promise.all(needed.map(load)).then(() => undefined);
}

function load(language: string): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = localeLoaders[language]().then(
      (catalogue) => void (loaded[language] = catalogue),
      // Offline or blocked: English it is, and a later widget may try again.
      () => void loading.delete(language),
    );
    loading.set(language, pending);
  }
  return pending;
}

/** Whether `locale`'s own catalogue is ready (English always is). */
export function isLocaleLoaded(locale: string): boolean {
  return fallbackChain(locale).every((language) => language in loaded || !(language in localeLoaders));
}

/** `es-MX` -> ['es-MX', 'es', 'en']: most specific first, English last. */
function fallbackChain(locale: string): string[] {
  const chain = [locale];
  const language = locale.split('-')[0];
  if (language !== locale) chain.push(language);
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

export function isRtl(locale: string): boolean {
  return RTL_LANGUAGES.has(locale.split('-')[0].toLowerCase());
}

export type Vars = Record<string, string | number>;

export class Localizer {
  readonly dir: 'ltr' | 'rtl';
  private readonly chain: string[];
  private readonly plurals: Intl.PluralRules;

  constructor(
    readonly locale: string,
    private readonly overrides: Record<string, string> = {},
    dir?: 'ltr' | 'rtl',
  ) {
    this.chain = fallbackChain(locale);
    this.dir = dir ?? (isRtl(locale) ? 'rtl' : 'ltr');
    this.plurals = new Intl.PluralRules(safeLocale(locale));
  }

  /** The text for `key` with `{placeholders}` filled. Always a plain string, never HTML. */
  t(key: MessageKey | string, vars: Vars = {}): string {
    return format(this.lookup(key) ?? key, vars);
  }

  /** A count-dependent message: looks up `key.one`, `key.few`, ... by Intl.PluralRules. */
  plural(key: string, count: number, vars: Vars = {}): string {
    const category = this.plurals.select(count);
    const text = this.lookup(`${key}.${category}`) ?? this.lookup(`${key}.other`) ?? key;
    return format(text, { count: this.number(count), ...vars });
  }

  /** Intl formatters are costly to create (the benchmarks saw tens of ms): one per Localizer. */
  private numbers?: Intl.NumberFormat;

  number(value: number): string {
    this.numbers ??= new Intl.NumberFormat(safeLocale(this.locale));
    return this.numbers.format(value);
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
    if (key in this.overrides) return this.overrides[key];
    for (const locale of this.chain) {
      const text = hostMessages[locale]?.[key] ?? loaded[locale]?.[key];
      if (text !== undefined) return text;
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

/** The element's own `dir` attribute wins; otherwise the language decides (see Localizer). */
export function resolveDir(element: Element): 'ltr' | 'rtl' | undefined {
  const dir = element.getAttribute('dir');
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
}
