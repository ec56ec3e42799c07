// The list of shown records, in pages: every row of a page exists in the DOM, so a screen
// reader reads the whole page in order and the pager names what comes next; 10,000 records
// cost a page's rows, never 10,000. One row is in the tab order (roving tabindex); arrow keys,
// Page Up/Down, Home and End move between rows and cross into the neighbouring pages.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import { gist } from '../../review/export.js';
import type { ReviewItem } from '../../review/review-item.js';
import { dateTime, exerciseName } from './format.js';

/** Rows per page: a few months of daily check-ins fit on one, and a page renders at once. */
export const PAGE_SIZE = 100;

export interface ListPage {
  start: number;
  end: number;
}

/** The page holding row `index` of `count`. Pure, so it is tested directly. */
export function pageFor(index: number, count: number, size = PAGE_SIZE): ListPage {
  const last = Math.max(0, count - 1);
  const start = Math.floor(Math.max(0, Math.min(index, last)) / size) * size;
  return { start, end: Math.min(count, start + size) };
}

export interface EntryListOptions {
  t: Localizer;
  items: readonly ReviewItem[];
  page: ListPage;
  /** The row in the tab order. */
  active: number;
  onKey: (event: KeyboardEvent) => void;
  onOpen: (index: number) => void;
  onFocusRow: (index: number) => void;
  /** Show the page before (-1) or after (+1). */
  onPage: (step: -1 | 1) => void;
}

export function rowGist(t: Localizer, item: ReviewItem): string {
  if (item.kind === 'invalid') return t.plural('rp.invalid.short', item.problems.length);
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

/** "Entries 101–200 of 10,000": the pager's line, and what is announced when the page changes. */
export function pageLine(t: Localizer, page: ListPage, count: number): string {
  return t.t('rp.page', { first: t.number(page.start + 1), last: t.number(page.end), total: t.number(count) });
}

function renderRow(o: EntryListOptions, index: number) {
  const { t } = o;
  const item = o.items[index];
  return html`<li aria-posinset=${index + 1} aria-setsize=${o.items.length} class="row-item" data-index=${index}>
    <button
      type="button"
      class="row ${item.kind}"
      part="row"
      tabindex=${index === o.active ? 0 : -1}
      aria-describedby="list-help"
      @click=${() => o.onOpen(index)}
      @focus=${() => o.onFocusRow(index)}
    >
      <span class="when">${dateTime(t, item.at)}</span>
      <span class="what">${exerciseName(t, item.exercise)}</span>
      <!-- What the client wrote, in whatever direction it runs, inside a panel of another. -->
      <span class="gist" dir="auto">${rowGist(t, item)}</span>
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
  </li>`;
}

function renderPager(o: EntryListOptions) {
  const { t, page, items } = o;
  const first = page.start === 0;
  const last = page.end >= items.length;
  // aria-disabled, not disabled: the button keeps focus on the first and last page.
  return html`<div class="pager" role="group" aria-label=${t.t('rp.pages')}>
    <button type="button" aria-disabled=${first} @click=${() => first || o.onPage(-1)}>
      ${t.t('rp.page.previous')}
    </button>
    <p class="count">${pageLine(t, page, items.length)}</p>
    <button type="button" aria-disabled=${last} @click=${() => last || o.onPage(1)}>${t.t('rp.page.next')}</button>
  </div>`;
}

export function renderEntryList(o: EntryListOptions) {
  const { t, items, page } = o;
  if (!items.length) return html`<p class="muted" part="empty">${t.t('rp.list.empty')}</p>`;
  const rows = [];
  for (let index = page.start; index < page.end; index++) rows.push(renderRow(o, index));
  return html`<div class="viewport" part="list" @keydown=${o.onKey}>
      <ul aria-label=${t.t('rp.list.label', { count: t.number(items.length) })}>
        ${rows}
      </ul>
    </div>
    ${items.length > PAGE_SIZE ? renderPager(o) : nothing}`;
}
