// What a widget shows when its own code or a translation could not be loaded (or was
// refused by its pinned hash): a calm message and "Try again", never an endless
// "Opening your saved work…". The draft on the device is untouched either way.
import { html } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';

/** Shown instead of the form when it cannot open, or above it when it works on (e.g. in English). */
export function renderLoadFailure(t: Localizer, retry: () => void) {
  return html`<div class="alert" role="alert" part="load-error">
    <p>${t.t('load.failed')}</p>
    <button type="button" @click=${retry}>${t.t('load.tryAgain')}</button>
  </div>`;
}
