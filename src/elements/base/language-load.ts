// A clinician element's language (review panel, composer, caseload, assignment list):
// followed at run time (language-watch.ts); asked for once per locale; nothing in English
// shows while it loads (ready); when it cannot load, the element works on in English, shows
// a calm notice with "Try again" and fires `hw-load-error` (once per failure). No state of
// the element's own is touched.
import { html, nothing, type ReactiveElement } from 'lit';
import { HwLoadErrorEvent } from '../../events.js';
import { isLocaleLoaded, loadLocale, type Localizer } from '../../i18n/catalogue.js';
import { watchLanguage } from './language-watch.js';

export class LanguageLoad {
  private asked = new Set<string>();
  /** Locales that failed once: English stands in for them from then on, even while "Try again" loads. */
  private fellBack = new Set<string>();
  /** The locale that could not be loaded, until "Try again". */
  failed?: string;

  constructor(private host: ReactiveElement) {
    watchLanguage(host);
  }

  load(locale: string): void {
    if (isLocaleLoaded(locale) || this.asked.has(locale)) return;
    this.asked.add(locale);
    void loadLocale(locale).then(() => {
      if (!isLocaleLoaded(locale)) {
        this.failed = locale;
        this.fellBack.add(locale);
        this.host.dispatchEvent(new HwLoadErrorEvent(`locale ${locale}`, false));
      }
      this.host.requestUpdate();
    });
  }

  /** Whether words in `locale` can show: its catalogue is here, or it failed and English stands in. */
  ready(locale: string): boolean {
    return isLocaleLoaded(locale) || this.fellBack.has(locale);
  }

  /** The notice while a language is missing: the client widgets' load-failure.ts, worded for the clinician. */
  render(t: Localizer) {
    return this.failed
      ? html`<div class="alert" role="alert" part="load-error">
          <p>${t.t('load.languageFailed')}</p>
          <button type="button" @click=${this.retry}>${t.t('load.tryAgain')}</button>
        </div>`
      : nothing;
  }

  /** "Try again": every language is asked for afresh (the catalogue forgot the failure). */
  private retry = (): void => {
    this.asked.clear();
    this.failed = undefined;
    this.host.requestUpdate();
  };
}
