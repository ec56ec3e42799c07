// The review panel's views: everything that shows validated records (self-review, brief,
// summaries, charts, the paged list, the detail dialog, print) and the review logic behind
// them (validating in slices, filters, sort, export). A chunk of its own, which the element
// (hw-review-panel.ts, the shell) fetches beside the schemas when it connects: see src/lazy/panel-views.ts.
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { addEnglishMessages, type Localizer } from '../../i18n/catalogue.js';
import { moodHistory } from '../../i18n/en/mood-history.js';
import { moodTracker } from '../../i18n/en/mood-tracker.js';
import { selfReviewMessages } from '../../i18n/en/self-review.js';
import { panelLoopMessages } from '../../i18n/en/panel-loop.js';
import { reviewPanelViews } from '../../i18n/en/review-panel.js';
import { thoughtRecord } from '../../i18n/en/thought-record.js';
import { exportCsv, exportJson } from '../../review/export.js';
import { filterItems, isDay, sortItems, type ReviewFilter, type SortOrder } from '../../review/filters.js';
import { distinctKeys, itemFrom, newestFirst, readyDetail } from '../../review/review-item.js';
import type { ReviewItem, ValidateEntry } from '../../review/review-item.js';
import { summariseReview, type ReviewSummary } from '../../review/review-summary.js';
import { reviewFlags, type FlagReview } from '../../review/flags.js';
import { sinceBrief, type SinceBrief } from '../../review/since-brief.js';
import type { HwReviewReadyDetail } from '../../events.js';
import { saveFile } from '../behavioural-experiment/save-file.js';
import { renderBrief, renderSelfReview } from './brief-view.js';
import { renderFlags } from './flags-view.js';
import { renderItemDetail } from './entry-detail.js';
import { pageFor, pageLine, renderEntryList, type ListPage } from './entry-list.js';
import { renderExperiments, renderThoughtRecords } from './exercise-summaries.js';
import type { HwReviewPanel } from './hw-review-panel.js';
import { renderMood } from './mood-view.js';
import { renderToolbar } from './toolbar.js';

// The rest of the panel's English, and the client widgets' words it shows (thinking
// patterns, emotions, times of day), which a client page's bundle need not carry.
addEnglishMessages({
  ...thoughtRecord,
  ...moodTracker,
  ...moodHistory,
  ...selfReviewMessages,
  ...reviewPanelViews,
  ...panelLoopMessages,
});

/** Validating is the costly part: the first screen gets this long, the rest continues in slices. */
const FIRST_SLICE_MS = 40;
const SLICE_MS = 12;

type Change = 'since' | 'assignments' | 'filter' | 'sort';

/**
 * The panel once the views and the schemas are in. The element keeps its properties and
 * the fetching; this holds the rest of the state, asks the element to update when it
 * changes, and is called from the element's willUpdate, render and updated.
 */
export class ReviewViews {
  private records?: unknown[];
  private filter: ReviewFilter = { exercise: 'all', from: '', to: '' };
  private sort: SortOrder = 'newest';
  private page: ListPage = { start: 0, end: 0 };
  private active = 0;
  private opened: ReviewItem | null = null;
  private printing = false;
  /** While records are being validated in the background: how far it got. */
  private progress: { done: number; total: number } | null = null;
  private items: ReviewItem[] = [];
  private shown: ReviewItem[] = [];
  private summary: ReviewSummary = summariseReview([]);
  private brief: SinceBrief = sinceBrief([], null);
  private flags: FlagReview = reviewFlags([]);
  private parseRun = 0;
  /** The items changed (new data, or the background validation finished). */
  private itemsChanged = false;
  private focusActiveRow = false;
  /** The list shows another page, or another order: it starts at its top. */
  private scrollToTop = false;
  /** What changed here since the last update; the first takes `since` and the assignments as new. */
  private changes = new Set<Change>(['since', 'assignments']);

  constructor(
    private readonly host: HwReviewPanel,
    /** Says something in the element's live region. */
    private readonly announce: (text: string) => void,
    private readonly validate: ValidateEntry,
  ) {}

  /** The records currently shown (filtered and sorted), as the source returned them. */
  get shownEntries(): unknown[] {
    return this.shown.map((item) => item.raw);
  }

  private change(what: Change): void {
    this.changes.add(what);
    this.host.requestUpdate();
  }

  /**
   * From the element's willUpdate: `changed` are its changed properties, `records` the data
   * (undefined until the first arrives). Summaries are computed once per change of data or
   * filter, never per render.
   */
  willUpdate(changed: ReadonlyMap<PropertyKey, unknown>, records: unknown[] | undefined): void {
    const keys = new Set<PropertyKey>([...this.changes, ...changed.keys()]);
    this.changes.clear();
    if (records !== this.records) {
      this.records = records;
      if (records) keys.add('records');
    }
    const since = this.host.since ?? '';
    if (keys.has('since')) {
      this.filter = { ...this.filter, from: isDay(since) ? since : '' };
      keys.add('filter');
    }
    const newData = keys.has('records');
    if (newData) this.startValidating();
    const itemsChanged = this.itemsChanged;
    this.itemsChanged = false;
    // Summaries are of every record: they wait until all are validated.
    const complete = this.progress === null;
    if (complete && (itemsChanged || keys.has('since') || keys.has('assignments'))) {
      this.brief = sinceBrief(this.items, this.host.since, this.host.assignments ?? []);
      // Over every record, whatever the date or filter: nothing flagged is ever out of view.
      this.flags = reviewFlags(this.items, this.host.assignments ?? []);
    }
    if (itemsChanged || keys.has('filter')) {
      const filtered = filterItems(this.items, this.filter);
      if (complete) this.summary = summariseReview(filtered);
      if (complete && itemsChanged) this.ready = readyDetail(this.items);
      this.shown = sortItems(filtered, this.sort);
      // The list stays on the clinician's page and row when validation merely completes.
      if (newData || keys.has('filter')) this.resetList();
      else this.page = pageFor(this.active, this.shown.length);
    } else if (keys.has('sort')) {
      this.shown = sortItems(this.shown, this.sort);
      this.resetList();
    }
  }

  /**
   * Validate every record, newest first (what the list shows first). The first slice runs
   * now, so small data renders complete at once; with years of data the first screen shows
   * the newest entries and the rest is validated in short slices that keep the page responsive.
   */
  private startValidating(): void {
    const run = ++this.parseRun;
    const records = this.records ?? [];
    const order = newestFirst(records);
    const parsed: ReviewItem[] = new Array(records.length);
    let next = 0;
    const slice = (budgetMs: number) => {
      const start = performance.now();
      while (next < order.length) {
        const index = order[next++];
        parsed[index] = itemFrom(records[index], index, this.validate);
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
      this.host.requestUpdate();
    };
    slice(FIRST_SLICE_MS);
    publish();
    const more = () => {
      if (run !== this.parseRun) return;
      slice(SLICE_MS);
      if (next === order.length) publish();
      else {
        this.progress = { done: next, total: order.length };
        this.host.requestUpdate();
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

  /** Every record validated and summarised: said by render(), never by a blank panel awaiting its language. */
  private ready?: HwReviewReadyDetail;

  private resetList(): void {
    this.active = 0;
    this.page = pageFor(0, this.shown.length);
    this.scrollToTop = true;
  }

  /** From the element's updated: a new page starts at its top; a moved row takes focus. */
  updated(): void {
    const root = this.host.renderRoot;
    if (this.scrollToTop) {
      this.scrollToTop = false;
      const viewport = this.viewport();
      if (viewport) viewport.scrollTop = 0;
    }
    if (this.focusActiveRow) {
      this.focusActiveRow = false;
      root.querySelector<HTMLElement>(`.row-item[data-index="${this.active}"] button`)?.focus();
    }
  }

  private viewport(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  /** The row in the tab order. */
  private setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

  private onKey(event: KeyboardEvent, t: Localizer): void {
    const viewport = this.viewport();
    if (!viewport || !this.shown.length) return;
    // Page Up/Down move by about what the box shows, as they would scroll it.
    const rowHeight = viewport.querySelector<HTMLElement>('.row-item')?.offsetHeight || 56;
    const page = Math.max(1, Math.floor(viewport.clientHeight / rowHeight) - 1);
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
    this.moveTo(moves[event.key], t);
  }

  /** Focus row `index`, on its page (focus scrolls it into view). */
  private moveTo(index: number, t: Localizer): void {
    const target = Math.max(0, Math.min(this.shown.length - 1, index));
    const page = pageFor(target, this.shown.length);
    if (page.start !== this.page.start) {
      this.page = page;
      this.announce(pageLine(t, page, this.shown.length));
    }
    this.active = target;
    this.focusActiveRow = true;
    this.host.requestUpdate();
  }

  /** "Previous" and "Next": the other page from its top; focus stays on the button pressed. */
  private turnPage(step: -1 | 1, t: Localizer): void {
    const page = pageFor(this.page.start + step * (this.page.end - this.page.start || 1), this.shown.length);
    if (page.start === this.page.start) return;
    this.page = page;
    this.active = page.start;
    this.scrollToTop = true;
    this.host.requestUpdate();
    this.announce(pageLine(t, page, this.shown.length));
  }

  private async open(index: number): Promise<void> {
    this.active = index;
    this.opened = this.shown[index] ?? null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.host.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private closeDetail = () => {
    this.host.renderRoot.querySelector<HTMLDialogElement>('dialog')?.close();
  };

  private onDialogClose = (event: Event) => {
    // The close event is queued: another entry may have been opened in between.
    if ((event.target as HTMLDialogElement).open) return;
    this.opened = null;
    this.focusActiveRow = true;
    this.host.requestUpdate();
  };

  private onFilter = (change: Partial<ReviewFilter>, t: Localizer) => {
    this.filter = { ...this.filter, ...change };
    this.change('filter');
    void this.host.updateComplete.then(() => this.announce(t.plural('rp.shownCount', this.shown.length)));
  };

  /** The list is in another order: said, since the rows change out of sight of the select. */
  private onSort(order: SortOrder, t: Localizer): void {
    this.sort = order;
    this.change('sort');
    void this.host.updateComplete.then(() => this.announce(t.t('rp.sorted', { order: t.t(`rp.sort.${order}`) })));
  }

  private download(t: Localizer, kind: 'json' | 'csv'): void {
    const day = new Date().toISOString().slice(0, 10);
    const name = `homework-entries-${day}.${kind}`;
    const root = this.host.renderRoot;
    if (kind === 'json') saveFile(root, exportJson(this.shown), name, 'application/json');
    else saveFile(root, exportCsv(this.shown), name, 'text/csv;charset=utf-8');
    this.announce(t.plural('rp.exported', this.shown.length, { name }));
  }

  /** Every shown record in full (for print), or the paged list; true when that changed. */
  setPrinting(printing: boolean): boolean {
    if (this.printing === printing) return false;
    this.printing = printing;
    this.host.requestUpdate();
    return true;
  }

  render(t: Localizer) {
    const { summary: s, progress, ready: detail } = this;
    this.ready = undefined;
    // After this render, so a listener finds the summaries on screen.
    if (detail)
      void this.host.updateComplete.then(() =>
        this.host.dispatchEvent(new CustomEvent('hw-review-ready', { detail, bubbles: true, composed: true })),
      );
    return html`
      ${
        progress
          ? html`<p class="card muted" role="status">
              ${t.t('rp.reading', { done: t.number(progress.done), total: t.number(progress.total) })}
            </p>`
          : // Scrolling the list re-renders the panel every frame: the summaries are only redrawn when they change.
            guard(
              [s, this.brief, this.flags, t],
              () =>
                html`${renderFlags(t, this.flags)} ${renderSelfReview(t, s.engagement)}
                ${renderBrief(t, this.brief, s.engagement)}`,
            )
      }
      ${renderToolbar({
        t,
        filter: this.filter,
        sort: this.sort,
        shown: this.shown.length,
        total: this.items.length,
        busy: !!progress,
        onFilter: (change) => this.onFilter(change, t),
        onSort: (order) => this.onSort(order, t),
        onExport: (kind) => this.download(t, kind),
        onPrint: () => void this.host.print(),
      })}
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
                ${this.shown.map((item, index) => html`<li class="print-item">${renderItemDetail(t, item, `print-${index}`, this.host.assignments)}</li>`)}
              </ol>`
            : renderEntryList({
                t,
                items: this.shown,
                page: this.page,
                active: this.active,
                onKey: (event) => this.onKey(event, t),
                onPage: (step) => this.turnPage(step, t),
                onOpen: (index) => void this.open(index),
                onFocusRow: (index) => this.setActive(index),
              })
        }
      </section>
      <dialog part="detail" aria-labelledby="detail-title" @close=${this.onDialogClose}>
        ${this.opened ? renderItemDetail(t, this.opened, 'detail-title', this.host.assignments) : nothing}
        <div class="actions"><button type="button" @click=${this.closeDetail}>${t.t('rp.close')}</button></div>
      </dialog>
    `;
  }

  private flagLine(t: Localizer, s: ReviewSummary): string {
    return [s.invalid ? t.plural('rp.invalidCount', s.invalid) : '', s.newer ? t.plural('rp.newerCount', s.newer) : '']
      .filter(Boolean)
      .join(' ');
  }
}
