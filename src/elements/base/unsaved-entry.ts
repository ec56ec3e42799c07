// A submit the device had no room to store: sent from memory at once, and when that fails
// too, the client's answers are offered as text to copy, so nothing typed depends on a disk
// that is full.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import type { OutboxEntry } from '../../storage/records.js';

export interface UnsavedEntry {
  /** The entry exactly as first sent: a resend repeats its bytes under its Idempotency-Key. */
  item: OutboxEntry;
  state: 'sending' | 'failed';
  /** The server's reason when it refused the entry. */
  message?: string;
  copied?: boolean;
}

/** What the client wrote (the exercise's answers and the self-review), readable as text. */
export function answersText(item: OutboxEntry): string {
  const { data, engagement } = item.entry as { data: unknown; engagement?: { selfReview?: unknown } };
  return JSON.stringify({ answers: data, selfReview: engagement?.selfReview }, null, 2);
}

export function renderUnsaved(t: Localizer, unsaved: UnsavedEntry, onCopy: (field: HTMLTextAreaElement) => void) {
  if (unsaved.state === 'sending')
    return html`<p class="alert" role="alert" part="unsaved">${t.t('device.sendingUnsaved')}</p>`;
  return html`<div class="alert" role="alert" part="unsaved">
    <p>${t.t('device.unsentCopy')}</p>
    ${unsaved.message ? html`<p>${t.t('status.rejected', { message: unsaved.message })}</p>` : nothing}
    <label for="unsaved-answers">${t.t('device.answers')}</label>
    <textarea id="unsaved-answers" readonly rows="6" .value=${answersText(unsaved.item)}></textarea>
    <button
      type="button"
      @click=${(event: Event) =>
        onCopy((event.target as HTMLElement).parentElement!.querySelector<HTMLTextAreaElement>('textarea')!)}
    >
      ${t.t('device.copy')}
    </button>
    ${unsaved.copied ? html`<span role="status">${t.t('device.copied')}</span>` : nothing}
  </div>`;
}
