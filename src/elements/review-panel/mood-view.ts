// Mood over time, drawn by hand as SVG (mean per day, or per week over long ranges, with
// the day's lowest and highest as a line), a table with the same numbers, and tables by
// time of day, day of week and activity. Levels are shown on the scale most check-ins used.
import { html, nothing, svg } from 'lit';
import { TIMES_OF_DAY, type Average } from '../../exercises/mood-history.js';
import type { MoodScale } from '../../exercises/mood-tracker.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { showsPatterns, type MoodSummary } from '../../review/mood-summary.js';
import { averagesTable, formatLevel } from '../mood-tracker/mood-history-view.js';
import { clientTime, dateOnly, maybe } from './format.js';

/** Longer ranges are drawn per week: a point per day would be too thin to read. */
export const DAILY_UP_TO_DAYS = 92;

const LEFT = 34;
const WIDTH = 560;
const TOP = 8;
const HEIGHT = 140;

interface Bucket {
  label: string;
  start: string;
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
}

export function renderMood(t: Localizer, s: MoodSummary) {
  if (!s.count || !s.history) return nothing;
  const weekly = s.history.days.length > DAILY_UP_TO_DAYS;
  const buckets: Bucket[] = weekly
    ? s.weeks.map((w) => ({ ...w, start: w.week, label: t.t('rp.mood.weekOf', { date: dateOnly(t, w.week) }) }))
    : s.history.days.map((d) => ({ ...d, start: d.day, label: clientTime(t, d.day, { dateStyle: 'full' }) }));
  const show = (level: number | null) => (level === null ? '–' : formatLevel(t, level, s.scale));
  const overall = s.history.overall;
  return html`<section class="card" aria-labelledby="mood-title" part="summary">
    <h3 id="mood-title">${t.t('rp.exercise.mood-tracker')} (${t.number(s.count)})</h3>
    <p id="mood-summary">
      ${t.t('rp.mood.range', { first: dateOnly(t, s.first), last: dateOnly(t, s.last) })}
      ${t.t('rp.mood.stats', { mean: show(overall.mean), min: show(overall.min), max: show(overall.max) })}
      ${t.t(weekly ? 'rp.mood.perWeek' : 'rp.mood.perDay')}
    </p>
    ${s.outside ? html`<p class="muted">${t.plural('rp.mood.outside', s.outside)}</p>` : nothing}
    <figure>
      ${chart(t, buckets, s.scale)}
      <figcaption id="mood-axis">${t.t('rp.mood.axis', { low: show(0), high: show(1), scale: s.scale })}</figcaption>
    </figure>
    <details>
      <summary id="mood-table-title">${t.t('rp.mood.table')}</summary>
      <!-- Focusable: at 320 px the table may scroll, and a keyboard must be able to scroll it. -->
      <div class="table-scroll" tabindex="0" role="region" aria-labelledby="mood-table-title">
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">${t.t(weekly ? 'rp.mood.week' : 'rp.date')}</th>
              <th scope="col">${t.t('rp.mood.checkIns')}</th>
              <th scope="col">${t.t('rp.mood.average')}</th>
              <th scope="col">${t.t('rp.mood.lowest')}</th>
              <th scope="col">${t.t('rp.mood.highest')}</th>
            </tr>
          </thead>
          <tbody>
            ${buckets
              .filter((b) => b.count)
              .map(
                (b) =>
                  html`<tr>
                    <th scope="row">${b.label}</th>
                    <td data-label=${t.t('rp.mood.checkIns')}>${t.number(b.count)}</td>
                    <td data-label=${t.t('rp.mood.average')}>${show(b.mean)}</td>
                    <td data-label=${t.t('rp.mood.lowest')}>${show(b.min)}</td>
                    <td data-label=${t.t('rp.mood.highest')}>${show(b.max)}</td>
                  </tr>`,
              )}
          </tbody>
        </table>
      </div>
    </details>
    ${
      showsPatterns(s)
        ? html`<div class="columns">
            ${averages(
              t,
              s.scale,
              t.t('rp.mood.byTime'),
              TIMES_OF_DAY.map((time, index) => [t.t(`mood.time.${time}`), s.history!.timesOfDay[index]]),
            )}
            ${averages(
              t,
              s.scale,
              t.t('rp.mood.byWeekday'),
              // 2024-01-01 was a Monday.
              s.history.weekdays.map((average, index) => [
                clientTime(t, `2024-01-0${index + 1}`, { weekday: 'long' }),
                average,
              ]),
            )}
          </div>`
        : nothing
    }
    ${
      s.activities.length
        ? html`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="activity-caption">
            <table class="stack">
              <caption id="activity-caption">
                ${t.t('rp.mood.byActivity')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.t('rp.mood.activity')}</th>
                  <th scope="col">${t.t('rp.mood.checkIns')}</th>
                  <th scope="col">${t.t('rp.mood.average')}</th>
                  <th scope="col">${t.t('rp.mood.mastery')}</th>
                  <th scope="col">${t.t('rp.mood.pleasure')}</th>
                </tr>
              </thead>
              <tbody>
                ${s.activities.slice(0, 15).map(
                  (a) =>
                    html`<tr>
                      <th scope="row" dir="auto">${a.name}</th>
                      <td data-label=${t.t('rp.mood.checkIns')}>${t.number(a.count)}</td>
                      <td data-label=${t.t('rp.mood.average')}>${show(a.mood)}</td>
                      <td data-label=${t.t('rp.mood.mastery')}>${maybe(t, a.mastery, 1)}</td>
                      <td data-label=${t.t('rp.mood.pleasure')}>${maybe(t, a.pleasure, 1)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing
    }
  </section>`;
}

function chart(t: Localizer, buckets: Bucket[], scale: MoodScale) {
  const n = Math.max(buckets.length, 1);
  const x = (index: number) => LEFT + ((index + 0.5) / n) * WIDTH;
  const y = (level: number) => TOP + (1 - level) * HEIGHT;
  // Means joined only across consecutive buckets: an empty day or week stays a gap.
  const segments: string[][] = [];
  let previous = -2;
  for (const [index, bucket] of buckets.entries()) {
    if (bucket.mean === null) continue;
    if (index !== previous + 1) segments.push([]);
    segments[segments.length - 1].push(`${x(index).toFixed(1)},${y(bucket.mean).toFixed(1)}`);
    previous = index;
  }
  const ticks = [...new Set([0, Math.floor((n - 1) / 2), n - 1])];
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby="mood-summary mood-axis"
    viewBox="0 0 ${LEFT + WIDTH + 6} ${TOP + HEIGHT + 22}"
  >
    ${[0, 0.5, 1].map(
      (level) =>
        svg`<line class="grid" x1=${LEFT} x2=${LEFT + WIDTH} y1=${y(level)} y2=${y(level)}></line>
        <text class="axis" x=${LEFT - 4} y=${y(level) + 3} text-anchor="end">${formatLevel(t, level, scale)}</text>`,
    )}
    ${ticks.map(
      (index) =>
        svg`<text class="axis" x=${x(index)} y=${TOP + HEIGHT + 16} text-anchor="middle">${clientTime(
          t,
          buckets[index]?.start ?? null,
          { day: 'numeric', month: 'short', year: '2-digit' },
        )}</text>`,
    )}
    ${buckets.map((b, index) =>
      b.min !== null && b.max !== null && b.max > b.min
        ? svg`<line class="range" x1=${x(index)} x2=${x(index)} y1=${y(b.max)} y2=${y(b.min)}></line>`
        : nothing,
    )}
    ${segments.map((points) => svg`<polyline class="line" points=${points.join(' ')}></polyline>`)}
    ${buckets.map((b, index) =>
      b.mean === null
        ? nothing
        : svg`<circle class="dot" cx=${x(index).toFixed(1)} cy=${y(b.mean).toFixed(1)} r="2.5"></circle>`,
    )}
  </svg>`;
}

function averages(t: Localizer, scale: MoodScale, caption: string, rows: [string, Average][]) {
  return averagesTable(t, scale, caption, rows, {
    average: t.t('rp.mood.average'),
    checkIns: t.t('rp.mood.checkIns'),
  });
}
