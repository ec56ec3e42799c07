// <hw-caseload>: the clinician's overview of every client: which assignments are open,
// overdue or done, when the last entry came, how many entries are flagged since the last
// session. Shown only when opened; it pushes nothing. Opening a client is the host's (it
// shows that client's review panel from their last session).
import { fetchWithAuth, serverMessage } from '../../core/authorized-fetch.js';
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { checkEndpoint, originTrust, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { requestFor } from '../../core/request-settings.js';
import { addCataloguePart, Localizer, resolveDir, resolveLang } from '../../i18n/catalogue.js';
import { clinicianLocaleLoaders } from '../../lazy/clinician-locales.js';
import { clinicianLoading } from '../../i18n/en/clinician-loading.js';
import { caseloadMessages } from '../../i18n/en/caseload.js';
import { tableStyles } from '../../styles/table-styles.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { LanguageLoad } from '../base/language-load.js';
import { widgetStyles } from '../base/widget-styles.js';
import { configContext } from '../provider/config-context.js';
import { dateOnly } from '../review-panel/format.js';
import { caseloadStyles } from './caseload-styles.js';
import {
  CASELOAD_SORTS,
  nameOf,
  readCaseload,
  sortCaseload,
  type CaseloadClient,
  type CaseloadSort,
} from './caseload-data.js';
import { HwClientOpenEvent } from './client-open-event.js';

addCataloguePart('clinician', { ...caseloadMessages, ...clinicianLoading }, clinicianLocaleLoaders);

const LANGUAGES = ['en', 'es', 'fr', 'ar', 'hi', 'zh-Hans'];

type Load = { state: 'idle' | 'loading' | 'ready' } | { state: 'error'; message: string };

/**
 * The clinician's caseload: every client with their assignments (open, overdue from the day
 * after the due date, done, "2 of 3" for a repeating one), the last entry, and how many
 * entries are flagged since the last session, sortable. The last session's date is set here
 * per client; "Review" fires `hw-client-open` so the host can show that client's review
 * panel from that date. "Add a client" keeps a label only the clinician sees.
 *
 * @tagname hw-caseload
 * @summary Clinician: every client's homework at a glance, who is behind, and flags.
 *
 * @fires hw-client-open - The clinician chose to review a client: `event.client` ({ id, label, since }).
 * @fires hw-load-error - Its translation could not be loaded: it works on in English, says so, with "Try again".
 *
 * @csspart base - The caseload's frame.
 * @csspart table - The table of clients.
 * @csspart add - The "Add a client" form.
 * @csspart error - Loading and saving problems.
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-primary - Buttons, focus and accents.
 */
export class HwCaseload extends LitElement {
  static override styles = [tokens, widgetStyles, tableStyles, caseloadStyles, visuallyHidden];

  /** Where to GET the caseload (the reference server's `/api/caseload`). Same rules as the panel's `src`. */
  @property() src?: string;

  /**
   * Where clients are added (POST) and their last session saved (PATCH `{clients-endpoint}/{id}`),
   * e.g. `/api/clients`. Without it the caseload only reads.
   */
  @property({ attribute: 'clients-endpoint' }) clientsEndpoint?: string;

  /** Other origins `src` may be on, space-separated. */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /** The caseload itself (`{ clients: [...] }`), instead of `src`. Property only. */
  @property({ attribute: false }) data?: unknown;

  /** Returns auth headers; called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /** `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  /** The order: `label` (default), `behind`, `quiet` (longest without an entry) or `flags`. */
  @property() sort: CaseloadSort = 'label';

  @property({ reflect: true }) theme?: 'light' | 'dark';
  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  protected inherited?: HomeworkConfig;

  @state() private load: Load = { state: 'idle' };
  @state() private clients: CaseloadClient[] = [];
  @state() private announcement = '';
  @state() private problem = '';
  private request?: AbortController;
  private language = new LanguageLoad(this);

  /** Fetch the caseload again. */
  reload(): Promise<void> {
    return this.fetchCaseload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('data') && this.data !== undefined) {
      this.clients = readCaseload(this.data) ?? [];
      this.load = { state: 'ready' };
    } else if (
      this.data === undefined &&
      ['src', 'getAuthHeaders', 'credentials', 'inherited'].some((k) => keys.has(k))
    ) {
      void this.fetchCaseload();
    }
    this.language.load(this.localizer().locale);
  }

  /** The address when it may be asked, and whether it gets credentials. */
  private target(raw: string | undefined): { url: string; trusted: boolean } | null {
    const check = raw ? checkEndpoint(raw, document.baseURI) : null;
    const trusted = check?.ok ? originTrust(check.url, this.allowedOrigins, this.inherited?.allowedOrigins) : null;
    return check?.ok && trusted !== null ? { url: check.url, trusted } : null;
  }

  private async call(url: string, trusted: boolean, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
    return fetchWithAuth(url, init, { ...requestFor(this, this.inherited, trusted), signal });
  }

  private async fetchCaseload(): Promise<void> {
    this.request?.abort();
    if (this.data !== undefined) return;
    const target = this.target(this.src);
    if (!target) {
      this.load = this.src ? { state: 'error', message: '' } : { state: 'idle' };
      return;
    }
    const request = (this.request = new AbortController());
    this.load = { state: 'loading' };
    try {
      const response = await this.call(target.url, target.trusted, {}, request.signal);
      const body: unknown = await response.json().catch(() => null);
      const clients = response.ok ? readCaseload(body) : null;
      if (!clients) {
        this.load = { state: 'error', message: serverMessage(body, 300) ?? String(response.status) };
        return;
      }
      this.clients = clients;
      this.load = { state: 'ready' };
    } catch {
      if (!request.signal.aborted) this.load = { state: 'error', message: '' };
    }
  }

  /** POST or PATCH to the clients endpoint; the server's own words when it refuses. */
  private async change(method: 'POST' | 'PATCH', path: string, body: object): Promise<unknown> {
    const target = this.target(this.clientsEndpoint ? `${this.clientsEndpoint.replace(/\/$/, '')}${path}` : undefined);
    if (!target) throw new Error('clients-endpoint');
    const response = await this.call(target.url, target.trusted, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const reply: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new Error(serverMessage(reply, 300) ?? String(response.status));
    return reply;
  }

  private async saveSince(client: CaseloadClient, since: string): Promise<void> {
    const t = this.localizer();
    try {
      await this.change('PATCH', `/${encodeURIComponent(client.id)}`, { since: since || null });
      this.clients = this.clients.map((c) => (c.id === client.id ? { ...c, since: since || null } : c));
      this.problem = '';
      this.announcement = t.t('cl.sinceSaved', { client: nameOf(client) });
    } catch (error) {
      this.problem = t.t('cl.saveFailed', { message: (error as Error).message });
    }
  }

  private async addClient(form: HTMLFormElement): Promise<void> {
    const t = this.localizer();
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    try {
      const made = (await this.change('POST', '', { label: value('label'), language: value('language') || null })) as {
        label?: string;
      };
      form.reset();
      this.problem = '';
      this.announcement = t.t('cl.added', { client: made.label ?? '' });
      await this.fetchCaseload();
    } catch (error) {
      this.problem = t.t('cl.saveFailed', { message: (error as Error).message });
    }
  }

  private localizer(): Localizer {
    return new Localizer(resolveLang(this), {}, resolveDir(this));
  }

  protected override render() {
    const t = this.localizer();
    // Nothing in English while the clinician's language loads (it was asked for in willUpdate).
    if (!this.language.ready(t.locale))
      return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-busy="true"></section>`;
    return html`<section class="widget" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title">${t.t('cl.title')}</h2>
      ${this.language.render(t)}
      <p class="muted">${t.t('cl.about')}</p>
      ${this.renderBody(t)} ${this.clientsEndpoint ? this.renderAdd(t) : nothing}
      ${this.problem ? html`<p class="alert" role="alert" part="error">${this.problem}</p>` : nothing}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderBody(t: Localizer) {
    const load = this.load;
    if (load.state === 'idle') return nothing;
    if (load.state === 'loading' && !this.clients.length)
      return html`<p class="muted" aria-busy="true">${t.t('cl.loading')}</p>`;
    if (load.state === 'error') {
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t('cl.error')}</p>
        ${load.message ? html`<p class="server-message">${load.message}</p>` : nothing}
        <button type="button" @click=${() => void this.fetchCaseload()}>${t.t('cl.retry')}</button>
      </div>`;
    }
    if (!this.clients.length) return html`<p>${t.t('cl.none')}</p>`;
    return html`<div class="field sort">
        <label for="sort">${t.t('cl.sort')}</label>
        <select id="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as CaseloadSort)}>
          ${CASELOAD_SORTS.map((by) => html`<option value=${by} ?selected=${this.sort === by}>${t.t(`cl.sort.${by}`)}</option>`)}
        </select>
      </div>
      <table part="table">
        <caption class="visually-hidden">
          ${t.t('cl.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.t('cl.client')}</th>
            <th scope="col">${t.t('cl.assignments')}</th>
            <th scope="col">${t.t('cl.lastEntry')}</th>
            <th scope="col">${t.t('cl.flags')}</th>
            <th scope="col">${t.t('cl.lastSession')}</th>
            <th scope="col"><span class="visually-hidden">${t.t('cl.review')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${sortCaseload(this.clients, this.sort, t.locale).map((client) => this.renderRow(t, client))}
        </tbody>
      </table>`;
  }

  private renderRow(t: Localizer, client: CaseloadClient) {
    const name = nameOf(client);
    const rowId = `client-${client.id.replace(/[^\w-]/g, '_')}`;
    const flags = client.flags;
    return html`<tr>
      <th scope="row" id=${rowId}>${name}</th>
      <td data-label=${t.t('cl.assignments')}>
        ${
          client.assignments.length
            ? html`<ul class="states">
                ${client.assignments.map(
                  (a) =>
                    html`<li>
                      <span class="assignment-title">${a.title ?? t.t(`cl.exercise.${a.exercise}`)}</span>:
                      <span class="state ${a.state}">${stateText(t, a.state, a.dueDate)}</span>
                      ${a.times > 1 ? html`<span class="muted">(${t.t('cl.progress', { done: t.number(a.done), times: t.number(a.times) })})</span>` : nothing}
                    </li>`,
                )}
              </ul>`
            : html`<span class="muted">${t.t('cl.noAssignments')}</span>`
        }
      </td>
      <td data-label=${t.t('cl.lastEntry')}>
        ${client.lastEntryAt ? localTime(t, client.lastEntryAt) : html`<span class="muted">${t.t('cl.never')}</span>`}
      </td>
      <td data-label=${t.t('cl.flags')}>
        ${
          flags === null
            ? '–'
            : flags.unchecked || !flags.checkedAll
              ? t.t('cl.flags.partial', { count: t.number(flags.flagged) })
              : t.number(flags.flagged)
        }
      </td>
      <td data-label=${t.t('cl.lastSession')}>
        ${
          this.clientsEndpoint
            ? html`<input
                type="date"
                aria-label=${t.t('cl.lastSessionFor', { client: name })}
                .value=${client.since ?? ''}
                @change=${(e: Event) => void this.saveSince(client, (e.target as HTMLInputElement).value)}
              />`
            : client.since
              ? dateOnly(t, client.since)
              : '–'
        }
      </td>
      <td>
        <button
          type="button"
          aria-describedby=${rowId}
          @click=${() => this.dispatchEvent(new HwClientOpenEvent(client))}
        >
          ${t.t('cl.review')}
        </button>
      </td>
    </tr>`;
  }

  private renderAdd(t: Localizer) {
    const names = languageNames(t.locale);
    const submit = (event: Event) => {
      event.preventDefault();
      void this.addClient(event.target as HTMLFormElement);
    };
    return html`<form class="add" part="add" @submit=${submit}>
      <h3>${t.t('cl.add')}</h3>
      <div class="field">
        <label for="new-label">${t.t('cl.add.label')}</label>
        <input id="new-label" name="label" type="text" required maxlength="100" autocomplete="off" />
      </div>
      <div class="field">
        <label for="new-language">${t.t('cl.add.language')}</label>
        <select id="new-language" name="language">
          <option value="">${t.t('cl.add.languageNone')}</option>
          ${LANGUAGES.map((code) => html`<option value=${code}>${names(code)}</option>`)}
        </select>
      </div>
      <button class="primary" type="submit">${t.t('cl.add.submit')}</button>
    </form>`;
  }
}

function stateText(
  t: Localizer,
  state: CaseloadClient['assignments'][number]['state'],
  dueDate: string | null,
): string {
  if (state === 'overdue') return t.t('cl.state.overdue', { date: dateOnly(t, dueDate) });
  if (state === 'open' && dueDate) return t.t('cl.state.dueOn', { date: dateOnly(t, dueDate) });
  return t.t(`cl.state.${state}`);
}

/** When an entry arrived, on the clinician's own clock (the server's time is UTC). */
function localTime(t: Localizer, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(t.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  } catch {
    return at.toLocaleString();
  }
}

function languageNames(locale: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    return (code) => `${names.of(code) ?? code} (${code})`;
  } catch {
    return (code) => code;
  }
}
