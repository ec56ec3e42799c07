// The status line every widget shows: is my work saved here, was it sent? Announced
// politely to screen readers; failures that need the client's attention as alerts.
import type { Localizer } from '../../i18n/catalogue.js';
import type { SaveState } from '../../storage/draft-autosave.js';
import type { DeliveryState } from '../../sync/outbox-sender.js';
import type { AuthCode } from '../../sync/send-entry.js';
import type { LitTools } from './form-parts.js';

export interface DeliveryView {
  state: DeliveryState | 'willSend' | 'noEndpoint';
  message?: string;
  nextAttemptAt?: number;
  /** Entries of this widget still queued. */
  pending?: number;
  /** The HTTP status of the last attempt; null when the server could not be reached. */
  status?: number | null;
  /** The client submitted during this visit (the confirmation above the form says so; see form-parts.ts). */
  submitted?: boolean;
  /** Why the server refused the credential, when it said (a withdrawn or expired link). */
  code?: AuthCode;
  /** A refused entry's answers, as text the client can copy (they stay on the device too). */
  answers?: string;
}

/** The status line's template, made with lit's own functions (see form-parts.ts for why). */
export function statusRenderer({ html, nothing, now }: LitTools) {
  return renderStatus;

  function renderStatus(t: Localizer, save: SaveState, delivery: DeliveryView | null) {
    const rejected = delivery?.state === 'rejected';
    const failed = save.kind === 'failed';
    const saveLine = saveText(t, save) ? html`<p>${saveText(t, save)}</p>` : nothing;
    const announceSave = save.kind === 'saved' && save.first === true;
    return html`
      ${failed ? html`<p class="alert" role="alert">${t.t(save.error.problem)}</p>` : nothing}
      ${
        rejected
          ? html`<div class="alert" role="alert" part="rejected">
              <p class="rejected-message">${t.t('status.rejected', { message: delivery.message ?? '' })}</p>
              <p>${t.t('status.rejectedKept')}</p>
              ${
                delivery.answers
                  ? html`<details>
                      <summary>${t.t('device.copy')}</summary>
                      <label for="refused-answers">${t.t('device.answers')}</label>
                      <textarea id="refused-answers" readonly rows="6" .value=${delivery.answers}></textarea>
                    </details>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="status" part="status">
        ${
          // It changes after every pause in typing, so only the visit's first "Saved on this
          // device" goes inside the live region: heard once, then shown without a word.
          announceSave ? nothing : saveLine
        }
        <div role="status">
          ${announceSave ? saveLine : nothing} ${delivery && !rejected ? deliveryLine(t, delivery) : nothing}
        </div>
      </div>
    `;
  }

  function saveText(t: Localizer, save: SaveState): string {
    if (save.kind === 'saving') return t.t('status.saving');
    if (save.kind === 'saved') return t.t('status.saved');
    return '';
  }

  function deliveryLine(t: Localizer, d: DeliveryView) {
    const waiting = d.pending && d.pending > 1 ? html`<p>${t.plural('status.waiting', d.pending)}</p>` : nothing;
    switch (d.state) {
      case 'delivered':
        return html`<p class="sent">${t.t('status.sent')}</p>
          ${waiting}`;
      case 'queued':
      case 'sending':
        return html`<p>${t.t(d.submitted ? 'status.sending' : 'status.saved')}</p>
          ${d.submitted ? waiting : html`<p>${t.plural('status.waiting', d.pending ?? 1)}</p>`}`;
      case 'willSend':
        return html`<p>${t.t('status.willSend')}</p>
          ${waiting}`;
      case 'retrying':
        return html`<p>
            ${t.t(
              // The server answered (500, 503, 429...): it is there but busy; null: not reached.
              d.status ? 'status.retryingServer' : 'status.retrying',
              { time: t.relativeTime(Math.max(0, (d.nextAttemptAt ?? now()) - now())) },
            )}
          </p>
          ${waiting}`;
      case 'auth-required':
        return html`<p>${t.t(d.code ? 'status.linkEnded' : 'status.authRequired')}</p>`;
      case 'noEndpoint':
        return html`<p>${t.t('status.noEndpoint')}</p>`;
      default:
        return nothing;
    }
  }
}
