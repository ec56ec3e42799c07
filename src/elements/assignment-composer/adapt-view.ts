// Adapting the exercise to the client: the language it speaks to them in, and its framing.
import { html } from 'lit';
import { FRAMINGS } from '../../core/assignment-kinds.js';
import type { ComposerForm } from '../../core/compose-assignment.js';
import { shippedLocales } from '../../i18n/catalogue.js';
import type { FormView } from './form-view.js';

export function renderAdapt({ t, form, change }: FormView) {
  const names = displayNames(t.locale);
  return html`<fieldset class="step">
    <legend>${t.t('composer.adapt')}</legend>
    <div class="field">
      <label for="locale">${t.t('composer.locale')}</label>
      <select id="locale" @change=${(e: Event) => change({ locale: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${form.locale === ''}>${t.t('composer.locale.page')}</option>
        ${exerciseLocales().map(
          (locale) =>
            html`<option value=${locale} ?selected=${form.locale === locale}>${names(locale)} (${locale})</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="framing">${t.t('composer.framing')}</label>
      <select
        id="framing"
        @change=${(e: Event) => change({ framing: (e.target as HTMLSelectElement).value as ComposerForm['framing'] })}
      >
        <option value="" ?selected=${form.framing === ''}>${t.t('composer.framing.none')}</option>
        ${FRAMINGS.map(
          (framing) =>
            html`<option value=${framing} ?selected=${form.framing === framing}>
              ${t.t(`composer.framing.${framing}`)}
            </option>`,
        )}
      </select>
    </div>
  </fieldset>`;
}

/** The library's six languages, and any other a host build ships. */
function exerciseLocales(): string[] {
  return [...new Set(['en', 'es', 'fr', 'ar', 'zh-Hans', 'hi', ...shippedLocales()])];
}

/** Language names in the clinician's language ("French", "francés"), via Intl. */
function displayNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}
