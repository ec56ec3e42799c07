// The review panel's toolbar: filters, sort, the count, export and print. It only renders;
// the views (panel-views.ts) hold the state and act on the callbacks.
import { html } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import { SORT_ORDERS, type ExerciseFilter, type ReviewFilter, type SortOrder } from '../../review/filters.js';

const EXERCISE_FILTERS: ExerciseFilter[] = ['all', 'thought-record', 'behavioural-experiment', 'mood-tracker', 'other'];

export interface ToolbarOptions {
  t: Localizer;
  filter: ReviewFilter;
  sort: SortOrder;
  shown: number;
  total: number;
  /** Still validating: export and print would miss records. */
  busy: boolean;
  onFilter: (change: Partial<ReviewFilter>) => void;
  onSort: (order: SortOrder) => void;
  onExport: (kind: 'json' | 'csv') => void;
  onPrint: () => void;
}

export function renderToolbar(o: ToolbarOptions) {
  const { t, filter: f } = o;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${t.t('rp.toolbar')}>
    <div class="field">
      <label for="f-exercise">${t.t('rp.filter.exercise')}</label>
      <select
        id="f-exercise"
        @change=${(e: Event) => o.onFilter({ exercise: (e.target as HTMLSelectElement).value as ExerciseFilter })}
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
        @change=${(e: Event) => o.onFilter({ from: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label for="f-to">${t.t('rp.filter.to')}</label>
      <input
        id="f-to"
        type="date"
        .value=${f.to}
        @change=${(e: Event) => o.onFilter({ to: (e.target as HTMLInputElement).value })}
      />
    </div>
    <div class="field">
      <label for="f-sort">${t.t('rp.sort')}</label>
      <select id="f-sort" @change=${(e: Event) => o.onSort((e.target as HTMLSelectElement).value as SortOrder)}>
        ${SORT_ORDERS.map((value) => html`<option value=${value} ?selected=${o.sort === value}>${t.t(`rp.sort.${value}`)}</option>`)}
      </select>
    </div>
    <p class="count" id="shown-count">${t.t('rp.shownOf', { shown: t.number(o.shown), total: t.number(o.total) })}</p>
    <div class="actions">
      <button type="button" ?disabled=${o.busy} @click=${() => o.onExport('csv')}>${t.t('rp.export.csv')}</button>
      <button type="button" ?disabled=${o.busy} @click=${() => o.onExport('json')}>${t.t('rp.export.json')}</button>
      <button type="button" ?disabled=${o.busy} @click=${o.onPrint}>${t.t('rp.print')}</button>
    </div>
  </div>`;
}
