// The composer's save and duplicate buttons and what a save gave: one status line that stays
// in place, the problems that stopped it, or the client's link, the embed code and its link.
import { html, nothing, type TemplateResult } from 'lit';
import type { Exercise } from '../../core/assignment.js';
import { clientLink, embedSnippet } from '../../core/compose-assignment.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { ClientLinkResult } from './save-assignment.js';

export type Outcome =
  | { kind: 'saving' }
  | { kind: 'saved'; url: string | null }
  | { kind: 'duplicated' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'offline' }
  | { kind: 'auth' }
  | { kind: 'refused'; status: number; message: string };

export interface OutcomeView {
  t: Localizer;
  outcome: Outcome | null;
  /** Whether "Save" keeps the assignment on the page only (no endpoint). */
  local: boolean;
  copyState: 'copied' | 'failed' | null;
  save: () => void;
  duplicate: () => void;
  copy: (text: string) => void;
  /** What a save shows when it made a client's link (for-client.ts), if that code is here. */
  renderClientLink?: (result: ClientLinkResult) => unknown;
  clientLink?: ClientLinkResult;
  exercise: Exercise;
  /** Written into the embed snippet as the widget's `endpoint`. */
  entriesEndpoint?: string;
  clientPage?: string;
}

export function renderActions(v: OutcomeView) {
  const { t } = v;
  const saving = v.outcome?.kind === 'saving';
  return html`<div class="actions">
      <button class="primary" part="save" type="button" aria-disabled=${saving ? 'true' : 'false'} @click=${v.save}>
        ${saving ? t.t('composer.saving') : t.t(v.local ? 'composer.saveLocal' : 'composer.save')}
      </button>
      <button type="button" @click=${v.duplicate}>${t.t('composer.duplicate')}</button>
    </div>
    ${renderOutcome(v)}`;
}

function renderOutcome(v: OutcomeView) {
  const { t, outcome: o } = v;
  const problem = (content: TemplateResult | string) =>
    html`<div class="alert" id="outcome" tabindex="-1" role="alert" part="error">${content}</div>`;
  // One status region that stays in place: a region created with its text is often not read.
  const status = (line: TemplateResult | typeof nothing, rest: unknown = nothing) =>
    html`<div class="status" role="status">${line}</div>
      ${rest}`;
  if (!o) return status(nothing);
  switch (o.kind) {
    case 'saving':
      return status(html`<p>${t.t('composer.saving')}</p>`);
    case 'duplicated':
      return status(html`<p>${t.t('composer.duplicated')}</p>`);
    case 'invalid':
      return status(
        nothing,
        problem(
          html`<p><strong>${t.t('composer.invalid')}</strong></p>
            <ul>
              ${o.problems.map((line) => html`<li>${line}</li>`)}
            </ul>`,
        ),
      );
    case 'offline':
      return status(nothing, problem(html`<p>${t.t('composer.offline')}</p>`));
    case 'auth':
      return status(nothing, problem(html`<p>${t.t('composer.authRequired')}</p>`));
    case 'refused':
      return status(
        nothing,
        problem(html`<p>${t.t('composer.refused', { status: o.status, message: o.message })}</p>`),
      );
    case 'saved':
      return status(
        html`<p class="ok">${t.t(o.url ? 'composer.saved' : 'composer.created')}</p>
          ${v.copyState ? html`<p>${t.t(v.copyState === 'copied' ? 'composer.copied' : 'composer.copyFailed')}</p>` : nothing}`,
        renderSaved(v, o.url),
      );
  }
}

/** What a save gives: the client's link and message, or the embed code and link. */
function renderSaved(v: OutcomeView, url: string | null) {
  const { t, copy } = v;
  if (!url) return nothing;
  if (v.clientLink && v.renderClientLink) return v.renderClientLink(v.clientLink);
  const snippet = embedSnippet(v.exercise, url, absolute(v.entriesEndpoint));
  const link = v.clientPage ? clientLink(v.clientPage, document.baseURI, url, v.exercise) : null;
  return html`<div class="field snippet">
      <label for="snippet">${t.t('composer.snippet')}</label>
      <textarea id="snippet" readonly rows="3" .value=${snippet}></textarea>
    </div>
    <div class="actions">
      <button type="button" @click=${() => copy(snippet)}>${t.t('composer.copy')}</button>
    </div>
    ${
      link
        ? html`<div class="field">
              <label for="client-link">${t.t('composer.link')}</label>
              <input id="client-link" type="text" readonly .value=${link} />
            </div>
            <div class="actions">
              <button type="button" @click=${() => copy(link)}>${t.t('composer.copyLink')}</button>
            </div>`
        : nothing
    }`;
}

/** The snippet is pasted into another page: a relative address would point elsewhere there. */
function absolute(address: string | undefined): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address, document.baseURI).href;
  } catch {
    return address;
  }
}
