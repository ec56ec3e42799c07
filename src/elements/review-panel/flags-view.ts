// The first thing in the review: flagged entries (marked by the client, or a check-in at or
// below the threshold) with
// the client's own words, so nothing needs opening to be seen; or, once every record was
// checked, that there are none. Records that could not be checked are listed, never counted
// as "nothing flagged". Shown only here, where the clinician looks: nothing is pushed.
import { html, nothing } from 'lit';
import type { Localizer } from '../../i18n/catalogue.js';
import type { FlagReview } from '../../review/flags.js';
import { dateTime, exerciseName } from './format.js';

export function renderFlags(t: Localizer, flags: FlagReview) {
  const { flagged, unchecked } = flags;
  return html`<section class="card" aria-labelledby="flags-title" part="flags">
    <h3 id="flags-title">${t.t('rp.flags')}</h3>
    ${
      flagged.length
        ? html`<ul class="reflections">
            ${flagged.map(
              (flag) =>
                html`<li>
                  <p>
                    <strong>${dateTime(t, flag.item.entry.completedAt)}</strong> ·
                    ${exerciseName(t, flag.item.exercise)}
                  </p>
                  ${flag.marked ? html`<p class="flag">${t.t('rp.flags.marked')}</p>` : nothing}
                  ${
                    flag.low
                      ? html`<p class="flag">
                          ${t.t('rp.flags.mood', {
                            value: t.number(flag.low.mood.value),
                            threshold: t.number(flag.low.threshold),
                            scale: flag.low.mood.scale,
                          })}
                        </p>`
                      : nothing
                  }
                  ${
                    flag.words.length
                      ? flag.words.map(
                          (words) =>
                            html`<p class="muted">${t.t(words.label)}</p>
                              <blockquote dir="auto">${words.text}</blockquote>`,
                        )
                      : html`<p class="muted">${t.t('rp.flags.noWords')}</p>`
                  }
                </li>`,
            )}
          </ul>`
        : html`<p>${t.t(unchecked.length ? 'rp.flags.noneChecked' : 'rp.flags.none')}</p>`
    }
    ${
      unchecked.length
        ? html`<p class="flag invalid">${t.t('rp.flags.unchecked')}</p>
            <ul>
              ${unchecked.map(
                (item) =>
                  html`<li>
                    ${exerciseName(t, item.exercise)} · ${item.at ? dateTime(t, item.at) : '–'} ·
                    ${t.t(item.kind === 'newer' ? 'rp.flags.newer' : 'rp.flags.invalid')}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <p class="muted">${t.t('rp.flags.about')}</p>
  </section>`;
}
