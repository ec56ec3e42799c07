// The list of shown records, windowed: rows have one fixed height, so only the rows in
// view (plus a margin) exist in the DOM, and 10,000 records scroll like 20. One row is in
// the tab order (roving tabindex); arrow keys, Page Up/Down, Home and End move between rows.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import { gist } from '../../review/export.js';
import type { ReviewItem } from '../../review/review-item.js';
import { dateTime, exerciseName } from './format.js';

/** Rows rendered above and below the visible ones, so fast scrolling rarely shows a gap. */
export const OVERSCAN = 8;

export interface ListWindow {
  start: number;
  end: number;
}

/** Which rows to render for a scroll position. Pure, so it is tested directly. */
export function windowFor(scrollTop: number, viewportHeight: number, rowHeight: number, count: number): ListWindow {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(viewportHeight / rowHeight) + 1;
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, first + visible + OVERSCAN) };
}

export interface EntryListOptions {
  t: Localizer;
  items: readonly ReviewItem[];
  window: ListWindow;
  /** The row in the tab order. */
  active: number;
  onScroll: (event: Event) => void;
  onKey: (event: KeyboardEvent) => void;
  onOpen: (index: number) => void;
  onFocusRow: (index: number) => void;
}

/**
 * Size the list for every row and push the rendered ones down to where they belong. Set
 * through the CSSOM after each render: a style attribute would break a strict CSP
 * (style-src without 'unsafe-inline'), and Lit's styleMap writes one on first render.
 */
export function placeRows(list: HTMLElement | null, count: number, window: ListWindow, rowHeight: number): void {
  if (!list) return;
  list.style.blockSize = `${count * rowHeight}px`;
  list.style.paddingBlockStart = `${window.start * rowHeight}px`;
}

export function rowGist(t: Localizer, item: ReviewItem): string {
  if (item.kind === 'invalid') return t.t('rp.invalid.short', { count: t.number(item.problems.length) });
  if (item.kind === 'newer') return t.t('rp.newer.short', { schema: item.schema });
  const { entry } = item;
  if (entry.exercise === 'mood-tracker') {
    const { mood, activity } = entry.data;
    const value =
      mood.scale === 'valence'
        ? t.t(`mood.valence.${mood.value}`)
        : t.t('rp.ofMax', {
            value: t.number(mood.value),
            max: t.number(mood.scale === '0-10' ? 10 : 100),
          });
    return activity?.name ? `${value} · ${activity.name}` : value;
  }
  return gist(item);
}

export function renderEntryList(o: EntryListOptions) {
  const { t, items, window } = o;
  if (!items.length) return html`<p class="muted" part="empty">${t.t('rp.list.empty')}</p>`;
  const rows = [];
  for (let index = window.start; index < window.end; index++) {
    const item = items[index];
    rows.push(
      html`<li aria-posinset=${index + 1} aria-setsize=${items.length} class="row-item" data-index=${index}>
        <button
          type="button"
          class="row ${item.kind}"
          part="row"
          tabindex=${index === o.active ? 0 : -1}
          @click=${() => o.onOpen(index)}
          @focus=${() => o.onFocusRow(index)}
        >
          <span class="when">${dateTime(t, item.at)}</span>
          <span class="what">${exerciseName(t, item.exercise)}</span>
          <span class="gist">${rowGist(t, item)}</span>
          ${
            item.kind === 'entry'
              ? item.entry.exercise === 'behavioural-experiment' && item.entry.data.phaseCompleted === 'plan'
                ? html`<span class="badge">${t.t('rp.be.planOnly')}</span>`
                : nothing
              : html`<span class="badge ${item.kind}"
                  >${t.t(item.kind === 'invalid' ? 'rp.invalid.badge' : 'rp.newer.badge')}</span
                >`
          }
        </button>
      </li>`,
    );
  }
  return html`<div class="viewport" part="list" @scroll=${o.onScroll} @keydown=${o.onKey}>
    <ul aria-label=${t.t('rp.list.label', { count: t.number(items.length) })}>
      ${rows}
    </ul>
  </div>`;
}
