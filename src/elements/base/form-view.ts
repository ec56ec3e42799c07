// The open form of a widget: its messages, the exercise's fields, the flag, what stops a
// submit, the actions and the status line. Part of the form parts chunk (form-parts.ts):
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
  readonly outbox?: WidgetOutbox;
  readonly readOnly: boolean;
  readonly formDisabled: boolean;
  readonly submitting: boolean;
  readonly submitted?: SubmittedLine[];
  readonly submitProblems: string[];
  readonly discarding: boolean;
  offersSubmit(): boolean;
  renderExercise(t: Localizer): TemplateResult;
  renderSelfReviewSection(t: Localizer): TemplateResult;
  submit(): Promise<void>;
  startNew(): Promise<void>;
  askDiscard(): Promise<void>;
  answerDiscard(discard: boolean): Promise<void>;
  retryDelivery(): Promise<void>;
}

/** Delivery states in which "Try again" is offered. */
const RETRYABLE = ['retrying', 'auth-required', 'willSend', 'queued'];

export function formViewRenderer({ html, nothing }: LitTools, p: BaseFormParts) {
  return (t: Localizer, host: FormHost): TemplateResult => {
    const { drafts, outbox } = host;
    const delivery = outbox?.delivery ?? null;
    // A disabled fieldset (display: contents) disables every control at once, natively.
    return html`<fieldset class="form-body" ?disabled=${host.formDisabled}>
      ${host.submitted ? p.renderSubmitted(t, host.submitted, () => void host.startNew()) : nothing}
      ${p.renderOldWork(t, host as never)} ${p.renderKept(t, drafts.keptSince)}
      ${drafts.storageWarning ? html`<p class="warning" role="alert">${t.t(drafts.storageWarning)}</p>` : nothing}
      ${
        drafts.databaseIsNew && host.config?.expectSavedWork
          ? html`<p class="warning" role="alert">${t.t('storageCleared')}</p>`
          : nothing
      }
      <!-- Inert while submitting: text typed in that moment would be wiped by the fresh draft. -->
      <div class="fields" ?inert=${host.submitting}>${host.renderExercise(t)} ${host.renderSelfReviewSection(t)}</div>
      ${p.renderFlag(t, host as never)}
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
            ? html`<button type="button" id="discard-draft" @click=${() => void host.askDiscard()}>
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
      ${host.discarding ? p.renderDiscard(t, (discard) => void host.answerDiscard(discard)) : nothing}
      ${outbox?.unsaved ? outbox.unsaved.render(t) : p.renderStatus(t, drafts.saveState, delivery)}
    </fieldset>`;
  };
}
