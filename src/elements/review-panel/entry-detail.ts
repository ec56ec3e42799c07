// One record in full: what the client wrote, their self-review and engagement; for a record
// the library cannot read, what is wrong or every field generically. Everything is text, and
// what the client wrote takes its direction from itself (dir="auto", <bdi>): a Spanish sentence
// in an Arabic panel keeps its full stop at its end, here and in print.
import { html, nothing } from 'lit';
import type { Assignment } from '../../core/assignment.js';
import type { BehaviouralExperimentEntry, Entry, MoodTrackerEntry, ThoughtRecordEntry } from '../../core/entry.js';
import { SCALE_RANGE } from '../../exercises/mood-tracker.js';
import type { Localizer } from '../../i18n/catalogue.js';
import type { ReviewItem } from '../../review/review-item.js';
import { SELF_RATINGS } from '../../review/engagement-summary.js';
import { thoughtRecordRow } from '../../review/thought-record-summary.js';
import { experimentRow } from '../../review/experiment-summary.js';
import { dateTime, distortionName, duration, emotionName, exerciseName, maybe, moodRating, signed } from './format.js';

/** A label and its value; `own` when the value is the client's own words. */
type Pair = [label: string, value: unknown, own?: 'own'];

/** A definition list of the pairs that hold something. */
function fields(pairs: Pair[]) {
  const shown = pairs.filter(([, value]) => value !== '' && value !== null && value !== undefined && value !== nothing);
  return shown.length
    ? html`<dl class="fields">
        ${shown.map(
          ([label, value, own]) =>
            html`<div>
              <dt>${label}</dt>
              <dd dir=${own ? 'auto' : nothing}>${value}</dd>
            </div>`,
        )}
      </dl>`
    : nothing;
}

export function renderItemDetail(
  t: Localizer,
  item: ReviewItem,
  headingId: string,
  assignments: readonly Assignment[] = [],
) {
  const title = html`<h3 id=${headingId} tabindex="-1">
    ${exerciseName(t, item.exercise)} · ${dateTime(t, item.at)}
  </h3>`;
  if (item.kind === 'invalid') {
    return html`${title}
      <div class="flag invalid">
        <p><strong>${t.t('rp.invalid.title')}</strong> ${t.t('rp.invalid.help')}</p>
        <ul>
          ${item.problems.slice(0, 20).map((problem) => html`<li class="mono">${problem}</li>`)}
        </ul>
      </div>
      <details>
        <summary>${t.t('rp.raw')}</summary>
        <pre class="raw">${rawText(item.raw)}</pre>
      </details>`;
  }
  if (item.kind === 'newer') {
    return html`${title}
      <p class="flag newer">${t.t('rp.newer.help', { schema: item.schema })}</p>
      <dl class="fields">
        ${item.fields.map(
          (field) =>
            html`<div>
              <dt class="mono">${field.path}</dt>
              <dd dir="auto">${field.value}</dd>
            </div>`,
        )}
      </dl>`;
  }
  const { entry } = item;
  return html`${title} ${exerciseDetail(t, entry)} ${engagementDetail(t, entry, assignments)}`;
}

function rawText(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2)?.slice(0, 20_000) ?? String(raw);
  } catch {
    return String(raw);
  }
}

function exerciseDetail(t: Localizer, entry: Entry) {
  switch (entry.exercise) {
    case 'thought-record':
      return thoughtRecordDetail(t, entry);
    case 'mood-tracker':
      return moodDetail(t, entry);
    case 'behavioural-experiment':
      return experimentDetail(t, entry);
  }
}

function thoughtRecordDetail(t: Localizer, entry: ThoughtRecordEntry) {
  const row = thoughtRecordRow(entry);
  const { data } = entry;
  return html`${fields([
    [t.t('rp.tr.columns'), t.number(data.columns)],
    [t.t('rp.tr.situation'), data.situation, 'own'],
  ])}
  ${
    row.moods.length
      ? html`<table>
          <caption>
            ${t.t('rp.tr.moods')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.t('rp.tr.mood')}</th>
              <th scope="col">${t.t('rp.before')}</th>
              <th scope="col">${t.t('rp.after')}</th>
              <th scope="col">${t.t('rp.change')}</th>
            </tr>
          </thead>
          <tbody>
            ${row.moods.map(
              (mood) =>
                html`<tr>
                  <th scope="row" dir="auto">${mood.name}</th>
                  <td>${moodRating(t, mood)}</td>
                  <td>${maybe(t, mood.after)}</td>
                  <td>${signed(t, mood.change)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : nothing
  }
  ${fields([
    [
      t.t('rp.tr.thoughts'),
      data.thoughts.length
        ? html`<ul>
            ${data.thoughts.map(
              (thought) =>
                html`<li>
                  <bdi>${thought.text}</bdi>
                  ${thought.hot ? html`<span class="badge">${t.t('rp.tr.hot')}</span>` : nothing}
                  ${thought.belief === undefined ? nothing : html`<span class="muted">(${t.number(thought.belief)})</span>`}
                </li>`,
            )}
          </ul>`
        : '',
    ],
    [t.t('rp.tr.distortions'), data.distortions.map((label) => distortionName(t, label)).join(', ')],
    [t.t('rp.tr.evidenceFor'), data.evidenceFor, 'own'],
    [t.t('rp.tr.evidenceAgainst'), data.evidenceAgainst, 'own'],
    [t.t('rp.tr.balanced'), data.balancedThought, 'own'],
    [t.t('rp.tr.balancedBelief'), data.balancedBelief === undefined ? '' : t.number(data.balancedBelief)],
    [t.t('rp.tr.hotBelief'), beliefText(t, row.hotBelief.before, row.hotBelief.after, row.hotBelief.change)],
  ])}`;
}

function moodDetail(t: Localizer, entry: MoodTrackerEntry) {
  const { data } = entry;
  const [, high] = SCALE_RANGE[data.mood.scale];
  const mood =
    data.mood.scale === 'valence'
      ? `${signed(t, data.mood.value)} (${t.t(`mood.valence.${data.mood.value}`)})`
      : t.t('rp.ofMax', { value: t.number(data.mood.value), max: t.number(high) });
  return fields([
    [t.t('rp.mood.mood'), mood],
    [t.t('rp.mood.at'), dateTime(t, data.at)],
    [
      t.t('rp.mood.emotions'),
      data.emotions
        .map((e) =>
          e.intensity === undefined ? emotionName(t, e.name) : `${emotionName(t, e.name)} ${t.number(e.intensity)}/10`,
        )
        .join(', '),
    ],
    [t.t('rp.mood.doing'), data.doing, 'own'],
    [t.t('rp.mood.withWhom'), data.withWhom, 'own'],
    [t.t('rp.mood.trigger'), data.trigger, 'own'],
    [t.t('rp.mood.sleepHours'), data.sleep?.hours === undefined ? '' : t.number(data.sleep.hours)],
    [t.t('rp.mood.sleepQuality'), data.sleep?.quality === undefined ? '' : `${t.number(data.sleep.quality)}/4`],
    [t.t('rp.mood.activity'), data.activity?.name ?? '', 'own'],
    [t.t('rp.mood.mastery'), data.activity?.mastery === undefined ? '' : `${t.number(data.activity.mastery)}/10`],
    [t.t('rp.mood.pleasure'), data.activity?.pleasure === undefined ? '' : `${t.number(data.activity.pleasure)}/10`],
    [t.t('rp.mood.note'), data.note, 'own'],
  ]);
}

function experimentDetail(t: Localizer, entry: BehaviouralExperimentEntry) {
  const row = experimentRow(entry);
  const { data } = entry;
  return html`${row.planOnly ? html`<p class="badge">${t.t('rp.be.planOnly')}</p>` : nothing}
  ${fields([
    [t.t('rp.be.targetBelief'), data.targetBelief, 'own'],
    [t.t('rp.be.belief'), beliefText(t, row.beliefBefore, row.beliefAfter, row.beliefChange)],
    [t.t('rp.be.alternative'), data.alternativeBelief, 'own'],
    [t.t('rp.be.experiment'), data.experiment, 'own'],
    [t.t('rp.be.when'), data.scheduledFor ? dateTime(t, data.scheduledFor) : ''],
    [t.t('rp.be.place'), data.place, 'own'],
    [t.t('rp.be.prediction'), data.prediction, 'own'],
    [t.t('rp.be.predictionCheck'), data.predictionCheck, 'own'],
    [t.t('rp.be.safety'), data.safetyBehaviours.map((s) => s.text).join('; '), 'own'],
    [t.t('rp.be.obstacles'), data.obstacles.map((o) => `${o.obstacle} → ${o.strategy}`).join('; '), 'own'],
    [t.t('rp.be.outcome'), data.outcome, 'own'],
    [t.t('rp.be.comparison'), data.comparison, 'own'],
    [t.t('rp.be.learned'), data.learned, 'own'],
    [t.t('rp.be.fromThought'), data.fromThought?.text ?? '', 'own'],
  ])}`;
}

export function beliefText(t: Localizer, before: number | null, after: number | null, change: number | null): string {
  if (before === null && after === null) return '';
  return t.t('rp.be.beliefChange', { before: maybe(t, before), after: maybe(t, after), change: signed(t, change) });
}

function engagementDetail(t: Localizer, entry: Entry, assignments: readonly Assignment[]) {
  const { engagement } = entry;
  const review = engagement.selfReview;
  return html`<div class="engagement">
    <h4>${t.t('rp.engagement')}</h4>
    ${fields([
      [t.t('rp.reflection'), review.reflection, 'own'],
      ...SELF_RATINGS.map((rating): Pair => [
        t.t(`rp.rating.${rating}`),
        review[rating] === undefined ? '' : t.t('rp.ofFour', { value: t.number(review[rating]) }),
      ]),
      [t.t('rp.obstacles'), review.obstacles.map((o) => t.t(`obstacle.${o}`)).join(', ')],
      [t.t('rp.activeTime'), duration(t, engagement.activeSeconds)],
      [t.t('rp.sittings'), t.number(engagement.sittings)],
      [
        t.t('rp.filled'),
        t.t('rp.filledOf', { filled: t.number(engagement.fieldsFilled), offered: t.number(engagement.fieldsOffered) }),
      ],
      [t.t('rp.assignment'), assignmentName(t, entry.assignmentId, assignments)],
    ])}
  </div>`;
}

/** An entry's assignment by its title (or exercise), never by its id; '' when it has none. */
function assignmentName(t: Localizer, id: string | null, assignments: readonly Assignment[]): string {
  if (id === null) return '';
  const assignment = assignments.find((a) => a.id === id);
  if (!assignment) return t.t('rp.assignment.unlisted');
  return assignment.title || exerciseName(t, assignment.exercise);
}
