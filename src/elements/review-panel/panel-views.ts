// The review panel's views: everything that shows validated records (self-review, brief,
// summaries, charts, the windowed list, the detail dialog, print) and the review logic behind
// them (validating in slices, filters, sort, export). A chunk of its own, which the element
// (hw-review-panel.ts, the shell) fetches beside the schemas when it connects: see lazy-views.ts.
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
import { distinctKeys, itemFrom, newestFirst, type ReviewItem, type ValidateEntry } from '../../review/review-item.js';
import { summariseReview, type ReviewSummary } from '../../review/review-summary.js';
import { reviewFlags, type FlagReview } from '../../review/flags.js';
import { sinceBrief, type SinceBrief } from '../../review/since-brief.js';
import type { HwReviewReadyDetail } from '../../events.js';
import { saveFile } from '../behavioural-experiment/save-file.js';
import { renderBrief, renderSelfReview } from './brief-view.js';
import { renderFlags } from './flags-view.js';
import { renderItemDetail } from './entry-detail.js';
import { placeRows, renderEntryList, windowFor, type ListWindow } from './entry-list.js';
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

const DEFAULT_ROW_HEIGHT = 56;
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
  private window: ListWindow = { start: 0, end: 30 };
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
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private parseRun = 0;
  /** The items changed (new data, or the background validation finished). */
  private itemsChanged = false;
  private focusActiveRow = false;
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
      if (complete && itemsChanged) this.announceReady();
      this.shown = sortItems(filtered, this.sort);
      // The list stays where the clinician scrolled when validation merely completes.
      if (newData || keys.has('filter')) this.resetList();
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

  private announceReady(): void {
    const invalid = this.items.filter((item) => item.kind === 'invalid').length;
    const newer = this.items.filter((item) => item.kind === 'newer').length;
    const detail: HwReviewReadyDetail = { records: this.items.length, invalid, newer };
    // After this render, so a listener finds the summaries on screen.
    void this.host.updateComplete.then(() =>
      this.host.dispatchEvent(new CustomEvent('hw-review-ready', { detail, bubbles: true, composed: true })),
    );
  }

  private resetList(): void {
    this.active = 0;
    const viewport = this.viewport();
    if (viewport) viewport.scrollTop = 0;
    this.window = windowFor(0, viewport?.clientHeight ?? 600, this.rowHeight, this.shown.length);
  }

  /** From the element's updated: place the rows, and learn their height from the first. */
  updated(): void {
    const root = this.host.renderRoot;
    placeRows(root.querySelector('.viewport ul'), this.shown.length, this.window, this.rowHeight);
    const row = root.querySelector<HTMLElement>('.row-item');
    if (row && row.offsetHeight && row.offsetHeight !== this.rowHeight) {
      this.rowHeight = row.offsetHeight;
      this.onScroll();
    }
    if (this.focusActiveRow) {
      this.focusActiveRow = false;
      root.querySelector<HTMLElement>(`.row-item[data-index="${this.active}"] button`)?.focus();
    }
  }

  private viewport(): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>('.viewport');
  }

  private onScroll = () => {
    const viewport = this.viewport();
    if (!viewport) return;
    const next = windowFor(viewport.scrollTop, viewport.clientHeight, this.rowHeight, this.shown.length);
    if (next.start !== this.window.start || next.end !== this.window.end) {
      this.window = next;
      this.host.requestUpdate();
    }
    // Keep a row in the tab order that exists: when the active one scrolls out of the
    // window (mouse or wheel), the first visible row takes its place.
    const focusedInside = (this.host.renderRoot as ShadowRoot).activeElement?.closest('.viewport');
    if (!focusedInside && (this.active < next.start || this.active >= next.end)) {
      this.setActive(Math.min(this.shown.length - 1, Math.floor(viewport.scrollTop / this.rowHeight)));
    }
  };

  /** The row in the tab order. */
  private setActive(index: number): void {
    if (index === this.active) return;
    this.active = index;
    this.host.requestUpdate();
  }

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
    this.host.requestUpdate();
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

  private download(t: Localizer, kind: 'json' | 'csv'): void {
    const day = new Date().toISOString().slice(0, 10);
    const name = `homework-entries-${day}.${kind}`;
    const root = this.host.renderRoot;
    if (kind === 'json') saveFile(root, exportJson(this.shown), name, 'application/json');
    else saveFile(root, exportCsv(this.shown), name, 'text/csv;charset=utf-8');
    this.announce(t.t('rp.exported', { name, count: t.number(this.shown.length) }));
  }

  /** Every shown record in full (for print), or the windowed list; true when that changed. */
  setPrinting(printing: boolean): boolean {
    if (this.printing === printing) return false;
    this.printing = printing;
    this.host.requestUpdate();
    return true;
  }

  render(t: Localizer) {
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
        onSort: (order) => {
          this.sort = order;
          this.change('sort');
        },
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
                window: this.window,
                active: this.active,
                onScroll: this.onScroll,
                onKey: this.onKey,
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
