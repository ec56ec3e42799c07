import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Assignment } from '../../core/assignment.js';
import { checkEndpoint, DEFAULT_TIMEOUT_MS, type GetAuthHeaders, type HomeworkConfig } from '../../core/config.js';
import {
  addCataloguePart,
  addEnglishMessages,
  isLocaleLoaded,
  loadLocale,
  Localizer,
  resolveDir,
  resolveLang,
} from '../../i18n/catalogue.js';
import { clinicianLocaleLoaders } from '../../i18n/clinician-locale-loaders.js';
import { moodTracker } from '../../i18n/en/mood-tracker.js';
import { reviewPanel as english } from '../../i18n/en/review-panel.js';
import { thoughtRecord } from '../../i18n/en/thought-record.js';
import { exportCsv, exportJson } from '../../review/export.js';
import {
  filterItems,
  isDay,
  SORT_ORDERS,
  sortItems,
  type ExerciseFilter,
  type ReviewFilter,
  type SortOrder,
} from '../../review/filters.js';
import { loadEntries, type LoadResult } from '../../review/load-entries.js';
import { loadSchemas } from '../../core/lazy-schemas.js';
import { distinctKeys, itemFrom, newestFirst, type ReviewItem, type ValidateEntry } from '../../review/review-item.js';
import { summariseReview, type ReviewSummary } from '../../review/review-summary.js';
import { sinceBrief, type SinceBrief } from '../../review/since-brief.js';
import { HwConfigErrorEvent, type HwReviewReadyDetail } from '../../events.js';
import { chartStyles } from '../../styles/chart-styles.js';
import { tokens } from '../../styles/tokens.js';
import { saveFile } from '../behavioural-experiment/save-file.js';
import { configContext } from '../provider/config-context.js';
import { renderBrief, renderSelfReview } from './brief-view.js';
import { renderItemDetail } from './entry-detail.js';
import { placeRows, renderEntryList, windowFor, type ListWindow } from './entry-list.js';
import { renderExperiments, renderThoughtRecords } from './exercise-summaries.js';
import { renderMood } from './mood-view.js';
import { reviewPanelStyles } from './review-panel-styles.js';

// Its own English, and the client widgets' words it shows (distortions, emotions, moods).
addEnglishMessages({ ...thoughtRecord, ...moodTracker });
addCataloguePart('clinician', english, clinicianLocaleLoaders);

type Load =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready' }
  | { state: 'error'; result: Extract<LoadResult, { ok: false }> }
  | { state: 'config'; problem: string };

const EXERCISE_FILTERS: ExerciseFilter[] = ['all', 'thought-record', 'behavioural-experiment', 'mood-tracker', 'other'];
const DEFAULT_ROW_HEIGHT = 56;
/** Validating is the costly part: the first screen gets this long, the rest continues in slices. */
const FIRST_SLICE_MS = 40;
const SLICE_MS = 12;

/**
 * The clinician's view of one client's entries: the client's own self-review first, what
 * arrived since a date with each assignment's state, per-exercise summaries and charts,
 * engagement beside completion, and every record in a list that stays fast with years of
 * data. Filters, sort, print and export (JSON, CSV). It shows data; it scores nothing.
 *
 * @tagname hw-review-panel
 * @summary Clinician review of a client's entries: summaries, trends, engagement, export.
 *
 * @fires hw-config-error - `src` is not a usable address.
 * @fires hw-review-ready - Every record is validated and summarised; `detail`: { records, invalid, newer }.
 *
 * @csspart base - The panel's frame.
 * @csspart title - The heading.
 * @csspart toolbar - Filters, sort, export and print.
 * @csspart self-review - The client's own reflections, ratings and obstacles.
 * @csspart brief - What arrived since the date, and assignment states.
 * @csspart assignments - The table of assignments.
 * @csspart summary - Each exercise's summary.
 * @csspart chart - The mood chart (SVG).
 * @csspart list - The scrolling list of records.
 * @csspart row - One record in the list.
 * @csspart empty - The message shown when nothing matches.
 * @csspart error - Loading and configuration problems.
 * @csspart detail - The dialog showing one record in full.
 *
 * @cssprop --hw-color-surface - Background.
 * @cssprop --hw-color-text - Text colour.
 * @cssprop --hw-color-text-muted - Secondary text and axis labels.
 * @cssprop --hw-color-border - Borders and grid lines.
 * @cssprop --hw-color-primary - Buttons, focus, the chart.
 * @cssprop --hw-color-danger - Invalid records and errors.
 * @cssprop --hw-review-list-height - Height of the scrolling list (default 28rem).
 */
export class HwReviewPanel extends LitElement {
  static override styles = [tokens, chartStyles, reviewPanelStyles];

  /** Where to GET the entries (an array, or `{ entries: [...] }`). Ignored when `entries` is set. */
  @property() src?: string;

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

  /** `light` or `dark`; by default the OS preference. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @property() override lang!: string;
  @property() override dir!: string;

  @consume({ context: configContext, subscribe: true })
  @state()
  private inherited?: HomeworkConfig;

  @state() private load: Load = { state: 'idle' };
  @state() private records: unknown[] = [];
  @state() private filter: ReviewFilter = { exercise: 'all', from: '', to: '' };
  @state() private sort: SortOrder = 'newest';
  @state() private window: ListWindow = { start: 0, end: 30 };
  @state() private active = 0;
  @state() private opened: ReviewItem | null = null;
  @state() private printing = false;
  @state() private announcement = '';
  /** While records are being validated in the background: how far it got. */
  @state() private progress: { done: number; total: number } | null = null;

  private items: ReviewItem[] = [];
  private shown: ReviewItem[] = [];
  private summary: ReviewSummary = summariseReview([]);
  private brief: SinceBrief = sinceBrief([], null);
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private parseRun = 0;
  /** The items changed (new data, or the background validation finished). */
  private itemsChanged = false;
  private request?: AbortController;
  private focusActiveRow = false;

  /** Fetch again from `src` (e.g. after the host refreshed a session). */
  reload(): Promise<void> {
    return this.fetchEntries();
  }

  /** The records currently shown (filtered and sorted), as the source returned them. */
  get shownEntries(): unknown[] {
    return this.shown.map((item) => item.raw);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = changed as Map<PropertyKey, unknown>;
    if (keys.has('since')) this.filter = { ...this.filter, from: isDay(this.since ?? '') ? this.since! : '' };
    if (keys.has('entries') && this.entries !== undefined) {
      this.request?.abort();
      this.records = Array.isArray(this.entries) ? this.entries : [];
      this.load = { state: 'ready' };
    } else if (
      this.entries === undefined &&
      ['src', 'getAuthHeaders', 'credentials', 'inherited', 'entries'].some((k) => keys.has(k))
    ) {
      void this.fetchEntries();
    }
    // Summaries are computed once per change of data or filter, never per render.
    const newData = keys.has('records');
    if (newData) this.startValidating();
    const itemsChanged = this.itemsChanged;
    this.itemsChanged = false;
    // Summaries are of every record: they wait until all are validated.
    const complete = this.progress === null;
    if (complete && (itemsChanged || keys.has('since') || keys.has('assignments'))) {
      this.brief = sinceBrief(this.items, this.since, this.assignments ?? []);
    }
    if (itemsChanged || keys.has('filter') || keys.has('since')) {
      const filtered = filterItems(this.items, this.filter);
      if (complete) this.summary = summariseReview(filtered);
      if (complete && itemsChanged) this.announceReady();
      this.shown = sortItems(filtered, this.sort);
      // The list stays where the clinician scrolled when validation merely completes.
      if (newData || keys.has('filter') || keys.has('since')) this.resetList();
      else
        this.window = windowFor(
          this.viewport()?.scrollTop ?? 0,
          this.viewport()?.clientHeight ?? 600,
          this.rowHeight,
          this.shown.length,
        );
    } else if (keys.has('sort')) {
      this.shown = sortItems(this.shown, this.sort);
      this.resetList();
    }
    const locale = this.localizer().locale;
    if (!isLocaleLoaded(locale)) void loadLocale(locale).then(() => this.requestUpdate());
  }

  /**
   * Validate every record, newest first (what the list shows first). The first slice runs
   * now, so small data renders complete at once; with years of data the first screen shows
   * the newest entries and the rest is validated in short slices that keep the page responsive.
   */
  private startValidating(): void {
    const run = ++this.parseRun;
    // "Reading 0 of n" until the check arrives, rather than a moment of "no entries".
    this.items = [];
    this.progress = this.records.length ? { done: 0, total: this.records.length } : null;
    // zod and the schemas load after the panel's first render (they are most of its code).
    void loadSchemas().then(
      ({ validateEntry }) => run === this.parseRun && this.validateRecords(run, validateEntry),
      // Offline before the chunk arrived: shown like an unreachable server, with "Try again".
      () => run === this.parseRun && (this.load = { state: 'error', result: { ok: false, problem: 'network' } }),
    );
  }

  private validateRecords(run: number, validate: ValidateEntry): void {
    const records = this.records;
    const order = newestFirst(records);
    const parsed: ReviewItem[] = new Array(records.length);
    let next = 0;
    const slice = (budgetMs: number) => {
      const start = performance.now();
      while (next < order.length) {
        const index = order[next++];
        parsed[index] = itemFrom(records[index], index, validate);
        if (next % 32 === 0 && performance.now() - start > budgetMs) break;
      }
    };
    const publish = () => {
      if (next === order.length) {
        this.items = distinctKeys(parsed);
        this.progress = null;
      } else {
        this.items = order.slice(0, next).map((index) => parsed[index]);
        this.progress = { done: next, total: order.length };
      }
      this.itemsChanged = true;
    };
    slice(FIRST_SLICE_MS);
    publish();
    const more = () => {
      if (run !== this.parseRun) return;
      slice(SLICE_MS);
      if (next === order.length) publish();
      else {
        this.progress = { done: next, total: order.length };
        setTimeout(more);
      }
    };
    if (next < order.length) {
      // The rest starts once the first screen is painted, so it does not delay it; a hidden
      // tab has no frames, hence the timer as well.
      let started = false;
      const start = () => {
        if (started) return;
        started = true;
        more();
      };
      requestAnimationFrame(() => setTimeout(start));
      setTimeout(start, 100);
    }
  }

  private announceReady(): void {
    const invalid = this.items.filter((item) => item.kind === 'invalid').length;
    const newer = this.items.filter((item) => item.kind === 'newer').length;
    const detail: HwReviewReadyDetail = { records: this.items.length, invalid, newer };
    // After this render, so a listener finds the summaries on screen.
    void this.updateComplete.then(() =>
      this.dispatchEvent(new CustomEvent('hw-review-ready', { detail, bubbles: true, composed: true })),
    );
  }

  private resetList(): void {
    this.active = 0;
    const viewport = this.viewport();
    if (viewport) viewport.scrollTop = 0;
    this.window = windowFor(0, viewport?.clientHeight ?? 600, this.rowHeight, this.shown.length);
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
    const request = (this.request = new AbortController());
    this.load = { state: 'loading' };
    const inherited = this.inherited ?? {};
    const result = await loadEntries(check.url, {
      credentials: this.credentials ?? inherited.credentials ?? 'omit',
      timeout: inherited.timeout ?? DEFAULT_TIMEOUT_MS,
      getAuthHeaders: this.getAuthHeaders ?? inherited.getAuthHeaders,
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

  protected override updated(): void {
    placeRows(this.renderRoot.querySelector('.viewport ul'), this.shown.length, this.window, this.rowHeight);
    const row = this.renderRoot.querySelector<HTMLElement>('.row-item');
    if (row && row.offsetHeight && row.offsetHeight !== this.rowHeight) {
      this.rowHeight = row.offsetHeight;
      this.onScroll();
    }
    if (this.focusActiveRow) {
      this.focusActiveRow = false;
      this.renderRoot.querySelector<HTMLElement>(`.row-item[data-index="${this.active}"] button`)?.focus();
    }
  }

  private viewport(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  private onScroll = () => {
    const viewport = this.viewport();
    if (!viewport) return;
    const next = windowFor(viewport.scrollTop, viewport.clientHeight, this.rowHeight, this.shown.length);
    if (next.start !== this.window.start || next.end !== this.window.end) this.window = next;
    // Keep a row in the tab order that exists: when the active one scrolls out of the
    // window (mouse or wheel), the first visible row takes its place.
    const focusedInside = (this.renderRoot as ShadowRoot).activeElement?.closest('.viewport');
    if (!focusedInside && (this.active < next.start || this.active >= next.end)) {
      this.active = Math.min(this.shown.length - 1, Math.floor(viewport.scrollTop / this.rowHeight));
    }
  };

  private onKey = (event: KeyboardEvent) => {
    const viewport = this.viewport();
    if (!viewport || !this.shown.length) return;
    const page = Math.max(1, Math.floor(viewport.clientHeight / this.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
      Home: 0,
      End: this.shown.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.moveTo(moves[event.key]);
  };

  private moveTo(index: number): void {
    const viewport = this.viewport()!;
    const target = Math.max(0, Math.min(this.shown.length - 1, index));
    const top = target * this.rowHeight;
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (top + this.rowHeight > viewport.scrollTop + viewport.clientHeight) {
      viewport.scrollTop = top + this.rowHeight - viewport.clientHeight;
    }
    this.window = windowFor(viewport.scrollTop, viewport.clientHeight, this.rowHeight, this.shown.length);
    this.active = target;
    this.focusActiveRow = true;
    this.requestUpdate();
  }

  private async open(index: number): Promise<void> {
    this.active = index;
    this.opened = this.shown[index] ?? null;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private closeDetail = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  };

  private onDialogClose = (event: Event) => {
    // The close event is queued: another entry may have been opened in between.
    if ((event.target as HTMLDialogElement).open) return;
    this.opened = null;
    this.focusActiveRow = true;
    this.requestUpdate();
  };

  private setFilter(change: Partial<ReviewFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  private afterFilter(t: Localizer): void {
    this.announcement = t.plural('rp.shownCount', this.shown.length);
  }

  private download(kind: 'json' | 'csv'): void {
    const t = this.localizer();
    const day = new Date().toISOString().slice(0, 10);
    const name = `homework-entries-${day}.${kind}`;
    if (kind === 'json') saveFile(this.renderRoot, exportJson(this.shown), name, 'application/json');
    else saveFile(this.renderRoot, exportCsv(this.shown), name, 'text/csv;charset=utf-8');
    this.announcement = t.t('rp.exported', { name, count: t.number(this.shown.length) });
  }

  /** Print every shown record in full (the list on screen holds only the visible rows). */
  async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
  }

  private onBeforePrint = () => {
    if (this.printing) return;
    this.printing = true;
    // The browser lays out for print right after this event: render now, synchronously.
    this.performUpdate();
  };

  private onAfterPrint = () => {
    this.printing = false;
  };

  private localizer(): Localizer {
    const lang = resolveLang(this);
    const dir = resolveDir(this);
    if (this.cachedLocalizer?.lang !== lang || this.cachedLocalizer.dir !== dir) {
      this.cachedLocalizer = { lang, dir, value: new Localizer(lang, {}, dir) };
    }
    return this.cachedLocalizer.value;
  }
  private cachedLocalizer?: { lang: string; dir?: string; value: Localizer };

  protected override render() {
    const t = this.localizer();
    return html`<section class="panel" part="base" lang=${t.locale} dir=${t.dir} aria-labelledby="title">
      <h2 id="title" part="title">${t.t('rp.title')}</h2>
      ${this.renderBody(t)}
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </section>`;
  }

  private renderBody(t: Localizer) {
    const load = this.load;
    if (load.state === 'config') {
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t('rp.config', { problem: t.t(load.problem) })}</p>
      </div>`;
    }
    if (load.state === 'idle') return html`<p class="muted">${t.t('rp.noSource')}</p>`;
    if (load.state === 'loading') return html`<p class="muted" role="status" aria-busy="true">${t.t('rp.loading')}</p>`;
    if (load.state === 'error') {
      const { result } = load;
      return html`<div class="alert" role="alert" part="error">
        <p>${t.t(`rp.error.${result.problem}`, { status: result.status ?? '' })}</p>
        ${result.message ? html`<p class="server-message">${result.message}</p>` : nothing}
        <button type="button" @click=${() => void this.fetchEntries()}>${t.t('rp.retry')}</button>
      </div>`;
    }
    const s = this.summary;
    const progress = this.progress;
    return html`
      ${
        progress
          ? html`<p class="card muted" role="status">
              ${t.t('rp.reading', { done: t.number(progress.done), total: t.number(progress.total) })}
            </p>`
          : // Scrolling the list re-renders the panel every frame: the summaries are only redrawn when they change.
            guard(
              [s, this.brief, t],
              () => html`${renderSelfReview(t, s.engagement)} ${renderBrief(t, this.brief, s.engagement)}`,
            )
      }
      ${this.renderToolbar(t)}
      ${
        progress
          ? nothing
          : guard(
              [s, t],
              () =>
                html`${s.invalid || s.newer ? html`<p class="flag invalid" part="error">${this.flagLine(t, s)}</p>` : nothing}
                ${renderThoughtRecords(t, s.thoughtRecords)} ${renderExperiments(t, s.experiments)}
                ${renderMood(t, s.mood)}`,
            )
      }
      <section class="card" aria-labelledby="list-title">
        <h3 id="list-title">${t.t('rp.list')}</h3>
        <p class="muted" id="list-help">${t.t('rp.list.help')}</p>
        ${
          this.printing
            ? html`<ol class="print-list">
                ${this.shown.map((item, index) => html`<li class="print-item">${renderItemDetail(t, item, `print-${index}`)}</li>`)}
              </ol>`
            : renderEntryList({
                t,
                items: this.shown,
                window: this.window,
                active: this.active,
                onScroll: this.onScroll,
                onKey: this.onKey,
                onOpen: (index) => void this.open(index),
                onFocusRow: (index) => (this.active = index),
              })
        }
      </section>
      <dialog part="detail" aria-labelledby="detail-title" @close=${this.onDialogClose}>
        ${this.opened ? renderItemDetail(t, this.opened, 'detail-title') : nothing}
        <div class="actions"><button type="button" @click=${this.closeDetail}>${t.t('rp.close')}</button></div>
      </dialog>
    `;
  }

  private flagLine(t: Localizer, s: ReviewSummary): string {
    return [s.invalid ? t.plural('rp.invalidCount', s.invalid) : '', s.newer ? t.plural('rp.newerCount', s.newer) : '']
      .filter(Boolean)
      .join(' ');
  }

  private renderToolbar(t: Localizer) {
    const f = this.filter;
    const changed = (change: Partial<ReviewFilter>) => {
      this.setFilter(change);
      void this.updateComplete.then(() => this.afterFilter(t));
    };
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t.t('rp.toolbar')}>
      <div class="field">
        <label for="f-exercise">${t.t('rp.filter.exercise')}</label>
        <select
          id="f-exercise"
          @change=${(e: Event) => changed({ exercise: (e.target as HTMLSelectElement).value as ExerciseFilter })}
        >
          ${EXERCISE_FILTERS.map(
            (value) =>
              html`<option value=${value} ?selected=${f.exercise === value}>${t.t(`rp.filter.${value}`)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="f-from">${t.t('rp.filter.from')}</label>
        <input
          id="f-from"
          type="date"
          .value=${f.from}
          @change=${(e: Event) => changed({ from: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="f-to">${t.t('rp.filter.to')}</label>
        <input
          id="f-to"
          type="date"
          .value=${f.to}
          @change=${(e: Event) => changed({ to: (e.target as HTMLInputElement).value })}
        />
      </div>
      <div class="field">
        <label for="f-sort">${t.t('rp.sort')}</label>
        <select
          id="f-sort"
          @change=${(e: Event) => {
            this.sort = (e.target as HTMLSelectElement).value as SortOrder;
          }}
        >
          ${SORT_ORDERS.map((value) => html`<option value=${value} ?selected=${this.sort === value}>${t.t(`rp.sort.${value}`)}</option>`)}
        </select>
      </div>
      <p class="count" id="shown-count">
        ${t.t('rp.shownOf', { shown: t.number(this.shown.length), total: t.number(this.items.length) })}
      </p>
      <div class="actions">
        <button type="button" ?disabled=${!!this.progress} @click=${() => this.download('csv')}>
          ${t.t('rp.export.csv')}
        </button>
        <button type="button" ?disabled=${!!this.progress} @click=${() => this.download('json')}>
          ${t.t('rp.export.json')}
        </button>
        <button type="button" ?disabled=${!!this.progress} @click=${() => void this.print()}>${t.t('rp.print')}</button>
      </div>
    </div>`;
  }
}
