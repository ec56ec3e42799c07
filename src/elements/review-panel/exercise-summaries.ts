// Per-exercise summaries: thought records (moods before/after, hot and balanced thought,
// the most frequent thinking patterns) and behavioural experiments (prediction beside
// outcome, belief change, linked repeats). Tables, so they read the same with a screen reader.
// Cells holding the client's words take their direction from those words (dir="auto"), so a
// sentence in one script reads in order inside a panel in another.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import type { ExperimentSummary } from '../../review/experiment-summary.js';
import type { ThoughtRecordSummary } from '../../review/thought-record-summary.js';
import { beliefText } from './entry-detail.js';
import { dateOnly, distortionName, maybe, moodRating, signed } from './format.js';

/** A message with the client's words in its `{belief}`, isolated in their own direction. */
function withClientWords(t: Localizer, key: string, words: string) {
  const [before, after = ''] = t.t(key, { belief: '\u0000' }).split('\u0000');
  return html`${before}<bdi>${words}</bdi>${after}`;
}

/** The newest rows shown in a summary; every record is in the list below it. */
export const SUMMARY_ROWS = 10;

const more = (t: Localizer, shown: number, total: number) =>
  total > shown
    ? html`<p class="muted">${t.t('rp.latestOf', { shown: t.number(shown), total: t.number(total) })}</p>`
    : nothing;

export function renderThoughtRecords(t: Localizer, s: ThoughtRecordSummary) {
  if (!s.count) return nothing;
  const rows = s.rows.slice(0, SUMMARY_ROWS);
  const top = s.distortions.slice(0, 5);
  const max = top[0]?.count ?? 1;
  return html`<section class="card" aria-labelledby="tr-title" part="summary">
    <h3 id="tr-title">${t.t('rp.exercise.thought-record')} (${t.number(s.count)})</h3>
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t.t('rp.tr.latest')}>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">${t.t('rp.date')}</th>
            <th scope="col">${t.t('rp.tr.situation')}</th>
            <th scope="col">${t.t('rp.tr.moodsBeforeAfter')}</th>
            <th scope="col">${t.t('rp.tr.hot')}</th>
            <th scope="col">${t.t('rp.tr.balanced')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${dateOnly(t, row.at)}</th>
                <td class="text" dir="auto" data-label=${t.t('rp.tr.situation')}>${row.situation}</td>
                <td data-label=${t.t('rp.tr.moodsBeforeAfter')}>
                  ${row.moods.map(
                    (m) =>
                      html`<div>
                        <bdi>${m.name}</bdi>: ${moodRating(t, m)}
                        ${m.after === null ? nothing : html`→ ${t.number(m.after)} (${signed(t, m.change)})`}
                      </div>`,
                  )}
                </td>
                <td class="text" dir="auto" data-label=${t.t('rp.tr.hot')}>
                  ${row.hotThought ?? '–'}
                  ${
                    row.hotBelief.before === null && row.hotBelief.after === null
                      ? nothing
                      : html`<span class="muted"
                          >(${beliefText(t, row.hotBelief.before, row.hotBelief.after, row.hotBelief.change)})</span
                        >`
                  }
                </td>
                <td class="text" dir="auto" data-label=${t.t('rp.tr.balanced')}>
                  ${row.balancedThought || '–'}
                  ${row.balancedBelief === null ? nothing : html`<span class="muted">(${t.number(row.balancedBelief)})</span>`}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${more(t, rows.length, s.count)}
    ${
      top.length
        ? html`<table class="bars">
            <caption>
              ${t.t('rp.tr.topDistortions')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${t.t('rp.tr.distortion')}</th>
                <th scope="col">${t.t('rp.records')}</th>
              </tr>
            </thead>
            <tbody>
              ${top.map(
                (d) =>
                  html`<tr>
                    <th scope="row">${distortionName(t, d.label)}</th>
                    <td>
                      ${t.number(d.count)}
                      <meter aria-hidden="true" min="0" max=${max} .value=${d.count}></meter>
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p class="muted">${t.t('rp.tr.noDistortions')}</p>`
    }
  </section>`;
}

export function renderExperiments(t: Localizer, s: ExperimentSummary) {
  if (!s.count) return nothing;
  const rows = s.rows.slice(0, SUMMARY_ROWS);
  return html`<section class="card" aria-labelledby="be-title" part="summary">
    <h3 id="be-title">${t.t('rp.exercise.behavioural-experiment')} (${t.number(s.count)})</h3>
    ${s.planOnly ? html`<p class="muted">${t.plural('rp.be.planOnlyCount', s.planOnly)}</p>` : nothing}
    <div class="table-scroll" tabindex="0" role="region" aria-label=${t.t('rp.be.latest')}>
      <table class="stack">
        <thead>
          <tr>
            <th scope="col">${t.t('rp.date')}</th>
            <th scope="col">${t.t('rp.be.targetBelief')}</th>
            <th scope="col">${t.t('rp.be.prediction')}</th>
            <th scope="col">${t.t('rp.be.outcome')}</th>
            <th scope="col">${t.t('rp.be.belief')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) =>
              html`<tr>
                <th scope="row">${dateOnly(t, row.at)}</th>
                <td class="text" dir="auto" data-label=${t.t('rp.be.targetBelief')}>${row.targetBelief}</td>
                <td class="text" dir="auto" data-label=${t.t('rp.be.prediction')}>${row.prediction || '–'}</td>
                <td class="text" dir="auto" data-label=${t.t('rp.be.outcome')}>
                  ${row.planOnly ? html`<em>${t.t('rp.be.planOnly')}</em>` : row.outcome || '–'}
                </td>
                <td data-label=${t.t('rp.be.belief')}>
                  ${beliefText(t, row.beliefBefore, row.beliefAfter, row.beliefChange) || '–'}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${more(t, rows.length, s.count)}
    ${s.repeats.map(
      (series, index) =>
        html`<table>
          <caption>
            ${withClientWords(t, 'rp.be.repeats', series.targetBelief)}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.t('rp.be.run')}</th>
              <th scope="col">${t.t('rp.date')}</th>
              <th scope="col">${t.t('rp.before')}</th>
              <th scope="col">${t.t('rp.after')}</th>
            </tr>
          </thead>
          <tbody>
            ${series.runs.map(
              (run, runIndex) =>
                html`<tr>
                  <th scope="row" id=${`run-${index}-${runIndex}`}>
                    ${t.number(runIndex + 1)}
                    ${run.shown ? nothing : html`<span class="muted">(${t.t('rp.be.notShown')})</span>`}
                  </th>
                  <td>${dateOnly(t, run.at)}</td>
                  <td>${maybe(t, run.beliefBefore)}</td>
                  <td>${maybe(t, run.beliefAfter)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    )}
  </section>`;
}
