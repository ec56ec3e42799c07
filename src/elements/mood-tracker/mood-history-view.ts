// The client's own history, drawn by hand: an SVG chart of the last 7 or 30 days with a
// table behind it for screen readers, and averages by time of day and day of week.
import { html, nothing, svg } from 'lit';
import { TIMES_OF_DAY, type Average, type MoodHistory } from '../../exercises/mood-history.js';
import { levelOnScale, SCALE_RANGE, type MoodScale } from '../../exercises/mood-tracker.js';
import type { Localizer } from '../../i18n/catalogue.js';
import { heading } from '../base/heading.js';
import { radioScale } from '../fields/fields.js';

export interface MoodHistoryViewOptions {
  t: Localizer;
  history: MoodHistory;
  /** The scale the widget asks in: every check-in is shown on it, whatever scale it was given on. */
  scale: MoodScale;
  days: number;
  onDays: (days: number) => void;
  /** The level of the history's heading: one below the widget's. */
  level: number;
}

// Chart geometry in viewBox units; the SVG scales to the width it is given.
const LEFT = 34;
const WIDTH = 280;
const TOP = 8;
const HEIGHT = 110;

/** A 0..1 level as the scale writes it: "6.5" of 10, "65" of 100, "+1.5" on the valence scale. */
export function formatLevel(t: Localizer, level: number, scale: MoodScale): string {
  const value = levelOnScale(level, scale);
  const rounded = scale === '0-100' ? Math.round(value) : Math.round(value * 10) / 10;
  return scale === 'valence' ? t.signedNumber(rounded) : t.number(rounded);
}

const dayLabel = (t: Localizer, day: string, options: Intl.DateTimeFormatOptions) =>
  t.date(Date.parse(`${day}T12:00:00Z`), { ...options, timeZone: 'UTC' });

export function renderMoodHistory(o: MoodHistoryViewOptions) {
  const { t, history, scale } = o;
  const { overall } = history;
  const show = (level: number | null) => (level === null ? '–' : formatLevel(t, level, scale));
  const valenceEnd = (level: number) => (scale === 'valence' ? ` (${t.t(`mood.valence.${level ? 3 : -3}`)})` : '');
  return html`<section
    class="widget history"
    part="history"
    lang=${t.locale}
    dir=${t.dir}
    aria-labelledby="history-title"
  >
    ${heading(o.level, t.t('mood.history'), { id: 'history-title' })}
    ${radioScale({
      name: 'history-days',
      legend: t.t('mood.history.show'),
      choices: [7, 30].map((days) => ({ value: days, label: t.t('mood.history.days', { days: t.number(days) }) })),
      value: o.days,
      onChange: o.onDays,
    })}
    ${
      overall.count === 0
        ? html`<p class="muted">${t.t('mood.history.empty')}</p>`
        : html`<p id="history-summary">
              ${t.t('mood.history.count', { count: t.number(overall.count) })}
              ${t.t('mood.history.stats', { mean: show(overall.mean), min: show(overall.min), max: show(overall.max) })}
              ${overall.unsent ? t.t('mood.history.unsent', { count: t.number(overall.unsent) }) : nothing}
            </p>
            <figure>
              ${renderChart(o)}
              <figcaption id="history-axis">
                ${t.t('mood.history.axis', { low: show(0) + valenceEnd(0), high: show(1) + valenceEnd(1) })}
                <span class="legend"
                  ><svg aria-hidden="true" viewBox="0 0 10 10"><circle class="dot" cx="5" cy="5" r="3.5"></circle></svg
                  >${t.t('mood.history.sent')}</span
                >
                <span class="legend"
                  ><svg aria-hidden="true" viewBox="0 0 10 10">
                    <circle class="dot unsent" cx="5" cy="5" r="3.5"></circle></svg
                  >${t.t('mood.history.notSent')}</span
                >
              </figcaption>
            </figure>
            <details>
              <summary>${t.t('mood.history.table')}</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">${t.t('mood.history.day')}</th>
                    <th scope="col">${t.t('mood.history.checkIns')}</th>
                    <th scope="col">${t.t('mood.history.average')}</th>
                    <th scope="col">${t.t('mood.history.notSent')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${history.days
                    .filter((day) => day.count)
                    .map(
                      (day) =>
                        html`<tr>
                          <th scope="row">${dayLabel(t, day.day, { dateStyle: 'full' })}</th>
                          <td>${t.number(day.count)}</td>
                          <td>${show(day.mean)}</td>
                          <td>${t.number(day.unsent)}</td>
                        </tr>`,
                    )}
                </tbody>
              </table>
            </details>
            <div class="averages">
              ${averagesTable(
                t,
                o.scale,
                t.t('mood.history.byTime'),
                TIMES_OF_DAY.map((time, index) => [t.t(`mood.time.${time}`), history.timesOfDay[index]]),
              )}
              ${averagesTable(
                t,
                o.scale,
                t.t('mood.history.byWeekday'),
                // 2024-01-01 was a Monday.
                history.weekdays.map((average, index) => [
                  dayLabel(t, `2024-01-0${index + 1}`, { weekday: 'long' }),
                  average,
                ]),
              )}
            </div>`
    }
  </section>`;
}

function renderChart({ t, history, scale, days }: MoodHistoryViewOptions) {
  const x = (dayIndex: number, hour: number) => LEFT + ((dayIndex + hour / 24) / days) * WIDTH;
  const y = (level: number) => TOP + (1 - level) * HEIGHT;
  // Daily averages joined only across consecutive days: a missing day stays a gap.
  const segments: string[][] = [];
  let previous = -2;
  for (const [index, day] of history.days.entries()) {
    if (day.mean === null) continue;
    if (index !== previous + 1) segments.push([]);
    segments[segments.length - 1].push(`${x(index, 12).toFixed(1)},${y(day.mean).toFixed(1)}`);
    previous = index;
  }
  const ticks = days > 7 ? [0, Math.floor(days / 2), days - 1] : [0, days - 1];
  return html`<svg
    class="chart"
    part="chart"
    role="img"
    aria-labelledby="history-summary history-axis"
    viewBox="0 0 ${LEFT + WIDTH + 6} ${TOP + HEIGHT + 22}"
  >
    ${[0, 0.5, 1].map(
      (level) =>
        svg`<line class="grid" x1=${LEFT} x2=${LEFT + WIDTH} y1=${y(level)} y2=${y(level)}></line>
        <text class="axis" x=${LEFT - 4} y=${y(level) + 3} text-anchor="end">${formatLevel(t, level, scale)}</text>`,
    )}
    ${ticks.map(
      (index) =>
        svg`<text class="axis" x=${x(index, 12)} y=${TOP + HEIGHT + 16} text-anchor="middle">${dayLabel(
          t,
          history.days[index].day,
          { day: 'numeric', month: 'short' },
        )}</text>`,
    )}
    ${segments.map((points) => svg`<polyline class="line" points=${points.join(' ')}></polyline>`)}
    ${history.points.map(
      (point) =>
        svg`<circle class=${point.sent ? 'dot' : 'dot unsent'} cx=${x(point.dayIndex, point.hour).toFixed(1)} cy=${y(
          point.level,
        ).toFixed(1)} r="2.5"></circle>`,
    )}
  </svg>`;
}

/**
 * Average mood per group (time of day, weekday), with a meter beside each figure. Shared with
 * the review panel, which passes its own column headings.
 */
export function averagesTable(
  t: Localizer,
  scale: MoodScale,
  caption: string,
  rows: [string, Average][],
  headings: { average: string; checkIns: string } = {
    average: t.t('mood.history.average'),
    checkIns: t.t('mood.history.checkIns'),
  },
) {
  const [low, high] = SCALE_RANGE[scale];
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <td></td>
        <th scope="col">${headings.average}</th>
        <th scope="col">${headings.checkIns}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([name, average]) =>
          html`<tr>
            <th scope="row">${name}</th>
            <td>
              ${average.mean === null ? '–' : formatLevel(t, average.mean, scale)}
              ${
                average.mean === null
                  ? nothing
                  : html`<meter
                      aria-hidden="true"
                      min=${low}
                      max=${high}
                      .value=${levelOnScale(average.mean, scale)}
                    ></meter>`
              }
            </td>
            <td>${t.number(average.count)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
