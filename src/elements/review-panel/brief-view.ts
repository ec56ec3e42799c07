// The top of the panel: the client's own self-review first (what they take from the work,
// their ratings and obstacles), then what arrived since the date and each assignment's state.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import { SELF_RATINGS, type EngagementSummary } from '../../review/engagement-summary.js';
import type { SinceBrief } from '../../review/since-brief.js';
import { dateOnly, dateTime, duration, exerciseName } from './format.js';

/** Reflections shown at the top; the rest are in each entry. */
const REFLECTIONS_SHOWN = 5;

export function renderSelfReview(t: Localizer, engagement: EngagementSummary) {
  const { reflections, obstacles, ratings } = engagement;
  const named = obstacles.filter((o) => o.count);
  return html`<section class="card" aria-labelledby="self-review-title" part="self-review">
    <h3 id="self-review-title">${t.t('rp.selfReview')}</h3>
    ${
      engagement.entries === 0
        ? html`<p class="muted">${t.t('rp.selfReview.none')}</p>`
        : html`
            ${
              reflections.length
                ? html`<ul class="reflections">
                      ${reflections.slice(0, REFLECTIONS_SHOWN).map(
                        (r) =>
                          html`<li>
                            <blockquote dir="auto">${r.text}</blockquote>
                            <span class="muted"
                              >${exerciseName(t, r.exercise)} ·
                              ${dateOnly(t, r.at)}${
                                r.source === 'note' ? html` · ${t.t('rp.mood.note')}` : nothing
                              }</span
                            >
                          </li>`,
                      )}
                    </ul>
                    ${
                      reflections.length > REFLECTIONS_SHOWN
                        ? html`<p class="muted">
                            ${t.t('rp.reflections.more', { count: t.number(reflections.length - REFLECTIONS_SHOWN) })}
                          </p>`
                        : nothing
                    }`
                : html`<p class="muted">${t.t('rp.reflections.none')}</p>`
            }
            <div class="columns">
              <table>
                <caption>
                  ${t.t('rp.ratings')}
                </caption>
                <thead>
                  <tr>
                    <td></td>
                    ${[0, 1, 2, 3, 4].map((value) => html`<th scope="col">${t.number(value)}</th>`)}
                    <th scope="col">${t.t('rp.notRated')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${SELF_RATINGS.map(
                    (rating) =>
                      html`<tr>
                        <th scope="row">${t.t(`rp.rating.${rating}`)}</th>
                        ${ratings[rating].counts.map((count) => html`<td>${t.number(count)}</td>`)}
                        <td>${t.number(ratings[rating].unrated)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
              <div>
                <h4>${t.t('rp.obstacles')}</h4>
                ${
                  named.length
                    ? html`<ul>
                          ${named.map((o) => html`<li>${t.t(`obstacle.${o.obstacle}`)}: ${t.number(o.count)}</li>`)}
                        </ul>
                        <!-- Options for the clinician to weigh with the client: nothing is decided for them. -->
                        <p class="muted">
                          ${t.t('rp.mightHelp', {
                            options: named.map((o) => t.t(`rp.help.${o.obstacle}`)).join('; '),
                          })}
                        </p>`
                    : html`<p class="muted">${t.t('rp.obstacles.none')}</p>`
                }
              </div>
            </div>
          `
    }
  </section>`;
}

export function renderBrief(t: Localizer, brief: SinceBrief, engagement: EngagementSummary) {
  const heading = brief.since ? t.t('rp.since', { date: dateOnly(t, brief.since) }) : t.t('rp.allTime');
  return html`<section class="card" aria-labelledby="brief-title" part="brief">
    <h3 id="brief-title">${heading}</h3>
    <p>
      ${t.plural('rp.brief.count', brief.items)}
      ${brief.byExercise.map((e) => html`<span class="chip">${exerciseName(t, e.exercise === 'other' ? null : e.exercise)}: ${t.number(e.count)}</span>`)}
    </p>
    ${brief.unreadable ? html`<p class="flag invalid">${t.plural('rp.brief.unreadable', brief.unreadable)}</p>` : nothing}
    <p class="muted">
      ${t.plural('rp.engagement.sittings', engagement.sittings, { active: duration(t, engagement.activeSeconds) })}
      ${t.plural('rp.engagement.returned', engagement.returnedTo)}
    </p>
    ${
      brief.assignments.length
        ? html`<table class="stack" part="assignments">
              <caption>
                ${t.t('rp.assignments')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.t('rp.assignment')}</th>
                  <th scope="col">${t.t('rp.state')}</th>
                  <th scope="col">${t.t('rp.received')}</th>
                  <th scope="col">${t.t('rp.latest')}</th>
                </tr>
              </thead>
              <tbody>
                ${brief.assignments.map(
                  (a) =>
                    html`<tr>
                      <th scope="row">
                        ${a.assignment.title || exerciseName(t, a.assignment.exercise)}
                        ${a.assignment.dueDate ? html`<span class="muted">· ${t.t('rp.due', { date: dateOnly(t, a.assignment.dueDate) })}</span>` : nothing}
                      </th>
                      <td data-label=${t.t('rp.state')}>
                        <span class="state ${a.state}">${t.t(`rp.state.${a.state}`)}</span>
                      </td>
                      <td data-label=${t.t('rp.received')}>
                        ${
                          brief.since
                            ? t.t('rp.receivedCount', { total: t.number(a.entries), since: t.number(a.entriesSince) })
                            : t.number(a.entries)
                        }
                      </td>
                      <td data-label=${t.t('rp.latest')}>${a.lastAt ? dateTime(t, a.lastAt) : '–'}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${brief.unassigned ? html`<p class="muted">${t.plural('rp.unassigned', brief.unassigned)}</p>` : nothing}`
        : nothing
    }
  </section>`;
}
