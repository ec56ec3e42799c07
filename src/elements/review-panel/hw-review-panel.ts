// <hw-review-panel>'s element, the shell: its properties, fetching the entries, and the
// states before any record can show (no source, loading, errors). What shows the records
// (panel-views.ts) loads beside the schemas, so the first load carries neither (src/lazy/panel-views.ts).
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Assignment } from '../../core/assignment.js';
import { checkEndpoint, originTrust, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import { requestFor } from '../../core/request-settings.js';
import { loadSchemas } from '../../lazy/schemas.js';
import { addCataloguePart, isLocaleLoaded, Localizer, resolveDir, resolveLang } from '../../i18n/catalogue.js';
import { clinicianLocaleLoaders } from '../../lazy/clinician-locales.js';
import { clinicianLoading } from '../../i18n/en/clinician-loading.js';
import { reviewPanelShell } from '../../i18n/en/review-panel-shell.js';
import { loadEntries, type LoadResult } from '../../review/load-entries.js';
import { HwConfigErrorEvent } from '../../events.js';
import { chartStyles } from '../../styles/chart-styles.js';
import { tableStyles } from '../../styles/table-styles.js';
import { tokens } from '../../styles/tokens.js';
import { visuallyHidden } from '../../styles/visually-hidden.js';
import { LanguageLoad } from '../base/language-load.js';
import { configContext } from '../provider/config-context.js';
import { loadViews } from '../../lazy/panel-views.js';
import type { ReviewViews } from './panel-views.js';
import { reviewPanelStyles } from './review-panel-styles.js';

// The shell's English, and the clinician part of every other language; the rest of the
// English arrives with the views (panel-views.ts).
addCataloguePart('clinician', { ...reviewPanelShell, ...clinicianLoading }, clinicianLocaleLoaders);

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; result: Extract<LoadResult, { ok: false }> }
  | { state: 'config'; problem: string; origin?: string };

/**
 * The clinician's view of one client's entries: the client's own self-review first, what
 * arrived since a date with each assignment's state, per-exercise summaries and charts,
 * engagement beside completion, and every record in a list that stays fast with years of
 * data. Filters, sort, print and export (JSON, CSV). It shows data; it scores nothing.
 *
 * @tagname hw-review-panel
 * @summary Clinician review of a client's entries: summaries, trends, engagement, export.
 *
 * @fires hw-config-error - `src` is not a usable address, or not on an origin it may ask (`srcOrigin:<origin>`).
 * @fires hw-load-error - Its translation could not be loaded: it works on in English, says so, with "Try again".
 * @fires hw-review-ready - Every record is validated and summarised; `detail`: { records, invalid, newer }.
 *
 * @csspart base - The panel's frame.
 * @csspart title - The heading.
 * @csspart toolbar - Filters, sort, export and print.
 * @csspart self-review - The client's own reflections, ratings and obstacles.
 * @csspart flags - Flagged entries (at or below the mood threshold) with the client's words; first in the review.
 * @csspart brief - What arrived since the date, and assignment states.
 * @csspart assignments - The table of assignments.
 * @csspart summary - Each exercise's summary.
 * @csspart chart - The mood chart (SVG).
 * @csspart list - The scrolling list of records.
 * @csspart row - One record in the list.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - Loading and configuration problems.
 * @csspart load-error - Its translation could not be loaded, with "Try again".
 * @csspart detail - The dialog showing one record in full.
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-text-muted - Secondary text and axis labels.
 * @cssprop --hw-color-border - Borders and grid lines.
 * @cssprop --hw-color-primary - Buttons, focus, the chart.
 * @cssprop --hw-color-danger - Invalid records and errors.
 * @cssprop --hw-review-list-height - The greatest height of the list of records, which scrolls beyond it (default 28rem).
 */
export class HwReviewPanel extends LitElement {
  static override styles = [tokens, chartStyles, tableStyles, reviewPanelStyles, visuallyHidden];

  /**
   * Where to GET the entries (an array, or `{ entries: [...] }`). Ignored when `entries` is set.
   * Only on the page's own origin or one in `allowed-origins`; redirects are not followed.
   */
  @property() src?: string;

  /**
   * Other origins `src` may be on, space-separated; they get the panel's auth headers and
   * cookies as configured. An origin only in `<hw-provider allowed-origins>` is asked without them.
   */
  @property({ attribute: 'allowed-origins' }) allowedOrigins?: string;

  /** YYYY-MM-DD (e.g. the last session): the brief covers entries from this day on, and the list starts there. */
  @property() since?: string;

  /** The entries themselves (anything: each one is validated). Wins over `src`. Property only. */
  @property({ attribute: false }) entries?: unknown[];

  /** The assignments given to the client, for their states in the brief. Property only. */
  @property({ attribute: false }) assignments?: Assignment[];

  /** Returns auth headers for the GET; called with `{ refresh: true }` once after a 401/403. Property only. */
  @property({ attribute: false }) getAuthHeaders?: GetAuthHeaders;

  /** Whether the GET carries cookies: `omit` (default), `same-origin` or `include`. */
  @property() credentials?: RequestCredentials;

  /** `light` or `dark`; by default the page's `color-scheme` (light when it declares none). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  private inherited?: HomeworkConfig;

  @state() private load: Load = { state: 'idle' };
  /** The data as fetched or given; undefined until the first arrives. */
  @state() private records?: unknown[];
  @state() private announcement = '';
  /** Everything that shows validated records, once it and the schemas have loaded. */
  @state() private views?: ReviewViews;

  /** The views and the schemas, while they load. */
  private loadingCode?: Promise<void>;
  private request?: AbortController;
  private language = new LanguageLoad(this);

  /** Fetch again from `src` (e.g. after the host refreshed a session). */
  reload(): Promise<void> {
    return this.fetchEntries();
  }

  /** The records currently shown (filtered and sorted), as the source returned them. */
  get shownEntries(): unknown[] {
    return this.views?.shownEntries ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.loadCode();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.request?.abort();
  }

  /**
   * No record shows before zod has checked it: the views (panel-views.ts) and the schemas
   * load side by side, from the moment the panel connects, while the entries are fetched.
   */
  private loadCode(): void {
    if (this.views || this.loadingCode) return;
    this.loadingCode = Promise.all([loadViews(), loadSchemas()]).then(
      ([views, { validateEntry }]) => {
        this.loadingCode = undefined;
        this.views = new views.ReviewViews(this, (text) => (this.announcement = text), validateEntry);
      },
      () => {
        this.loadingCode = undefined;
        // Offline before the chunks arrived: shown like an unreachable server, with "Try again".
        // New entries try again too (see willUpdate).
        if (this.load.state === 'ready') this.load = { state: 'error', result: { ok: false, problem: 'network' } };
      },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('entries') && this.entries !== undefined) {
      this.request?.abort();
      this.records = Array.isArray(this.entries) ? this.entries : [];
      this.load = { state: 'ready' };
    } else if (
      this.entries === undefined &&
      ['src', 'allowedOrigins', 'getAuthHeaders', 'credentials', 'inherited', 'entries'].some((k) => keys.has(k))
    ) {
      void this.fetchEntries();
    }
    if (keys.has('records')) this.loadCode();
    this.views?.willUpdate(keys, this.records);
    this.language.load(this.localizer().locale);
  }

  private async fetchEntries(): Promise<void> {
    this.request?.abort();
    if (this.entries !== undefined) return;
    if (!this.src) {
      this.load = { state: 'idle' };
      return;
    }
    const check = checkEndpoint(this.src, document.baseURI);
    if (!check.ok) {
      this.load = { state: 'config', problem: check.problem };
      this.dispatchEvent(new HwConfigErrorEvent([check.problem]));
      return;
    }
    const inherited = this.inherited ?? {};
    // The page's origin or one the host allows; `next` pages stay on it (load-entries.ts).
    const trusted = originTrust(check.url, this.allowedOrigins, inherited.allowedOrigins);
    if (trusted === null) {
      const { origin } = new URL(check.url);
      this.load = { state: 'config', problem: 'rp.srcOrigin', origin };
      this.dispatchEvent(new HwConfigErrorEvent([`srcOrigin:${origin}`]));
      return;
    }
    const request = (this.request = new AbortController());
    this.load = { state: 'loading' };
    // Only the site-wide list's origins: no auth headers, no cookies.
    const { credentials, timeoutMs, getAuth } = requestFor(this, this.inherited, trusted);
    const result = await loadEntries(check.url, {
      credentials,
      timeout: timeoutMs,
      getAuthHeaders: getAuth,
      signal: request.signal,
    });
    if (request.signal.aborted) return;
    if (result.ok) {
      this.records = result.records;
      this.load = { state: 'ready' };
    } else {
      this.load = { state: 'error', result };
    }
  }

  /** "Try again": the entries from `src`, and the views and schemas if they failed to load. */
  private retry(): void {
    this.loadCode();
    if (this.entries === undefined) void this.fetchEntries();
    else this.load = { state: 'ready' };
  }

  protected override updated(): void {
    this.views?.updated();
  }

  /** Print every shown record in full (the list on screen holds one page of rows). */
  async print(): Promise<void> {
    this.views?.setPrinting(true);
    await this.updateComplete;
    window.print();
  }

  private onBeforePrint = () => {
    // The browser lays out for print right after this event: render now, synchronously.
    if (this.views?.setPrinting(true)) this.performUpdate();
  };

  private onAfterPrint = () => {
    this.views?.setPrinting(false);
  };

  /**
   * One Localizer per language and direction, and a new one once the language's catalogue
   * has arrived: the summaries are redrawn only when their Localizer changes (guard in
   * panel-views.ts), so the same one would leave them in English until the next change.
   */
  private localizer(): Localizer {
    const lang = resolveLang(this);
    const dir = resolveDir(this);
    const cached = this.cachedLocalizer;
    if (cached?.lang !== lang || cached.dir !== dir || (!cached.loaded && isLocaleLoaded(cached.value.locale))) {
      const value = new Localizer(lang, {}, dir);
      this.cachedLocalizer = { lang, dir, value, loaded: isLocaleLoaded(value.locale) };
    }
    return this.cachedLocalizer!.value;
  }
  private cachedLocalizer?: { lang: string; dir?: string; value: Localizer; loaded: boolean };

  protected override render() {
    const t = this.localizer();
    // Nothing in English while the clinician's language loads (it was asked for in willUpdate).
    if (!this.language.ready(t.locale))
      return html`<section class="panel" part="base" lang=${t.locale} dir=${t.dir} aria-busy="true"></section>`;
    return html`<section class="panel" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title" part="title">${t.t('rp.title')}</h2>
      ${this.language.render(t)} ${this.renderBody(t)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderBody(t: Localizer) {
    const load = this.load;
    if (load.state === 'config') {
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t('rp.config', { problem: t.t(load.problem, { origin: load.origin ?? '' }) })}</p>
      </div>`;
    }
    if (load.state === 'idle') return html`<p class="muted">${t.t('rp.noSource')}</p>`;
    if (load.state === 'loading') return html`<p class="muted" role="status" aria-busy="true">${t.t('rp.loading')}</p>`;
    if (load.state === 'error') {
      const { result } = load;
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t(`rp.error.${result.problem}`, { status: result.status ?? '' })}</p>
        ${result.message ? html`<p class="server-message">${result.message}</p>` : nothing}
        <button type="button" @click=${() => this.retry()}>${t.t('rp.retry')}</button>
      </div>`;
    }
    if (this.views) return this.views.render(t);
    // The same line the views show while they validate, so nothing jumps when they take over.
    return html`<p class="card muted" role="status">
      ${t.t('rp.reading', { done: t.number(0), total: t.number(this.records?.length ?? 0) })}
    </p>`;
  }
}
