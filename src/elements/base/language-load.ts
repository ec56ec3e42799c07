// A clinician element's language (review panel, composer): asked for once per locale; when
// it cannot load, the element works on in English, shows a calm notice with "Try again"
// and fires `hw-load-error` (once per failure). No state of the element's own is touched.
import { html, nothing, type ReactiveElement } from 'lit';
import { HwLoadErrorEvent } from '../../events.js';
import { isLocaleLoaded, loadLocale, type Localizer } from '../../i18n/catalogue.js';

export class LanguageLoad {
  private asked = new Set<string>();
  /** The locale that could not be loaded, until "Try again". */
  failed?: string;

  constructor(private host: ReactiveElement) {}

  load(locale: string): void {
    if (isLocaleLoaded(locale) || this.asked.has(locale)) return;
    this.asked.add(locale);
    void loadLocale(locale).then(() => {
      if (!isLocaleLoaded(locale)) {
        this.failed = locale;
        this.host.dispatchEvent(new HwLoadErrorEvent(`locale ${locale}`, false));
      }
      this.host.requestUpdate();
    });
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
