// The open form of a widget around the exercise's fields: its messages above; the flag,
// what stops a submit, the actions and the status line below. Part of the form parts chunk (form-parts.ts):
// rendered only once the form is open, so none of it is in a widget's first load.
import type { TemplateResult } from 'lit';
import type { ResolvedConfig } from '../../core/config.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { WidgetDraft } from './draft-controller.js';
import type { BaseFormParts, LitTools, SubmittedLine } from './form-parts.js';
import type { WidgetOutbox } from './outbox-controller.js';

/** The element's members the form is drawn from (handed over: private to everything else). */
export interface FormHost {
  readonly renderRoot: ParentNode;
  readonly config: ResolvedConfig | null;
  readonly drafts: WidgetDraft<unknown>;
  data: object;
  readonly outbox?: WidgetOutbox;
  readonly readOnly: boolean;
  readonly submitting: boolean;
  submitted?: SubmittedLine[];
  readonly submitProblems: string[];
  discarding: boolean;
  readonly updateComplete: Promise<boolean>;
  offersSubmit(): boolean;
  submit(): Promise<void>;
  retryDelivery(): Promise<void>;
  clearDraft(): Promise<void>;
  /** After the next render, put the keyboard (and the screen, on a phone) on `selector`. */
  moveTo(selector: string): Promise<void>;
}

/** "Discard this draft?" is asked in place (shared devices: deleting needs a second, deliberate step). */
function askDiscard(host: FormHost): void {
  host.discarding = true;
  void host.moveTo('#discard');
}

async function answerDiscard(host: FormHost, discard: boolean): Promise<void> {
  host.discarding = false;
  // Every trace of this draft goes (its stored record too); queued entries stay.
  if (discard) await host.clearDraft();
  // Back to where the client was, or to the top of the fresh form.
  await host.moveTo(discard ? '#title' : '#discard-draft');
}

/** "Start a new one" after a submit: the confirmation goes, the keyboard to the first field. */
function startNew(host: FormHost): void {
  host.submitted = undefined;
  void host.moveTo('input, textarea, select, button'); // the first field (see firstControl)
}

/** "Restore earlier text": the saved text goes back into the fields the client had typed over. */
function restoreEarlier(host: FormHost): void {
  host.data = { ...host.data, ...host.drafts.replaced };
  host.drafts.replaced = undefined;
  host.drafts.touch();
}

/** Delivery states in which "Try again" is offered. */
const RETRYABLE = ['retrying', 'auth-required', 'willSend', 'queued'];

/**
 * What is drawn above and below the exercise's fields once the form is open. The fields
 * themselves stay in the element's own template, so the DOM (and the caret) of a field the
 * client is typing in survives the form opening around it.
 */
export function formViewRenderer({ html, nothing }: LitTools, p: BaseFormParts) {
  const above = (t: Localizer, host: FormHost): TemplateResult => {
    const { drafts } = host;
    return html`${host.submitted ? p.renderSubmitted(t, host.submitted, () => startNew(host)) : nothing}
    ${p.renderOldWork(t, host as never)} ${p.renderKept(t, drafts.keptSince)}
    ${
      drafts.replaced
        ? html`<div class="note" role="group" aria-labelledby="replaced">
            <p id="replaced">${t.t('draft.replaced')}</p>
            <button type="button" @click=${() => restoreEarlier(host)}>${t.t('draft.restoreEarlier')}</button>
          </div>`
        : nothing
    }
    ${drafts.storageWarning ? html`<p class="warning" role="alert">${t.t(drafts.storageWarning)}</p>` : nothing}
    ${
      drafts.databaseIsNew && host.config?.expectSavedWork
        ? html`<p class="warning" role="alert">${t.t('storageCleared')}</p>`
        : nothing
    }`;
  };

  const below = (t: Localizer, host: FormHost): TemplateResult => {
    const { drafts, outbox } = host;
    const delivery = outbox?.delivery ?? null;
    return html`${p.renderFlag(t, host as never)}
      ${host.submitProblems.length ? p.renderSubmitProblems(t, host.submitProblems, host.renderRoot) : nothing}
      <div class="actions">
        ${
          host.offersSubmit() && !host.readOnly
            ? html`<button
                class="primary"
                part="submit"
                type="button"
                aria-disabled=${host.submitting ? 'true' : 'false'}
                @click=${() => void host.submit()}
              >
                ${host.submitting ? t.t('action.submitting') : t.t('action.submit')}
              </button>`
            : nothing
        }
        ${
          // Only a draft the client has written in can be discarded (nothing else is on the device).
          drafts.draft?.data && !host.discarding && !host.readOnly
            ? html`<button type="button" id="discard-draft" @click=${() => askDiscard(host)}>
                ${t.t('draft.discard')}
              </button>`
            : nothing
        }
        ${
          delivery && RETRYABLE.includes(delivery.state)
            ? html`<button type="button" @click=${() => void host.retryDelivery()}>${t.t('action.retry')}</button>`
            : nothing
        }
      </div>
      ${host.discarding ? p.renderDiscard(t, (discard) => void answerDiscard(host, discard)) : nothing}
      ${outbox?.unsaved ? outbox.unsaved.render(t) : p.renderStatus(t, drafts.saveState, delivery)}`;
  };

  return { above, below };
}
